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
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
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
import org.kring.platform.database.Positional;
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
    Event<ModerationDecided.Selection> decidedAll;

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
        Map<Long, ModerationItem> selection = items(ids).stream().collect(Collectors.toMap(ModerationItem::getId, i -> i));
        requireItems(moderatorId, selection.values());
        Instant now = imports.now().truncatedTo(ChronoUnit.MICROS);
        take(ids, selection, kind.get(), moderatorId, now);
        // set-based whatever the selection's size: each step below is a few statements for all its items, not one per item
        List<ModerationItem> items = ids.stream().map(selection::get).toList();
        Map<Long, String[]> changes = change(items, kind.get(), now);
        List<Long> actionIds = log.recordAll(items.stream().map(i -> new ModerationLog.Line(i.getId(), moderatorId, kind.get(),
                i.getTargetType(), i.getTargetId(), i.getAuthorId(), reason, changes.get(i.getId())[0], changes.get(i.getId())[1], now))
                .toList());
        Map<Long, List<Long>> flaggers = flags.flaggers(ids); // the current round's, before the decision settles them
        if (DECIDING.contains(kind.get())) {
            settleFlags(kind.get(), actionIds);
        }
        decidedAll.fire(new ModerationDecided.Selection(IntStream.range(0, items.size()).mapToObj(n -> {
            ModerationItem item = items.get(n);
            return new ModerationDecided(actionIds.get(n), kind.get(), item.getTargetType(), item.getTargetId(), item.getAuthorId(),
                    flaggers.getOrDefault(item.getId(), List.of()), reason, false, now);
        }).toList()));
        return log.findAll(actionIds);
    }

    /**
     * The selection, locked until the decision commits (in id order: two moderators' overlapping selections wait for
     * each other instead of deadlocking), so that what {@link #take} checks is what it then changes: a moderator who
     * lost the race to another reads the item decided.
     */
    private List<ModerationItem> items(List<Long> ids) {
        return em.createQuery("select i from ModerationItem i where i.id in :ids order by i.id", ModerationItem.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /**
     * Changes the selection's targets (each type at once); returns each item's target state before and after, as the
     * log keeps them.
     */
    private Map<Long, String[]> change(List<ModerationItem> items, Kind kind, Instant now) {
        Map<Long, String[]> changes = new HashMap<>();
        switch (kind) {
            case LOCK, UNLOCK, PIN, UNPIN -> items.forEach(item -> changes.put(item.getId(), lockOrPin(item, kind)));
            default -> {
                ModerationState state = switch (kind) {
                    case HIDE -> ModerationState.HIDDEN;
                    case DELETE -> ModerationState.DELETED;
                    default -> ModerationState.PUBLISHED;
                };
                Map<TargetType, List<ModerationItem>> byType = items.stream().collect(Collectors.groupingBy(ModerationItem::getTargetType,
                        () -> new EnumMap<>(TargetType.class), Collectors.toList()));
                byType.forEach((type, ofType) -> {
                    // a member report that is approved leaves the member as they are
                    Map<Long, ModerationState> before = type == TargetType.MEMBER && kind == Kind.APPROVE ? Map.of()
                            : targets.moderateAll(type, ofType.stream().map(ModerationItem::getTargetId).toList(), state, now);
                    ofType.forEach(item -> changes.put(item.getId(), new String[] {
                            before.getOrDefault(item.getTargetId(), ModerationState.PUBLISHED).name(), state.name()}));
                });
            }
        }
        return changes;
    }

    /** Locks, opens, pins or unpins one item's thread (rare in bulk: one at a time); returns its state before and after. */
    private String[] lockOrPin(ModerationItem item, Kind kind) {
        return switch (kind) {
            case LOCK, UNLOCK -> new String[] {lockName(targets.lock(item.getTargetType(), item.getTargetId(), kind == Kind.LOCK)),
                    lockName(kind == Kind.LOCK)};
            default -> new String[] {pinName(targets.pin(item.getTargetType(), item.getTargetId(), kind == Kind.PIN)),
                    pinName(kind == Kind.PIN)};
        };
    }

    /**
     * The decided items' flags of the current round get their outcome and the decision that gave it (undo takes exactly
     * those back), in one statement for the whole selection.
     */
    private void settleFlags(Kind kind, List<Long> actionIds) {
        Flag.Outcome outcome = kind == Kind.HIDE || kind == Kind.DELETE ? Flag.Outcome.UPHELD : Flag.Outcome.REJECTED;
        Positional p = new Positional();
        String sql = "update flag set outcome = " + p.add(outcome.name()) + ", outcome_action_id = (select a.id from moderation_action a "
                + "where a.item_id = flag.item_id and a.id in " + p.list(actionIds) + ") where outcome is null and item_id in "
                + "(select a.item_id from moderation_action a where a.id in " + p.list(actionIds) + ")";
        p.bind(em.createNativeQuery(sql)).executeUpdate();
    }

    /**
     * Decides the selection for this moderator in one atomic update (or, for a lock or pin, checks that nobody else
     * holds one of its items); refuses, naming the first such item, a missing item, one already decided and one
     * another moderator claimed (the items are locked since they were read; the update checks again all the same).
     */
    private void take(List<Long> ids, Map<Long, ModerationItem> selection, Kind kind, long moderatorId, Instant now) {
        boolean deciding = DECIDING.contains(kind);
        for (long itemId : ids) {
            ModerationItem item = selection.get(itemId);
            if (item == null) {
                throw new NotFound("There is no queue item " + itemId + ".");
            }
            if (deciding && item.getState() == ModerationItem.State.DECIDED) {
                throw new Conflict("Queue item " + itemId + " was already decided (" + item.getDecision() + "); nothing changed.",
                        "itemIds", "item " + itemId + " is already decided");
            }
            if (item.getClaimedBy() != null && item.getClaimedBy() != moderatorId && !item.getClaimedUntil().isBefore(now)) {
                throw new Conflict("Queue item " + itemId + " is claimed by moderator " + item.getClaimedBy() + " until "
                        + item.getClaimedUntil() + "; nothing changed.", "itemIds", "item " + itemId + " is claimed by another moderator");
            }
        }
        Positional p = new Positional();
        String at = p.add(now.atOffset(ZoneOffset.UTC));
        String me = p.add(moderatorId);
        String free = "(claimed_by is null or claimed_by = " + me + " or claimed_until < " + at + ")";
        String sql = deciding
                ? "update moderation_item set state = 'DECIDED', decided_at = " + at + ", decided_by = " + me + ", decision = "
                + p.add(kind.name()) + ", claimed_by = null, claimed_until = null where state = 'OPEN' and " + free + " and id in "
                + p.list(ids)
                : "update moderation_item set claimed_until = claimed_until where " + free + " and id in " + p.list(ids);
        if (p.bind(em.createNativeQuery(sql)).executeUpdate() != ids.size()) {
            throw new Conflict("Another moderator decided or claimed one of these queue items meanwhile; nothing changed.",
                    "itemIds", "an item was taken by another moderator meanwhile");
        }
    }

    /** Refuses the whole selection when one of its items is outside the moderator's topics, naming that item. */
    private void requireItems(long moderatorId, Collection<ModerationItem> items) {
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
