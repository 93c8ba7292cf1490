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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    static final String MINE_EXAMPLE = """
            [{"type": "idea", "id": 168, "since": "2026-11-30T09:15:00Z", "following": true},
             {"type": "topic", "id": 3, "since": "2026-11-02T08:30:00Z", "following": true}]""";

    @Inject
    Follows follows;

    @Inject
    CurrentMember me;

    @GET
    @Operation(summary = "What I follow, newest first")
    @APIResponse(responseCode = "200", description = "A page of what I follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FollowView.class),
                    examples = @ExampleObject(name = "an idea and a topic", value = MINE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "page or limit is not valid")
    @APIResponse(responseCode = "401", description = "Not logged in")
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
    @APIResponse(responseCode = "200", description = "Followed (also when it already was)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowView.class),
                    examples = @ExampleObject(name = "an idea", value = "{\"type\":\"idea\",\"id\":168,"
                            + "\"since\":\"2026-11-30T09:15:00Z\",\"following\":true}")))
    @APIResponse(responseCode = "400", description = "The type is not idea, thread or topic")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "404", description = "No such idea, thread or topic")
    @APIResponse(responseCode = "429", description = "Too many likes and follows in a short time; see Retry-After")
    public FollowView follow(@PathParam("type") String type, @PathParam("id") long id) {
        long member = me.requireId();
        follows.followByHand(member, target(type), id);
        return new FollowView(type, id, Instant.now(), true);
    }

    @DELETE
    @Path("{type}/{id}")
    @Operation(summary = "Stop following (idempotent)")
    @APIResponse(responseCode = "200", description = "Not followed (also when it was not)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowView.class),
                    examples = @ExampleObject(name = "an idea", value = "{\"type\":\"idea\",\"id\":168,\"since\":null,\"following\":false}")))
    @APIResponse(responseCode = "400", description = "The type is not idea, thread or topic")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "429", description = "Too many likes and follows in a short time; see Retry-After")
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
