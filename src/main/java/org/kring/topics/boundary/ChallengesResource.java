package org.kring.topics.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.platform.problems.NotFound;
import org.kring.topics.control.Challenges;
import org.kring.topics.entity.Challenge;

@Path("challenges")
@Produces(MediaType.APPLICATION_JSON)
public class ChallengesResource {

    /**
     * A challenge as the API shows it, with whether it takes ideas right now, its cover text and, once the company
     * published it, its outcome (null before).
     */
    @JsonbNillable
    public record ChallengeView(long id, String slug, String topic, String titleNl, String titleEn,
                                String descriptionNl, String descriptionEn, Instant opensAt, Instant closesAt,
                                boolean open, String coverText, String outcomeNl, String outcomeEn, Instant outcomeAt)
            implements Serializable {
        public static ChallengeView of(Challenge c) {
            return new ChallengeView(c.getId(), c.getSlug(), c.getTopic().getSlug(), c.getTitleNl(), c.getTitleEn(),
                    c.getDescriptionNl(), c.getDescriptionEn(), c.getOpensAt(), c.getClosesAt(), c.isOpenAt(Instant.now()),
                    c.getCoverText(), c.getOutcomeNl(), c.getOutcomeEn(), c.getOutcomeAt());
        }
    }

    static final String EXAMPLE = """
            {"id": 7, "slug": "minder-verpakking", "topic": "duurzaamheid", "titleNl": "Minder verpakking",
             "titleEn": "Less packaging", "descriptionNl": "Hoe kan het met minder plastic en blik?",
             "descriptionEn": "How can we do with less plastic and tin?", "opensAt": "2026-11-01T00:00:00Z",
             "closesAt": "2026-12-31T23:00:00Z", "open": true, "coverText": "Help ons van het plastic af.",
             "outcomeNl": null, "outcomeEn": null, "outcomeAt": null}""";

    static final String LIST_EXAMPLE = "[" + EXAMPLE + "]";

    @Inject
    Challenges challenges;

    @GET
    @Operation(summary = "The company's challenges, newest first, optionally of one topic")
    @APIResponse(responseCode = "200", description = "The challenges (empty for an unknown topic)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ChallengeView.class),
                    examples = @ExampleObject(name = "one challenge", value = LIST_EXAMPLE)))
    public List<ChallengeView> list(@QueryParam("topic") String topic) {
        return challenges.list(topic).stream().map(ChallengeView::of).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One challenge")
    @APIResponse(responseCode = "200", description = "The challenge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeView.class),
                    examples = @ExampleObject(name = "an open challenge", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such challenge")
    public ChallengeView one(@PathParam("slug") String slug) {
        return challenges.bySlug(slug).map(ChallengeView::of)
                .orElseThrow(() -> new NotFound("There is no challenge '" + slug + "'."));
    }
}
