package org.kring.topics.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    @Inject
    Topics topics;

    @GET
    @Operation(summary = "The community's always-on topics, in display order")
    public List<TopicView> all() {
        return topics.all().stream().map(TopicView::of).toList();
    }
}
