package org.kring.responses.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.platform.problems.InvalidInput;
import org.kring.responses.control.Responders;
import org.kring.responses.control.ResponseClock;
import org.kring.topics.control.Topics;

/** The response-time clock: the public figures, and for the team the ideas that still need an answer. */
@Path("responses")
@Produces(MediaType.APPLICATION_JSON)
public class ResponseTimesResource {

    /** Figures over the ideas published in the window: median seconds to a first response (null: none answered). */
    @JsonbNillable
    public record FiguresView(String topic, int answered, Long medianSeconds, int withinTarget, int due, Integer sharePercent) {
        static FiguresView of(String topic, ResponseClock.Figures f) {
            return new FiguresView(topic, f.answered(), f.median() == null ? null : f.median().toSeconds(), f.withinTarget(),
                    f.due(), f.sharePercent() < 0 ? null : f.sharePercent());
        }
    }

    /** The figures in all topics and per topic, as computed at {@code computedAt} (at most 5 minutes ago). */
    public record TimesView(Instant computedAt, int windowDays, FiguresView overall, List<FiguresView> topics) {
    }

    /**
     * An unanswered idea; its clock started at {@code publishedAt} (its posting, or its approval when it was held for a
     * moderator); {@code pastTargetSeconds} is negative while it is within its target.
     */
    public record UnansweredView(long id, String title, String topic, Instant publishedAt, int votes, long targetSeconds,
                                 long pastTargetSeconds, boolean overdue) {
    }

    static final String EXAMPLE = """
            {"computedAt": "2026-11-30T09:00:00Z", "windowDays": 90,
             "overall": {"topic": "all", "answered": 212, "medianSeconds": 259200, "withinTarget": 180, "due": 230, "sharePercent": 78},
             "topics": [{"topic": "verpakking", "answered": 70, "medianSeconds": 172800, "withinTarget": 66, "due": 72, "sharePercent": 92}]}""";

    @Inject
    ResponseClock clock;

    @Inject
    Topics topics;

    @Inject
    Responders responders;

    @GET
    @Path("times")
    @Operation(summary = "How fast the team answers: median time from publication to the first response, and the share "
            + "answered within target, over the ideas published in the last 90 days, in all topics and per topic",
            description = "An idea is published when it is posted, or when a moderator approves it after pre-moderation "
                    + "held it; ideas never published are not counted.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TimesView.class), examples = @ExampleObject(name = "figures", value = EXAMPLE)))
    public TimesView times() {
        ResponseClock.Snapshot figures = clock.figures();
        Map<Long, ResponseClock.Figures> byTopic = figures.byTopic();
        List<FiguresView> perTopic = topics.all().stream().filter(t -> byTopic.containsKey(t.getId()))
                .map(t -> FiguresView.of(t.getSlug(), byTopic.get(t.getId()))).toList();
        return new TimesView(figures.at(), (int) ResponseClock.WINDOW.toDays(), FiguresView.of("all", figures.overall()), perTopic);
    }

    @GET
    @Path("unanswered")
    @Operation(summary = "Ideas that need an answer, most overdue first (the team)")
    @APIResponse(responseCode = "200", description = "Unanswered ideas with their target and how far past it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnansweredView.class),
                    examples = @ExampleObject(name = "one overdue", value = """
                            [{"id": 612, "title": "Statiegeld op kleine flesjes", "topic": "verpakking",
                              "publishedAt": "2026-11-10T08:00:00Z", "votes": 12, "targetSeconds": 604800,
                              "pastTargetSeconds": 1126800, "overdue": true}]""")))
    @APIResponse(responseCode = "400", description = "limit outside 1–100")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not on the team")
    public List<UnansweredView> unanswered(@QueryParam("limit") @DefaultValue("50") int limit) {
        responders.require();
        InvalidInput.check().range("limit", limit, 1, 100).orThrow();
        return clock.unanswered(limit).stream().map(u -> new UnansweredView(u.id(), u.title(), u.topicSlug(), u.publishedAt(),
                u.votes(), u.target().toSeconds(), u.pastTarget().toSeconds(), u.pastTarget().compareTo(Duration.ZERO) > 0)).toList();
    }
}
