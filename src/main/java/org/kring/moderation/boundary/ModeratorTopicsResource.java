package org.kring.moderation.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.moderation.control.ModeratorTopics;

/**
 * Next to a member's role (admin/members/{id}/role): the topics a moderator is limited to (ADMIN only; 401 anonymous,
 * 403 anyone else). An empty list: every topic, and what has no topic (members reported, profiles).
 */
@Path("admin/members/{id}/moderator-topics")
@Produces(MediaType.APPLICATION_JSON)
public class ModeratorTopicsResource {

    static final String EXAMPLE = "{\"memberId\": 118, \"topics\": [\"verpakking\", \"klantenservice\"]}";

    /** A moderator's topics (slugs, in board order); empty: not limited. */
    public record ModeratorTopicsView(long memberId, List<String> topics) {
    }

    /** The topics (slugs) to limit a moderator to; an empty list lifts the limit. */
    public record TopicsInput(List<String> topics) {
    }

    @Inject
    CurrentMember me;

    @Inject
    ModeratorTopics moderatorTopics;

    @GET
    @Operation(summary = "The topics a moderator is limited to (admins); an empty list: every topic")
    @APIResponse(responseCode = "200", description = "The member's topics", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ModeratorTopicsView.class), examples = @ExampleObject(name = "two topics", value = EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such member")
    public ModeratorTopicsView topics(@PathParam("id") long id) {
        me.requireRole(Role.ADMIN);
        return new ModeratorTopicsView(id, moderatorTopics.of(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Limit a moderator to topics, or lift the limit with an empty list (admins)",
            description = "topics: slugs of topics. A limited moderator sees in the queue, the waiting count and the log only "
                    + "their topics' items (and their own log entries), and gets a 403 naming the item for anything else: a "
                    + "decision, a claim, a merge or move (both topics must be theirs), an undo; what concerns a member as a "
                    + "whole (sanctions, watch, all content of a member) is for unlimited moderators. The change is in the "
                    + "admin audit log (MODERATOR_TOPICS_CHANGED, from → to) and counts from the moderator's next request.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicsInput.class),
            examples = @ExampleObject(name = "two topics", value = "{\"topics\": [\"verpakking\", \"klantenservice\"]}")))
    @APIResponse(responseCode = "200", description = "The moderator's topics now", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModeratorTopicsView.class),
            examples = @ExampleObject(name = "two topics", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "topics missing, more than 100, or an unknown topic (field topics)")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such member")
    @APIResponse(responseCode = "409", description = "The member is not a moderator (field topics)")
    public ModeratorTopicsView limit(@PathParam("id") long id, TopicsInput input) {
        long admin = me.requireRole(Role.ADMIN);
        return new ModeratorTopicsView(id, moderatorTopics.limit(id, input == null ? null : input.topics(), admin));
    }
}
