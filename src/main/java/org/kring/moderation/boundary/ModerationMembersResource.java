package org.kring.moderation.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
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
import org.kring.moderation.boundary.ModerationViews.LogEntry;
import org.kring.moderation.control.MemberContent;
import org.kring.moderation.control.Sanctions;
import org.kring.moderation.control.Watches;

/**
 * Moderators act on members (MODERATOR or ADMIN; 401 anonymous, 403 anyone else): sanctions (undo is the log's), a
 * watch (pre-moderation of all they write) and all content of a member as a selection for one bulk decision.
 */
@Path("moderation/members")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationMembersResource {

    private static final String WATCHED = """
            {"id": 906, "itemId": null, "moderatorId": 2, "action": "WATCH", "targetType": "MEMBER", "targetId": 310, \
            "authorId": 310, "reason": "Nieuw account, plaatst veel links", "stateBefore": "NONE", "stateAfter": "WATCHED", \
            "undoes": null, "undoneBy": null, "at": "2026-11-30T09:14:00Z", "relatedId": null}""";
    private static final String UNWATCHED = """
            {"id": 907, "itemId": null, "moderatorId": 2, "action": "UNWATCH", "targetType": "MEMBER", "targetId": 310, \
            "authorId": 310, "reason": null, "stateBefore": "WATCHED", "stateAfter": "NONE", \
            "undoes": null, "undoneBy": null, "at": "2026-12-02T10:00:00Z", "relatedId": null}""";
    private static final String SILENCED = """
            {"id": 905, "itemId": null, "moderatorId": 2, "action": "SILENCE", "targetType": "MEMBER", "targetId": 310, \
            "authorId": 310, "reason": "Herhaaldelijk beledigend", "stateBefore": "NONE", "stateAfter": "2026-12-07T12:00:00Z", \
            "undoes": null, "undoneBy": null, "at": "2026-11-30T09:12:00Z"}""";

    @Inject
    Sanctions sanctions;

    @Inject
    MemberContent content;

    @Inject
    Watches watches;

    @Inject
    CurrentMember me;

    /** The queue items of all content of a member. */
    public record SelectionView(List<Long> itemIds, boolean more) {
    }

    @POST
    @Path("{id}/sanctions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sanction a member (moderators): WARN (they are told your reason), SILENCE until a moment (read-only: no "
            + "ideas, threads, posts, votes, likes or flags), SUSPEND until a moment (no login; their sessions and tokens stop at "
            + "once) or BAN (a suspension without end). Logged with the state before; undo it from the log "
            + "(POST /moderation/log/{id}/undo) to lift it. Admins cannot be sanctioned; only an admin sanctions a moderator.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Sanctions.Sanction.class),
            examples = {@ExampleObject(name = "silence for a week",
                    value = "{\"kind\": \"SILENCE\", \"reason\": \"Herhaaldelijk beledigend\", \"until\": \"2026-12-07T12:00:00Z\"}"),
                    @ExampleObject(name = "ban", value = "{\"kind\": \"BAN\", \"reason\": \"Spam account\"}")}))
    @APIResponse(responseCode = "200", description = "The sanction's log entry (stateBefore and stateAfter: NONE, WARNED, BANNED "
            + "or the moment it ends)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LogEntry.class), examples = @ExampleObject(name = "silenced", value = SILENCED)))
    @APIResponse(responseCode = "400", description = "Unknown kind, no reason, no end or one in the past for SILENCE or SUSPEND")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not a moderator or admin; or the member is an admin, yourself, or a "
            + "moderator and you are not an admin")
    @APIResponse(responseCode = "404", description = "No such member")
    public LogEntry sanction(@PathParam("id") long id, Sanctions.Sanction sanction) {
        long moderator = me.requireRole(Role.MODERATOR, Role.ADMIN);
        return LogEntry.of(sanctions.impose(id, sanction, moderator, me.hasRole(Role.ADMIN)));
    }

    @POST
    @Path("{id}/selection")
    @Operation(summary = "Select all content of a member (moderators): each of their ideas, standalone threads and posts that "
            + "members still see, newest first, up to 200, gets its queue item (opened if it had none or was decided). Decide "
            + "them at once with POST /moderation/actions; the queue shows them with ?member={id}. more: they have more "
            + "(decide these, then select again).")
    @APIResponse(responseCode = "200", description = "The queue items, newest content first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelectionView.class),
            examples = @ExampleObject(name = "a spam wave", value = "{\"itemIds\": [412, 411, 410], \"more\": false}")))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not a moderator or admin")
    @APIResponse(responseCode = "404", description = "No such member")
    public SelectionView select(@PathParam("id") long id) {
        long moderator = me.requireRole(Role.MODERATOR, Role.ADMIN);
        MemberContent.Selection selection = content.select(id, moderator);
        return new SelectionView(selection.itemIds(), selection.more());
    }

    @POST
    @Path("{id}/watch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a member on watch (moderators): every idea, thread and post they write waits in the queue (reason "
            + "HELD) until a moderator approves it; members do not see it meanwhile, the author sees it marked \"waiting for a "
            + "moderator\". The member is not told of the watch. Logged (WATCH); undo it from the log or take them off watch.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Watches.WatchInput.class),
            examples = @ExampleObject(name = "watch", value = "{\"reason\": \"Nieuw account, plaatst veel links\"}")))
    @APIResponse(responseCode = "200", description = "The watch's log entry (stateBefore NONE, stateAfter WATCHED)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogEntry.class),
                    examples = @ExampleObject(name = "watched", value = WATCHED)))
    @APIResponse(responseCode = "400", description = "No reason, or one over 500 characters")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not a moderator or admin; or the member is staff or an analyst (never held)")
    @APIResponse(responseCode = "404", description = "No such member")
    @APIResponse(responseCode = "409", description = "Already on watch")
    public LogEntry watch(@PathParam("id") long id, Watches.WatchInput input) {
        long moderator = me.requireRole(Role.MODERATOR, Role.ADMIN);
        return LogEntry.of(watches.watch(id, input, moderator));
    }

    @DELETE
    @Path("{id}/watch")
    @Operation(summary = "Take a member off watch (moderators): what they write is published at once again (unless another "
            + "pre-moderation rule holds it). Logged (UNWATCH), undoable from the log.")
    @APIResponse(responseCode = "200", description = "The log entry (stateBefore WATCHED, stateAfter NONE)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogEntry.class),
                    examples = @ExampleObject(name = "unwatched", value = UNWATCHED)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not a moderator or admin")
    @APIResponse(responseCode = "404", description = "No such member")
    @APIResponse(responseCode = "409", description = "Not on watch")
    public LogEntry unwatch(@PathParam("id") long id) {
        long moderator = me.requireRole(Role.MODERATOR, Role.ADMIN);
        return LogEntry.of(watches.unwatch(id, null, moderator));
    }
}
