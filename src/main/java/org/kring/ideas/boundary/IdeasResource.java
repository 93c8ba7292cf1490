package org.kring.ideas.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kring.ideas.control.IdeaDraft;
import org.kring.ideas.control.IdeaFilter;
import org.kring.ideas.control.IdeaSort;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.control.VotesOfMember;
import org.kring.ideas.entity.Idea;
import org.kring.members.control.CurrentMember;
import org.kring.platform.problems.InvalidInput;

@Path("ideas")
@Produces(MediaType.APPLICATION_JSON)
public class IdeasResource {

    /** One page of ideas; pass {@code nextCursor} as {@code cursor} for the next page (null: no more). */
    @JsonbNillable
    public record IdeaPage(List<IdeaView> items, String nextCursor) {
    }

    /** An earlier wording of an idea. */
    public record RevisionView(String title, String body, String tags, long editorId, Instant editedAt) {
    }

    @Inject
    Ideas ideas;

    @Inject
    VotesOfMember votes;

    @Inject
    CurrentMember me;

    @GET
    @Operation(summary = "Ideas, filtered by topic, challenge, tag, status or author; sorted trending (default), top, newest or discussed")
    public IdeaPage list(@QueryParam("topic") String topic, @QueryParam("challenge") String challenge,
                         @QueryParam("tag") String tag, @QueryParam("status") String status,
                         @QueryParam("author") Long author, @QueryParam("sort") String sort,
                         @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") int limit) {
        IdeaSort order = IdeaSort.parse(sort).orElseThrow(() -> InvalidInput.of("sort", "must be trending, top, newest or discussed"));
        Ideas.Page page = ideas.list(new IdeaFilter(topic, challenge, tag, status, author), order, cursor, limit);
        Set<Long> voted = me.id().map(id -> votes.votedAmong(page.ideas().stream().map(Idea::getId).toList(), id)).orElse(null);
        return new IdeaPage(page.ideas().stream().map(i -> IdeaView.of(i, voted == null ? null : voted.contains(i.getId()))).toList(),
                page.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post an idea (members). Title 5–140, Markdown body up to 10,000, up to 5 tags, topic, optional challenge, language nl or en")
    public Response post(IdeaDraft draft, @Context UriInfo uri) {
        long author = me.requireId();
        if (draft == null) {
            throw InvalidInput.of("body", "send the idea as JSON");
        }
        Idea idea = ideas.post(draft, author);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(idea.getId())).build())
                .entity(IdeaView.of(idea, true)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One idea with its vote count (and whether I voted); 404 when it does not exist or is hidden from the caller (staff see it, with its moderationState)")
    public IdeaView one(@PathParam("id") long id) {
        Idea idea = ideas.require(id, me.audience());
        return IdeaView.of(idea, me.id().map(member -> votes.hasVoted(id, member)).orElse(null));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit an idea's title, body and tags (its author or a moderator); the old wording is kept")
    public IdeaView edit(@PathParam("id") long id, IdeaDraft draft) {
        long editor = me.requireId();
        if (draft == null) {
            throw InvalidInput.of("body", "send the idea as JSON");
        }
        Idea idea = ideas.edit(id, draft, editor, me.isModerator());
        return IdeaView.of(idea, votes.hasVoted(id, editor));
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "Earlier wordings of an idea, newest first")
    public List<RevisionView> revisions(@PathParam("id") long id) {
        ideas.require(id, me.audience());
        return ideas.revisions(id).stream()
                .map(r -> new RevisionView(r.getTitle(), r.getBody(), r.getTags(), r.getEditorId(), r.getEditedAt())).toList();
    }
}
