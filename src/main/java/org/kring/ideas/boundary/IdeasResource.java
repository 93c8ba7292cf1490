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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.ideas.control.IdeaDraft;
import org.kring.ideas.control.IdeaFilter;
import org.kring.ideas.control.IdeaSort;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.control.VotesOfMember;
import org.kring.ideas.entity.Idea;
import org.kring.members.control.CurrentMember;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.KeysetPaged;

@Path("ideas")
@Produces(MediaType.APPLICATION_JSON)
public class IdeasResource {

    /** One page of ideas; pass {@code nextCursor} as {@code cursor} for the next page (null: no more). */
    @JsonbNillable
    public record IdeaPage(List<IdeaView> items, String nextCursor) {
    }

    /** An earlier wording of an idea. */
    @Schema(name = "IdeaRevisionView")
    public record RevisionView(long id, String title, String body, String tags, long editorId, Instant editedAt) {
    }

    static final String IDEA_EXAMPLE = """
            {"id": 168, "title": "Statiegeld op blikjes ook in kleine winkels",
             "body": "Lever **alle** blikjes in bij de kassa, ook in de kleine filialen.",
             "bodyHtml": "<p>Lever <strong>alle</strong> blikjes in bij de kassa, ook in de kleine filialen.</p>",
             "tags": ["statiegeld", "blik"], "language": "nl", "status": "NEW", "topic": "duurzaamheid",
             "challenge": null, "author": {"id": 1234, "displayName": "Sanne de Vries"}, "voteCount": 147,
             "postCount": 12, "votedByMe": true, "createdAt": "2026-11-02T08:30:00Z", "updatedAt": "2026-11-03T19:12:00Z"}""";

    static final String PAGE_EXAMPLE = """
            {"items": [{"id": 168, "title": "Statiegeld op blikjes ook in kleine winkels",
              "body": "Lever **alle** blikjes in bij de kassa, ook in de kleine filialen.",
              "bodyHtml": "<p>Lever <strong>alle</strong> blikjes in bij de kassa, ook in de kleine filialen.</p>",
              "tags": ["statiegeld", "blik"], "language": "nl", "status": "NEW", "topic": "duurzaamheid",
              "challenge": null, "author": {"id": 1234, "displayName": "Sanne de Vries"}, "voteCount": 147,
              "postCount": 12, "votedByMe": null, "createdAt": "2026-11-02T08:30:00Z", "updatedAt": "2026-11-03T19:12:00Z"}],
             "nextCursor": "dHJlbmRpbmc6MTQ3OjE2OA"}""";

    static final String REVISIONS_EXAMPLE = """
            [{"id": 451, "title": "Statiegeld op blikjes", "body": "Graag statiegeld op blikjes.", "tags": "statiegeld",
              "editorId": 1234, "editedAt": "2026-11-03T19:12:00Z"}]""";

    @Inject
    Ideas ideas;

    @Inject
    VotesOfMember votes;

    @Inject
    CurrentMember me;

    @GET
    @Operation(summary = "Ideas, filtered by topic, challenge, tag, status or author; sorted trending (default), top, newest, discussed or moved (latest status change first)")
    @APIResponse(responseCode = "200", description = "A page of published ideas",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdeaPage.class),
                    examples = @ExampleObject(name = "first page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "sort, limit, cursor or status is not valid")
    @KeysetPaged("cursor")
    public IdeaPage list(@QueryParam("topic") String topic, @QueryParam("challenge") String challenge,
                         @QueryParam("tag") String tag, @QueryParam("status") String status,
                         @QueryParam("author") Long author, @QueryParam("sort") String sort,
                         @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") int limit) {
        IdeaSort order = IdeaSort.parse(sort).orElseThrow(() -> InvalidInput.of("sort", "must be trending, top, newest, discussed or moved"));
        Ideas.Page page = ideas.list(new IdeaFilter(topic, challenge, tag, status, author), order, cursor, limit);
        Set<Long> voted = me.id().map(id -> votes.votedAmong(page.ideas().stream().map(Idea::getId).toList(), id)).orElse(null);
        return new IdeaPage(page.ideas().stream().map(i -> IdeaView.of(i, voted == null ? null : voted.contains(i.getId()))).toList(),
                page.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post an idea (members). Title 5–140, Markdown body up to 10,000, up to 5 tags, topic, optional challenge, language nl or en")
    @APIResponse(responseCode = "201", description = "Posted; the author's vote comes with it",
            headers = @Header(name = "Location", description = "The new idea's address"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdeaView.class),
                    examples = @ExampleObject(name = "a new idea", value = IDEA_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No JSON, or title, body, tags, topic, challenge or language is not valid")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "429", description = "Too many ideas in a short time; see Retry-After")
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
    @Operation(summary = "One idea with its vote count (and whether I voted); 404 when it does not exist or is hidden from the caller (staff see it, with its moderationState; the author sees their own idea HELD while it waits for a moderator)")
    @APIResponse(responseCode = "200", description = "The idea",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdeaView.class),
                    examples = @ExampleObject(name = "an idea", value = IDEA_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such idea, or hidden from the caller")
    public IdeaView one(@PathParam("id") long id) {
        Idea idea = ideas.require(id, me.audience());
        return IdeaView.of(idea, me.id().map(member -> votes.hasVoted(id, member)).orElse(null));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit an idea's title, body and tags (its author or a moderator of its topic); the old wording is kept")
    @APIResponse(responseCode = "200", description = "Edited",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdeaView.class),
                    examples = @ExampleObject(name = "an edited idea", value = IDEA_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No JSON, or title, body or tags is not valid")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Neither the author nor a moderator of its topic (a moderator limited to other topics)")
    @APIResponse(responseCode = "404", description = "No such idea")
    @APIResponse(responseCode = "429", description = "Too many edits in a short time; see Retry-After")
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
    @Operation(summary = "Earlier wordings of an idea, newest first, for its author and moderators",
            description = "Keyset pages: pass the id of the last revision of a page as before to get the next page.")
    @APIResponse(responseCode = "200", description = "A page of earlier wordings (empty when never edited)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RevisionView.class),
                    examples = @ExampleObject(name = "one edit", value = REVISIONS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "limit or before is not valid")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Neither the idea's author nor a moderator")
    @APIResponse(responseCode = "404", description = "No such idea")
    @KeysetPaged("before")
    public List<RevisionView> revisions(@PathParam("id") long id,
                                        @Parameter(description = "id of the last revision of the previous page") @QueryParam("before") Long before,
                                        @QueryParam("limit") @DefaultValue("20") int limit) {
        Idea idea = ideas.require(id, me.audience());
        me.requireRevisionReader(idea.getAuthor().getId());
        return ideas.revisions(id, before, limit).stream()
                .map(r -> new RevisionView(r.getId(), r.getTitle(), r.getBody(), r.getTags(), r.getEditorId(), r.getEditedAt())).toList();
    }
}
