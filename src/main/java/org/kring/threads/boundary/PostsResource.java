package org.kring.threads.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.platform.problems.Forbidden;
import org.kring.platform.problems.KeysetPaged;
import org.kring.threads.boundary.ThreadViews.LikeView;
import org.kring.threads.boundary.ThreadViews.PostView;
import org.kring.threads.boundary.ThreadViews.RevisionView;
import org.kring.threads.control.Likes;
import org.kring.threads.control.Posts;
import org.kring.threads.entity.Post;

@Path("posts")
@Produces(MediaType.APPLICATION_JSON)
public class PostsResource {

    /** A post's new body. */
    public record PostEdit(String body) {
    }

    static final String POST_EXAMPLE = """
            {"id": 9021, "threadId": 311, "parentId": 9017, "depth": 1, "authorId": 1234, "author": "Sanne de Vries",
             "bodyHtml": "<p>Bij ons filiaal kan het al, maar alleen bij de kassa.</p>", "likeCount": 3, "likedByMe": null,
             "deleted": false, "edited": true, "createdAt": "2026-11-29T21:04:00Z", "updatedAt": "2026-11-29T21:10:00Z"}""";

    static final String REVISIONS_EXAMPLE = """
            [{"id": 77, "bodyHtml": "<p>Bij ons filiaal kan het al.</p>", "editedAt": "2026-11-29T21:10:00Z",
              "editor": "Sanne de Vries"}]""";

    @Inject
    Posts posts;

    @Inject
    Likes likes;

    @Inject
    CurrentMember current;

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a post (its author or a moderator of its thread's topic; 403 otherwise); the old body is kept as a revision")
    @APIResponse(responseCode = "200", description = "Edited",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class),
                    examples = @ExampleObject(name = "an edited post", value = POST_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "body is not valid")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Neither the author nor a moderator of its topic (a moderator limited to other topics)")
    @APIResponse(responseCode = "404", description = "No such post")
    @APIResponse(responseCode = "409", description = "The post is deleted, or its thread is locked")
    @APIResponse(responseCode = "429", description = "Too many edits in a short time; see Retry-After")
    public PostView edit(@PathParam("id") long id, PostEdit input) {
        long memberId = current.requireId();
        String body = input == null ? null : input.body();
        posts.edit(id, memberId, current.isModerator(), body);
        return PostView.of(posts.require(id, current.audience()), null);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a post (its author or a moderator of its thread's topic): its body is hidden, its replies stay")
    @APIResponse(responseCode = "204", description = "Deleted (also when it already was)")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Neither the author nor a moderator of its topic (a moderator limited to other topics)")
    @APIResponse(responseCode = "404", description = "No such post")
    public void delete(@PathParam("id") long id) {
        long memberId = current.requireId();
        posts.delete(id, memberId, current.isModerator());
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "A post's earlier bodies, newest first, for its author and moderators (of a deleted post: moderators only)",
            description = "Keyset pages: pass the id of the last revision of a page as before to get the next page.")
    @APIResponse(responseCode = "200", description = "A page of earlier bodies (empty when never edited)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RevisionView.class),
                    examples = @ExampleObject(name = "one edit", value = REVISIONS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "limit or before is not valid")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Neither the post's author nor a moderator, or the post is deleted and the caller is not a moderator")
    @APIResponse(responseCode = "404", description = "No such post")
    @KeysetPaged("before")
    public List<RevisionView> revisions(@PathParam("id") long id,
                                        @Parameter(description = "id of the last revision of the previous page") @QueryParam("before") Long before,
                                        @QueryParam("limit") @DefaultValue("20") int limit) {
        Post post = posts.require(id, current.audience());
        current.requireRevisionReader(post.getAuthor().getId());
        if (!post.isVisible() && !current.isModerator()) {
            throw new Forbidden("Post " + id + " is deleted; only moderators see its revisions.");
        }
        return posts.revisions(id, before, limit).stream().map(RevisionView::of).toList();
    }

    @PUT
    @Path("{id}/like")
    @Operation(summary = "Like a post (idempotent; not your own post: 403)")
    @APIResponse(responseCode = "200", description = "Liked (also when it already was)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LikeView.class),
                    examples = @ExampleObject(name = "liked", value = "{\"postId\": 9021, \"liked\": true, \"likeCount\": 4}")))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "It is the caller's own post")
    @APIResponse(responseCode = "404", description = "No such post")
    @APIResponse(responseCode = "409", description = "The post is deleted")
    @APIResponse(responseCode = "429", description = "Too many likes and follows in a short time; see Retry-After")
    public LikeView like(@PathParam("id") long id) {
        return new LikeView(id, true, likes.like(id, current.requireId()));
    }

    @DELETE
    @Path("{id}/like")
    @Operation(summary = "Take back a like (idempotent)")
    @APIResponse(responseCode = "200", description = "Not liked (also when it was not)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LikeView.class),
                    examples = @ExampleObject(name = "unliked", value = "{\"postId\": 9021, \"liked\": false, \"likeCount\": 3}")))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "404", description = "No such post")
    @APIResponse(responseCode = "429", description = "Too many likes and follows in a short time; see Retry-After")
    public LikeView unlike(@PathParam("id") long id) {
        return new LikeView(id, false, likes.unlike(id, current.requireId()));
    }
}
