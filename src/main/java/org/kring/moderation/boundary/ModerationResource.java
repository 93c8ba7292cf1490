package org.kring.moderation.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.moderation.boundary.ModerationViews.ClaimView;
import org.kring.moderation.boundary.ModerationViews.LogEntry;
import org.kring.moderation.boundary.ModerationViews.LogPage;
import org.kring.moderation.boundary.ModerationViews.QueueItem;
import org.kring.moderation.boundary.ModerationViews.QueuePage;
import org.kring.moderation.control.Decisions;
import org.kring.moderation.control.Merges;
import org.kring.moderation.control.Moves;
import org.kring.moderation.control.ModerationLog;
import org.kring.moderation.control.ModerationQueue;
import org.kring.moderation.control.ModerationSettings;
import org.kring.platform.problems.KeysetPaged;

/**
 * The moderators' API (MODERATOR or ADMIN; 401 anonymous, 403 anyone else): queue, claims, decisions, log, undo,
 * thresholds (setting one: ADMIN only).
 */
@Path("moderation")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    private static final String LOG_ENTRY = """
            {"id": 881, "itemId": 42, "moderatorId": 2, "action": "HIDE", "targetType": "POST", "targetId": 5120, \
            "authorId": 310, "reason": "Reclame voor een webwinkel", "stateBefore": "PUBLISHED", "stateAfter": "HIDDEN", \
            "undoes": null, "undoneBy": null, "at": "2026-11-30T09:12:00Z", "relatedId": null}""";
    private static final String MERGE_ENTRY = """
            {"id": 903, "itemId": null, "moderatorId": 2, "action": "MERGE", "targetType": "IDEA", "targetId": 212, \
            "authorId": 310, "reason": "Same idea as 168", "stateBefore": "NEW", "stateAfter": "DUPLICATE", \
            "undoes": null, "undoneBy": null, "at": "2026-11-30T09:20:00Z", "relatedId": 168}""";
    private static final String MOVE_ENTRY = """
            {"id": 905, "itemId": null, "moderatorId": 2, "action": "MOVE", "targetType": "IDEA", "targetId": 212, \
            "authorId": 310, "reason": "Past beter bij verpakking", "stateBefore": "klantenservice", \
            "stateAfter": "verpakking/minder-plastic", "undoes": null, "undoneBy": null, "at": "2026-11-30T09:25:00Z", \
            "relatedId": null}""";
    private static final String THRESHOLD_EXAMPLE = "{\"topic\": \"verpakking\", \"hideScore\": 4, \"own\": true}";
    private static final String QUEUE_EXAMPLE = """
            {"items": [{"id": 150, "targetType": "POST", "targetId": 812, "state": "OPEN", "score": 4,
              "scoreExplanation": "3 flags: 1 + 1 + 2 (moderator) = 4 ≥ 3 → hidden automatically", "flagCount": 3,
              "autoHidden": true, "content": {"title": null, "excerpt": "Buy cheap watches at ...", "context": "in: Statiegeld",
              "previous": null}, "author": {"id": 77, "displayName": "Spammer", "memberSince": "2026-11-29T10:00:00Z",
              "ideas": 0, "posts": 14, "decisionsAgainst": 2}, "flags": [], "openedAt": "2026-11-30T01:00:00Z",
              "waitingSeconds": 420, "overdue": false, "claimedBy": null, "claimedUntil": null, "decision": null,
              "decidedAt": null, "heldReason": null}], "nextCursor": "4_150", "waiting": 12}""";

    @Inject
    ModerationQueue queue;

    @Inject
    Decisions decisions;

    @Inject
    ModerationLog log;

    @Inject
    ModerationSettings settings;

    @Inject
    Merges merges;

    @Inject
    Moves moves;

    @Inject
    CurrentMember me;

    /** A topic's new auto-hide threshold. */
    public record ThresholdInput(BigDecimal hideScore) {
    }

    private long staff() {
        return me.requireRole(Role.MODERATOR, Role.ADMIN);
    }

    @GET
    @Path("queue")
    @Operation(summary = "The moderation queue (moderators): filter by type, reason (a flag reason, or HELD: contributions that "
            + "pre-moderation holds, each with its heldReason; approve publishes one), state (OPEN default, DECIDED), assignee, "
            + "minAgeMinutes, member (the author: with POST /moderation/members/{id}/selection, all content of one member); sort by score (default) or age; keyset paged with cursor; limit up to 100")
    @APIResponse(responseCode = "200", description = "A page of the queue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QueuePage.class),
                    examples = @ExampleObject(name = "an auto-hidden post", value = QUEUE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Unknown filter value, sort or cursor")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not a moderator or admin")
    @KeysetPaged("cursor")
    public QueuePage queue(@QueryParam("type") String type, @QueryParam("reason") String reason, @QueryParam("state") String state,
                           @QueryParam("assignee") Long assignee, @QueryParam("minAgeMinutes") Integer minAge,
                           @QueryParam("member") Long member,
                           @QueryParam("sort") String sort, @QueryParam("cursor") String cursor,
                           @QueryParam("limit") @DefaultValue("50") int limit) {
        ModerationQueue.Page page = queue.list(staff(), new ModerationQueue.Filter(type, reason, state, assignee, minAge, member),
                sort, cursor, limit);
        return new QueuePage(page.items().stream().map(QueueItem::of).toList(), page.nextCursor(), page.waiting());
    }

    @POST
    @Path("queue/{id}/claim")
    @Operation(summary = "Claim a queue item (moderators): others cannot act on it until the claim expires (409 when another "
            + "moderator holds it or it is decided)")
    @APIResponse(responseCode = "200", description = "Claimed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimView.class),
            examples = @ExampleObject(name = "claimed", value = "{\"itemId\": 150, \"claimedBy\": 3, \"claimedUntil\": \"2026-11-30T01:15:00Z\"}")))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not a moderator or admin")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Claimed by another moderator, or decided")
    public ClaimView claim(@PathParam("id") long id) {
        return ClaimView.of(decisions.claim(id, staff()));
    }

    @DELETE
    @Path("queue/{id}/claim")
    @Operation(summary = "Let go of my claim on a queue item (moderators; idempotent)")
    @APIResponse(responseCode = "204", description = "Released (or it was not mine)")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not a moderator or admin")
    public void release(@PathParam("id") long id) {
        decisions.release(id, staff());
    }

    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide one or up to 200 queue items at once (moderators): approve, hide (reason), unhide, delete "
            + "(reason), lock, unlock, pin, unpin. All or nothing: one refused item (decided, claimed by another) changes nothing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Decisions.Decision.class),
            examples = @ExampleObject(name = "hide a spam wave",
                    value = "{\"action\": \"HIDE\", \"itemIds\": [150, 151, 152], \"reason\": \"Advertising\"}")))
    @APIResponse(responseCode = "200", description = "The log entries of the decisions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogEntry[].class),
            examples = @ExampleObject(name = "one post hidden", value = "[" + LOG_ENTRY + "]")))
    @APIResponse(responseCode = "400", description = "Unknown action, no items or more than 200, missing or too long reason")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not a moderator or admin")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "An item is already decided or claimed by another moderator")
    public List<LogEntry> act(Decisions.Decision decision) {
        return decisions.act(decision, staff()).stream().map(LogEntry::of).toList();
    }

    @POST
    @Path("ideas/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge an idea as a duplicate into another (moderators): it becomes DUPLICATE and points at the target "
            + "(mergedInto), its votes move to the target (a member who voted on both keeps one vote), its followers follow the "
            + "target too, its thread stays readable. Logged; undoing the log entry unmerges exactly.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Merges.MergeInput.class),
            examples = @ExampleObject(name = "merge into 168", value = "{\"into\": 168, \"reason\": \"Same idea as 168\"}")))
    @APIResponse(responseCode = "200", description = "Merged; the log entry (undo it to unmerge)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogEntry.class),
            examples = @ExampleObject(name = "merged", value = MERGE_ENTRY)))
    @APIResponse(responseCode = "400", description = "into missing, the idea itself, or no published idea; reason too long")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not a moderator or admin")
    @APIResponse(responseCode = "404", description = "No such idea")
    @APIResponse(responseCode = "409", description = "The idea is already merged, the target is merged itself, or ideas were "
            + "merged into this one (no chains)")
    public LogEntry merge(@PathParam("id") long id, Merges.MergeInput input) {
        long moderator = staff();
        return LogEntry.of(merges.merge(id, input, moderator));
    }

    @POST
    @Path("ideas/{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an idea to another topic and optionally an open challenge of it (moderators); its thread and posts "
            + "move with it, boards and search follow. Logged as \"topic\" or \"topic/challenge\"; undoing the log entry moves it back.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Moves.MoveInput.class),
            examples = @ExampleObject(name = "to a challenge", value = "{\"topic\": \"verpakking\", \"challenge\": "
                    + "\"minder-plastic\", \"reason\": \"Past beter bij verpakking\"}")))
    @APIResponse(responseCode = "200", description = "Moved; the log entry", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LogEntry.class), examples = @ExampleObject(name = "moved", value = MOVE_ENTRY)))
    @APIResponse(responseCode = "400", description = "Unknown topic or challenge, a challenge of another topic or a closed one, "
            + "the place it already is, reason too long")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not a moderator or admin")
    @APIResponse(responseCode = "404", description = "No such idea")
    public LogEntry moveIdea(@PathParam("id") long id, Moves.MoveInput input) {
        long moderator = staff();
        return LogEntry.of(moves.moveIdea(id, input, moderator));
    }

    @POST
    @Path("threads/{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a standalone thread to another topic (moderators; an idea's thread moves with its idea); its posts "
            + "move with it, boards and search follow. Logged; undoing the log entry moves it back.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Moves.MoveInput.class),
            examples = @ExampleObject(name = "to another topic", value = "{\"topic\": \"klantenservice\", \"reason\": \"Over de service\"}")))
    @APIResponse(responseCode = "200", description = "Moved; the log entry", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LogEntry.class), examples = @ExampleObject(name = "moved", value = MOVE_ENTRY)))
    @APIResponse(responseCode = "400", description = "Unknown topic, a challenge named, the topic it already is in, an idea's thread, "
            + "reason too long")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not a moderator or admin")
    @APIResponse(responseCode = "404", description = "No such thread")
    public LogEntry moveThread(@PathParam("id") long id, Moves.MoveInput input) {
        long moderator = staff();
        return LogEntry.of(moves.moveThread(id, input, moderator));
    }

    @GET
    @Path("thresholds")
    @Operation(summary = "Every topic's auto-hide threshold (moderators): the flag score at which a contribution is hidden at once")
    @APIResponse(responseCode = "200", description = "Per topic its threshold and whether it is the topic's own (else the default)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModerationSettings.Threshold[].class),
                    examples = @ExampleObject(name = "one topic stricter", value = "[{\"topic\": \"verpakking\", \"hideScore\": 2, "
                            + "\"own\": true}, {\"topic\": \"klantenservice\", \"hideScore\": 3, \"own\": false}]")))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not a moderator or admin")
    public List<ModerationSettings.Threshold> thresholds() {
        staff();
        return settings.thresholds();
    }

    @PUT
    @Path("thresholds/{topic}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a topic's auto-hide threshold (admins only): 0.5 to 100")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThresholdInput.class),
            examples = @ExampleObject(name = "stricter", value = "{\"hideScore\": 2}")))
    @APIResponse(responseCode = "200", description = "The topic's new threshold", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModerationSettings.Threshold.class),
            examples = @ExampleObject(name = "a stricter topic", value = THRESHOLD_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Unknown topic, or a score out of range")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public ModerationSettings.Threshold setThreshold(@PathParam("topic") String topic, ThresholdInput input) {
        me.requireRole(Role.ADMIN);
        return settings.setHideScore(topic, input == null ? null : input.hideScore());
    }

    @GET
    @Path("log")
    @Operation(summary = "The moderation log, newest first (moderators): filter by moderator, member (author), targetType, "
            + "targetId, action; keyset paged with cursor; limit up to 100")
    @APIResponse(responseCode = "200", description = "A page of the log", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LogPage.class),
            examples = @ExampleObject(name = "an automatic hide", value = "{\"entries\": [{\"id\": 51, \"itemId\": 150, "
                    + "\"moderatorId\": null, \"action\": \"AUTO_HIDE\", \"targetType\": \"POST\", \"targetId\": 812, "
                    + "\"authorId\": 77, \"reason\": \"3 flags: 1 + 1 + 1 = 3 ≥ 3 → hidden automatically\", "
                    + "\"stateBefore\": \"PUBLISHED\", \"stateAfter\": \"HIDDEN\", \"undoes\": null, \"undoneBy\": null, "
                    + "\"at\": \"2026-11-30T01:00:00Z\"}], \"nextCursor\": null}")))
    @APIResponse(responseCode = "400", description = "Unknown action or target type, bad cursor")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not a moderator or admin")
    @KeysetPaged("cursor")
    public LogPage log(@QueryParam("moderator") Long moderator, @QueryParam("member") Long member,
                       @QueryParam("targetType") String targetType, @QueryParam("targetId") Long targetId,
                       @QueryParam("action") String action, @QueryParam("cursor") String cursor,
                       @QueryParam("limit") @DefaultValue("50") int limit) {
        ModerationLog.Page page = log.list(staff(), new ModerationLog.Filter(moderator, member, targetType, targetId, action), cursor, limit);
        return new LogPage(page.actions().stream().map(LogEntry::of).toList(), page.nextCursor());
    }

    @POST
    @Path("log/{id}/undo")
    @Operation(summary = "Undo a logged action within 30 days (moderators): the target gets its state before back, a decided "
            + "item waits again; the undo is logged")
    @APIResponse(responseCode = "200", description = "The undo's own log entry", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogEntry.class),
            examples = @ExampleObject(name = "the undo", value = LOG_ENTRY)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not a moderator or admin")
    @APIResponse(responseCode = "404", description = "No such log entry")
    @APIResponse(responseCode = "409", description = "Already undone, or older than 30 days")
    public LogEntry undo(@PathParam("id") long id) {
        return LogEntry.of(decisions.undo(id, staff()));
    }
}
