package org.kring.responses.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.platform.problems.KeysetPaged;
import org.kring.responses.boundary.ResponseViews.StatusInfo;
import org.kring.responses.control.Roadmap;

/** The public roadmap (Planned, In progress, Done, each idea with its official answer); the Done column is the changelog. */
@Path("roadmap")
@Produces(MediaType.APPLICATION_JSON)
public class RoadmapResource {

    /** An idea on the roadmap; {@code answerHtml} is the team's official answer (sanitised HTML) or null. */
    @JsonbNillable
    public record EntryView(long id, String title, String topic, int votes, Instant since, String answerHtml, String answerLanguage) {
        static EntryView of(Roadmap.Entry e) {
            return new EntryView(e.ideaId(), e.title(), e.topic().getSlug(), e.votes(), e.since(), e.answerHtml(), e.answerLanguage());
        }
    }

    /** One column: its status (with labels and colour), how many ideas it holds, a page of them and the next page's cursor. */
    @JsonbNillable
    public record ColumnView(StatusInfo status, long total, List<EntryView> ideas, String next) {
        static ColumnView of(Roadmap.Column c) {
            return new ColumnView(StatusInfo.of(c.status()), c.total(), c.entries().stream().map(EntryView::of).toList(), c.next());
        }
    }

    public record RoadmapView(List<ColumnView> columns) {
    }

    static final String COLUMN_EXAMPLE = """
            {"status": {"name": "DONE", "labelNl": "Gedaan", "labelEn": "Done", "color": "#d3f0dc"}, "total": 41,
             "ideas": [{"id": 168, "title": "Statiegeld op blikjes", "topic": "verpakking", "votes": 212,
                        "since": "2026-11-20T10:00:00Z", "answerHtml": "<p>Sinds maandag in alle filialen.</p>", "answerLanguage": "nl"}],
             "next": "MjAyNi0xMS0yMFQxMDowMDowMFp8MTY4"}""";

    static final String EXAMPLE = "{\"columns\": [" + COLUMN_EXAMPLE + "]}";

    @Inject
    Roadmap roadmap;

    @GET
    @Operation(summary = "The roadmap: the first page of Planned, In progress and Done, latest move first, with official answers")
    @APIResponse(responseCode = "200", description = "The three columns", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoadmapView.class), examples = @ExampleObject(name = "roadmap", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "topic or limit is not valid")
    public RoadmapView roadmap(@Parameter(description = "a topic's slug; all topics when absent") @QueryParam("topic") String topic,
                               @Parameter(description = "ideas per column, 1 to 100") @QueryParam("limit") @DefaultValue("10") int limit) {
        return new RoadmapView(roadmap.columns(blankToNull(topic), limit).stream().map(ColumnView::of).toList());
    }

    @GET
    @Path("{status}")
    @Operation(summary = "One roadmap column, page by page (done: the changelog, latest first)")
    @APIResponse(responseCode = "200", description = "A page of the column", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ColumnView.class), examples = @ExampleObject(name = "done", value = COLUMN_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "status, topic, cursor or limit is not valid")
    @KeysetPaged("cursor")
    public ColumnView column(@Parameter(description = "planned, in_progress or done") @PathParam("status") String status,
                             @Parameter(description = "a topic's slug; all topics when absent") @QueryParam("topic") String topic,
                             @Parameter(description = "next from the previous page") @QueryParam("cursor") String cursor,
                             @Parameter(description = "ideas per page, 1 to 100") @QueryParam("limit") @DefaultValue("20") int limit) {
        return ColumnView.of(roadmap.column(status, blankToNull(topic), cursor, limit));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
