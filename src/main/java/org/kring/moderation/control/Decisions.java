package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kring.members.control.ModeratorScope;
import org.kring.moderation.entity.Flag;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.ModerationAction.Kind;
import org.kring.moderation.entity.ModerationItem;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.moderation.Audience;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.Forbidden;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

/**
 * A moderator's decisions on queue items, one or a selection (up to {@value #MAX_BULK}) in one transaction: all
 * of them happen or none. Each is logged with the state before and can be undone from the log. An item is decided
 * once: the first moderator's atomic update wins, a second one gets a 409, and nobody acts on an item another
 * moderator claimed until the claim expires.
 */
@ApplicationScoped
public class Decisions {

    public static final int MAX_BULK = 200;
    public static final int MAX_REASON = 500;
    /** How long an action can be undone from the log. */
    public static final Duration UNDO_WINDOW = Duration.ofDays(30);

    /** Kinds a moderator chooses; AUTO_HIDE and UNDO come from flags and the log. */
    static final Set<Kind> CHOSEN = Set.of(Kind.APPROVE, Kind.HIDE, Kind.UNHIDE, Kind.DELETE, Kind.LOCK, Kind.UNLOCK, Kind.PIN, Kind.UNPIN);
    /** Kinds that decide the item (a lock or a pin leaves it waiting). */
    private static final Set<Kind> DECIDING = Set.of(Kind.APPROVE, Kind.HIDE, Kind.UNHIDE, Kind.DELETE);

    /** A decision as a moderator sends it. */
    public record Decision(String action, List<Long> itemIds, String reason) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Targets targets;

    @Inject
    Flags flags;

    @Inject
    ModerationLog log;

    @Inject
    Sanctions sanctions;

    @Inject
    ModerationSettings settings;

    @Inject
    ImportContext imports;

    @Inject
    Event<ModerationDecided> decided;

    @Inject
    Merges merges;

    @Inject
    Moves moves;

    @Inject
    Watches watches;

    @Inject
    ModeratorScope scope;

    @Inject
    Topics topics;

    @Transactional
    public List<ModerationAction> act(Decision input, long moderatorId) {
        Decision d = input == null ? new Decision(null, null, null) : input;
        Optional<Kind> kind = Flags.parse(Kind.class, d.action()).filter(CHOSEN::contains);
        String reason = d.reason() == null || d.reason().isBlank() ? null : d.reason().strip();
        List<Long> ids = d.itemIds() == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(d.itemIds()));
        InvalidInput.check()
                .that("action", kind.isPresent(), "must be one of " + CHOSEN.stream().map(Enum::name).sorted().toList())
                .that("itemIds", !ids.isEmpty() && !ids.contains(null), "must name at least one queue item")
                .that("itemIds", ids.size() <= MAX_BULK, "must name at most " + MAX_BULK + " items at once")
                .that("reason", reason == null || reason.length() <= MAX_REASON, "must be at most " + MAX_REASON + " characters")
                .that("reason", reason != null || (kind.isPresent() && kind.get() != Kind.HIDE && kind.get() != Kind.DELETE),
                        "must say why: the author is told")
                .orThrow();
        requireItems(moderatorId, items(ids));
        Instant now = imports.now().truncatedTo(ChronoUnit.MICROS);
        // Before each statement EclipseLink compares every object it manages with its copy, so a bulk of 200 grew
        // quadratic: the persistence context is emptied before the items are taken and after each one is decided. The
        // boundaries call act outside any transaction, so no caller's managed objects are let go with them.
        em.clear();
        for (long itemId : ids) {
            take(itemId, kind.get(), moderatorId, now);
        }
        Map<Long, ModerationItem> taken = items(ids).stream().collect(Collectors.toMap(ModerationItem::getId, i -> i));
        Map<Long, List<Long>> flaggers = flags.flaggers(ids);
        List<ModerationAction> done = new ArrayList<>();
        for (long itemId : ids) {
            done.add(decide(taken.get(itemId), kind.get(), reason, moderatorId, now, flaggers.getOrDefault(itemId, List.of())));
            em.flush();
            em.clear();
        }
        if (DECIDING.contains(kind.get())) {
            settleFlags(kind.get(), done);
        }
        return done;
    }

    private List<ModerationItem> items(List<Long> ids) {
        return em.createQuery("select i from ModerationItem i where i.id in :ids", ModerationItem.class).setParameter("ids", ids)
                .getResultList();
    }

    private ModerationAction decide(ModerationItem item, Kind kind, String reason, long moderatorId, Instant now, List<Long> flaggers) {
        String before;
        String after;
        switch (kind) {
            case LOCK, UNLOCK -> {
                before = lockName(targets.lock(item.getTargetType(), item.getTargetId(), kind == Kind.LOCK));
                after = lockName(kind == Kind.LOCK);
            }
            case PIN, UNPIN -> {
                before = pinName(targets.pin(item.getTargetType(), item.getTargetId(), kind == Kind.PIN));
                after = pinName(kind == Kind.PIN);
            }
            default -> {
                ModerationState state = switch (kind) {
                    case HIDE -> ModerationState.HIDDEN;
                    case DELETE -> ModerationState.DELETED;
                    default -> ModerationState.PUBLISHED;
                };
                before = item.getTargetType() == TargetType.MEMBER && kind == Kind.APPROVE
                        ? ModerationState.PUBLISHED.name() : targets.moderate(item.getTargetType(), item.getTargetId(), state).name();
                after = state.name();
            }
        }
        ModerationAction action = log.record(item.getId(), moderatorId, kind, item.getTargetType(), item.getTargetId(),
                item.getAuthorId(), reason, before, after, null, now);
        decided.fire(new ModerationDecided(action.getId(), kind, item.getTargetType(), item.getTargetId(), item.getAuthorId(),
                flaggers, reason, false, now));
        return action;
    }

    /**
     * The decided items' flags of the current round get their outcome and the decision that gave it (undo takes exactly
     * those back), in one statement for the whole selection.
     */
    private void settleFlags(Kind kind, List<ModerationAction> decisions) {
        Flag.Outcome outcome = kind == Kind.HIDE || kind == Kind.DELETE ? Flag.Outcome.UPHELD : Flag.Outcome.REJECTED;
        List<Long> actionIds = decisions.stream().map(ModerationAction::getId).toList();
        String in = IntStream.rangeClosed(2, actionIds.size() + 1).mapToObj(n -> "?" + n).collect(Collectors.joining(", ", "(", ")"));
        var update = em.createNativeQuery("update flag set outcome = ?1, outcome_action_id = (select a.id from moderation_action a "
                + "where a.item_id = flag.item_id and a.id in " + in + ") where outcome is null and item_id in (select a.item_id "
                + "from moderation_action a where a.id in " + in + ")").setParameter(1, outcome.name());
        for (int n = 0; n < actionIds.size(); n++) {
            update.setParameter(n + 2, actionIds.get(n));
        }
        update.executeUpdate();
    }

    /**
     * Decides the item for this moderator in one atomic update (or, for a lock or pin, checks that nobody else holds
     * it); refuses a missing item, one already decided and one another moderator claimed.
     */
    private void take(long itemId, Kind kind, long moderatorId, Instant now) {
        int won = DECIDING.contains(kind)
                ? em.createNativeQuery("update moderation_item set state = 'DECIDED', decided_at = ?1, decided_by = ?2, decision = ?3, "
                        + "claimed_by = null, claimed_until = null where id = ?4 and state = 'OPEN' "
                        + "and (claimed_by is null or claimed_by = ?2 or claimed_until < ?1)")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, moderatorId).setParameter(3, kind.name())
                .setParameter(4, itemId).executeUpdate()
                : em.createNativeQuery("update moderation_item set claimed_until = claimed_until where id = ?1 "
                        + "and (claimed_by is null or claimed_by = ?2 or claimed_until < ?3)")
                .setParameter(1, itemId).setParameter(2, moderatorId).setParameter(3, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        if (won == 0) {
            ModerationItem item = em.find(ModerationItem.class, itemId);
            if (item == null) {
                throw new NotFound("There is no queue item " + itemId + ".");
            }
            if (item.getState() == ModerationItem.State.DECIDED) {
                throw new Conflict("Queue item " + itemId + " was already decided (" + item.getDecision() + "); nothing changed.",
                        "itemIds", "item " + itemId + " is already decided");
            }
            throw new Conflict("Queue item " + itemId + " is claimed by moderator " + item.getClaimedBy() + " until "
                    + item.getClaimedUntil() + "; nothing changed.", "itemIds", "item " + itemId + " is claimed by another moderator");
        }
    }

    /** Refuses the whole selection when one of its items is outside the moderator's topics, naming that item. */
    private void requireItems(long moderatorId, List<ModerationItem> items) {
        ModeratorScope.Scope theirs = scope.of(moderatorId);
        items.stream().filter(i -> !theirs.covers(i.getTopicId())).findFirst().ifPresent(i -> {
            throw new Forbidden("Queue item " + i.getId() + " (" + i.getTargetType() + " " + i.getTargetId() + ") is "
                    + (i.getTopicId() == null ? "not in a topic" : "in a topic") + " outside the topics you moderate; nothing changed.");
        });
    }

    /** A moderator takes an item for a while: others see who has it and cannot act on it. */
    @Transactional
    public ModerationItem claim(long itemId, long moderatorId) {
        requireItems(moderatorId, Optional.ofNullable(em.find(ModerationItem.class, itemId)).stream().toList());
        Instant now = imports.now().truncatedTo(ChronoUnit.MICROS);
        int won = em.createNativeQuery("update moderation_item set claimed_by = ?1, claimed_until = ?2 where id = ?3 and state = 'OPEN' "
                        + "and (claimed_by is null or claimed_by = ?1 or claimed_until < ?4)")
                .setParameter(1, moderatorId).setParameter(2, now.plus(settings.claim()).atOffset(ZoneOffset.UTC))
                .setParameter(3, itemId).setParameter(4, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        ModerationItem item = Optional.ofNullable(em.find(ModerationItem.class, itemId))
                .orElseThrow(() -> new NotFound("There is no queue item " + itemId + "."));
        em.refresh(item);
        if (won == 0) {
            throw item.getState() == ModerationItem.State.DECIDED
                    ? new Conflict("Queue item " + itemId + " is already decided.")
                    : new Conflict("Queue item " + itemId + " is claimed by moderator " + item.getClaimedBy() + " until "
                    + item.getClaimedUntil() + ".");
        }
        return item;
    }

    /** The moderator lets go of their claim (someone else's claim stays). */
    @Transactional
    public void release(long itemId, long moderatorId) {
        em.createNativeQuery("update moderation_item set claimed_by = null, claimed_until = null where id = ?1 and claimed_by = ?2")
                .setParameter(1, itemId).setParameter(2, moderatorId).executeUpdate();
    }

    /**
     * Undoes a logged action within {@link #UNDO_WINDOW}: the target gets its state before back, a decided item waits
     * again with its flags, and the undo is logged itself (and can be undone in turn).
     */
    @Transactional
    public ModerationAction undo(long actionId, long moderatorId) {
        Instant now = imports.now().truncatedTo(ChronoUnit.MICROS);
        ModerationAction original = log.find(actionId).orElseThrow(() -> new NotFound("There is no log entry " + actionId + "."));
        em.lock(original, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(original);
        if (original.getUndoneById() != null) {
            throw new Conflict("Log entry " + actionId + " was already undone (by entry " + original.getUndoneById() + ").");
        }
        if (original.getCreatedAt().isBefore(now.minus(UNDO_WINDOW))) {
            throw new Conflict("Log entry " + actionId + " is older than " + UNDO_WINDOW.toDays() + " days and can no longer be undone.");
        }
        String restored = original.getStateBefore();
        Kind about = undone(original);
        requireScope(original, about, moderatorId);
        if (original.getAction() == Kind.UNDO && about == Kind.MERGE) {
            throw new Conflict("Log entry " + actionId + " is an unmerge: merge the ideas again instead.");
        }
        if (original.getAction() == Kind.HOLD) {
            throw new Conflict("Log entry " + actionId + " held a contribution for a moderator: approve or hide its queue item "
                    + original.getItemId() + " instead.");
        }
        String current = about == Kind.MOVE ? moves.moveBack(original.getTargetType(), original.getTargetId(), restored)
                : about == Kind.EDIT ? targets.restoreWording(original.getTargetType(), original.getTargetId(), restored, moderatorId)
                : about == Kind.WATCH || about == Kind.UNWATCH ? watches.set(original.getTargetId(), Watches.WATCHED.equals(restored),
                        null, moderatorId, now)
                : switch (original.getAction()) {
            case MERGE -> merges.unmerge(original);
            case LOCK, UNLOCK -> lockName(targets.lock(original.getTargetType(), original.getTargetId(), "LOCKED".equals(restored)));
            case PIN, UNPIN -> pinName(targets.pin(original.getTargetType(), original.getTargetId(), "PINNED".equals(restored)));
            case WARN, SILENCE, SUSPEND, BAN -> sanctions.lift(original);
            default -> original.getTargetType() == TargetType.MEMBER ? restored
                    : targets.moderate(original.getTargetType(), original.getTargetId(), ModerationState.valueOf(restored)).name();
        };
        Long itemId = original.getItemId();
        if (itemId != null && (DECIDING.contains(original.getAction()) || original.getAction() == Kind.AUTO_HIDE
                || original.getAction() == Kind.MERGE)) {
            reopen(itemId, original, now);
        }
        ModerationAction undo = log.record(itemId, moderatorId, Kind.UNDO, original.getTargetType(), original.getTargetId(),
                original.getAuthorId(), "undoes " + original.getAction() + " (log entry " + actionId + ")", current, restored,
                actionId, now);
        original.undoneBy(undo.getId());
        decided.fire(new ModerationDecided(undo.getId(), Kind.UNDO, original.getTargetType(), original.getTargetId(),
                original.getAuthorId(), itemId == null ? List.of() : flags.flaggers(itemId), undo.getReason(), false, now));
        return undo;
    }

    /**
     * A moderator limited to topics undoes only what lies in their topics: the entry's queue item, else its target where
     * it is now, and for a move also where it goes back to, for a merge also the idea it was merged into.
     */
    private void requireScope(ModerationAction original, Kind about, long moderatorId) {
        ModeratorScope.Scope theirs = scope.of(moderatorId);
        if (theirs.unrestricted()) {
            return;
        }
        List<Long> touched = new ArrayList<>();
        touched.add(original.getItemId() != null ? em.find(ModerationItem.class, original.getItemId()).getTopicId()
                : topicOf(original.getTargetType(), original.getTargetId()));
        if (about == Kind.MOVE) {
            touched.add(topics.bySlug(original.getStateBefore().split("/", 2)[0]).map(Topic::getId).orElse(null));
        }
        if (original.getAction() == Kind.MERGE && original.getRelatedId() != null) {
            touched.add(topicOf(TargetType.IDEA, original.getRelatedId()));
        }
        theirs.requireTopics(touched, "log entry " + original.getId());
    }

    private Long topicOf(TargetType type, long id) {
        return targets.find(type, id, Audience.STAFF).map(Targets.Target::topicId).orElse(null);
    }

    /** What an action is about: its own kind, or for an undo (of an undo ...) the kind of the action it goes back to. */
    private Kind undone(ModerationAction action) {
        ModerationAction at = action;
        while (at.getAction() == Kind.UNDO && at.getUndoesId() != null) {
            at = log.find(at.getUndoesId()).orElseThrow();
        }
        return at.getAction();
    }

    /** The item waits again: its last round's flags count again (their outcome is taken back). */
    private void reopen(long itemId, ModerationAction original, Instant now) {
        if (original.getAction() == Kind.AUTO_HIDE) {
            em.createNativeQuery("update moderation_item set auto_hidden = false where id = ?1").setParameter(1, itemId).executeUpdate();
            return;
        }
        em.createNativeQuery("update flag set outcome = null, outcome_action_id = null where outcome_action_id = ?1")
                .setParameter(1, original.getId()).executeUpdate();
        em.createNativeQuery("update moderation_item set state = 'OPEN', decided_at = null, decided_by = null, decision = null "
                + "where id = ?1").setParameter(1, itemId).executeUpdate();
    }

    private static String lockName(boolean locked) {
        return locked ? "LOCKED" : "OPEN";
    }

    private static String pinName(boolean pinned) {
        return pinned ? "PINNED" : "UNPINNED";
    }
}
