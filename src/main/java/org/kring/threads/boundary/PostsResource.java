package org.kring.threads.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kring.members.control.CurrentMember;
import org.kring.platform.problems.Forbidden;
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

    @Inject
    Posts posts;

    @Inject
    Likes likes;

    @Inject
    CurrentMember current;

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a post (its author or a moderator; 403 otherwise); the old body is kept as a revision")
    public PostView edit(@PathParam("id") long id, PostEdit input) {
        long memberId = current.requireId();
        String body = input == null ? null : input.body();
        posts.edit(id, memberId, current.isModerator(), body);
        return PostView.of(posts.require(id, current.audience()), null);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a post (its author or a moderator): its body is hidden, its replies stay")
    public void delete(@PathParam("id") long id) {
        long memberId = current.requireId();
        posts.delete(id, memberId, current.isModerator());
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "A post's earlier bodies, oldest first (of a deleted post: moderators only)")
    public List<RevisionView> revisions(@PathParam("id") long id) {
        Post post = posts.require(id, current.audience());
        if (!post.isVisible() && !current.isModerator()) {
            throw new Forbidden("Post " + id + " is deleted; only moderators see its revisions.");
        }
        return posts.revisions(id).stream().map(RevisionView::of).toList();
    }

    @PUT
    @Path("{id}/like")
    @Operation(summary = "Like a post (idempotent; not your own post: 403)")
    public LikeView like(@PathParam("id") long id) {
        return new LikeView(id, true, likes.like(id, current.requireId()));
    }

    @DELETE
    @Path("{id}/like")
    @Operation(summary = "Take back a like (idempotent)")
    public LikeView unlike(@PathParam("id") long id) {
        return new LikeView(id, false, likes.unlike(id, current.requireId()));
    }
}
