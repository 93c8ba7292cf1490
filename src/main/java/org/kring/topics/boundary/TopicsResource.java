package org.kring.topics.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

@Path("topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicsResource {

    /** A topic as the API shows it: both languages, so a client can pick. */
    public record TopicView(long id, String slug, String nameNl, String nameEn, String descriptionNl, String descriptionEn) {
        static TopicView of(Topic t) {
            return new TopicView(t.getId(), t.getSlug(), t.getNameNl(), t.getNameEn(), t.getDescriptionNl(), t.getDescriptionEn());
        }
    }

    static final String EXAMPLE = """
            [{"id": 3, "slug": "duurzaamheid", "nameNl": "Duurzaamheid", "nameEn": "Sustainability",
              "descriptionNl": "Minder afval, statiegeld en groenere winkels.",
              "descriptionEn": "Less waste, deposits and greener shops."}]""";

    @Inject
    Topics topics;

    @GET
    @Operation(summary = "The community's always-on topics, in display order", description = "Archived topics are not listed.")
    @APIResponse(responseCode = "200", description = "All topics but the archived ones",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TopicView.class),
                    examples = @ExampleObject(name = "one topic", value = EXAMPLE)))
    public List<TopicView> all() {
        return topics.listed().stream().map(TopicView::of).toList();
    }
}
