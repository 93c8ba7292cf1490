package org.kring.follows.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kring.follows.control.Follows;
import org.kring.follows.entity.Follow;
import org.kring.members.control.CurrentMember;
import org.kring.platform.problems.InvalidInput;

@Path("follows")
@Produces(MediaType.APPLICATION_JSON)
public class FollowsResource {

    /** Something I follow. */
    public record FollowView(String type, long id, Instant since, boolean following) {
    }

    @Inject
    Follows follows;

    @Inject
    CurrentMember me;

    @GET
    @Operation(summary = "What I follow, newest first")
    public List<FollowView> mine(@QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("limit") @DefaultValue("50") int limit) {
        long member = me.requireId();
        InvalidInput.check().range("page", page, 0, 10_000).range("limit", limit, 1, 100).orThrow();
        return follows.of(member, page * limit, limit).stream()
                .map(f -> new FollowView(f.getTargetType().name().toLowerCase(Locale.ROOT), f.getTargetId(), f.getCreatedAt(), true))
                .toList();
    }

    @PUT
    @Path("{type}/{id}")
    @Operation(summary = "Follow an idea, thread or topic (idempotent)")
    public FollowView follow(@PathParam("type") String type, @PathParam("id") long id) {
        long member = me.requireId();
        follows.follow(member, target(type), id);
        return new FollowView(type, id, Instant.now(), true);
    }

    @DELETE
    @Path("{type}/{id}")
    @Operation(summary = "Stop following (idempotent)")
    public FollowView unfollow(@PathParam("type") String type, @PathParam("id") long id) {
        long member = me.requireId();
        follows.unfollow(member, target(type), id);
        return new FollowView(type, id, null, false);
    }

    private static Follow.Target target(String type) {
        try {
            return Follow.Target.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("type", "must be idea, thread or topic");
        }
    }
}
