package org.kring.ideas.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kring.ideas.control.Ideas;
import org.kring.platform.problems.InvalidInput;
import org.kring.ideas.entity.Idea;

@Path("ideas")
@Produces(MediaType.APPLICATION_JSON)
public class IdeasResource {

    /** An idea as the API shows it. */
    public record IdeaView(long id, String title, String body, String language, String status, String topic,
                           String author, int voteCount, int postCount, Instant createdAt) {
        static IdeaView of(Idea i) {
            return new IdeaView(i.getId(), i.getTitle(), i.getBody(), i.getLanguage(), i.getStatus().name(),
                    i.getTopic().getSlug(), i.getAuthor().getDisplayName(), i.getVoteCount(), i.getPostCount(),
                    i.getCreatedAt());
        }
    }

    @Inject
    Ideas ideas;

    @GET
    @Operation(summary = "Newest ideas, optionally of one topic")
    public List<IdeaView> newest(@QueryParam("topic") String topic,
                                 @QueryParam("limit") @DefaultValue("20") int limit) {
        InvalidInput.check().range("limit", limit, 1, Ideas.MAX_PAGE).orThrow();
        return ideas.newest(topic, limit).stream().map(IdeaView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One idea")
    public IdeaView one(@PathParam("id") long id) {
        return ideas.find(id).map(IdeaView::of).orElseThrow(() -> new NotFoundException("There is no idea " + id + "."));
    }
}
