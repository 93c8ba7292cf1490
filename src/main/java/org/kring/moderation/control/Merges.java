package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.kring.follows.control.Follows;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.members.control.ModeratorScope;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.ModerationAction.Kind;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.moderation.Audience;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;
import org.kring.votes.control.Votes;

/**
 * A moderator merges a duplicate idea into another: the source becomes DUPLICATE and points at the target, its
 * votes move (a member who voted on both keeps one vote), its followers follow the target too, its thread stays
 * readable and is linked from the target; the source's waiting queue item (e.g. a DUPLICATE flag) is decided by the
 * merge, its flaggers hear it was upheld. One transaction that locks both ideas' rows lowest id first (votes lock
 * the idea's row too, see {@link Ideas#lockForVote}), so that a vote during a merge is counted exactly once. The
 * log line's id keys what moved, so that undoing it from the log (unmerge) restores exactly what was.
 */
@ApplicationScoped
public class Merges {

    /** A merge as a moderator sends it: the idea to merge into, and why. */
    public record MergeInput(Long into, String reason) {
    }

    @Inject
    Ideas ideas;

    @Inject
    Votes votes;

    @Inject
    Follows follows;

    @Inject
    ModerationLog log;

    @Inject
    ImportContext imports;

    @Inject
    Flags flags;

    @Inject
    Event<ModerationDecided> decided;

    @PersistenceContext
    EntityManager em;

    @Inject
    ModeratorScope scope;

    @Transactional
    public ModerationAction merge(long sourceId, MergeInput input, long moderatorId) {
        MergeInput in = input == null ? new MergeInput(null, null) : input;
        String reason = in.reason() == null || in.reason().isBlank() ? null : in.reason().strip();
        InvalidInput.check()
                .that("into", in.into() != null, "must name the idea to merge into")
                .that("into", in.into() == null || in.into() != sourceId, "must be another idea than the one merged")
                .that("reason", reason == null || reason.length() <= Decisions.MAX_REASON,
                        "must be at most " + Decisions.MAX_REASON + " characters")
                .orThrow();
        long targetId = in.into();
        Pair pair = lockBoth(sourceId, targetId);
        Idea source = pair.source();
        Idea target = pair.target();
        if (source == null) {
            throw new NotFound("There is no idea " + sourceId + ".");
        }
        if (target == null || target.getModerationState() != ModerationState.PUBLISHED) {
            throw InvalidInput.of("into", "there is no published idea " + targetId);
        }
        if (source.getMergedIntoId() != null) {
            throw new Conflict("Idea " + sourceId + " is already merged into idea " + source.getMergedIntoId() + "; unmerge it first.",
                    "id", "is already merged into idea " + source.getMergedIntoId());
        }
        if (target.getMergedIntoId() != null) {
            throw new Conflict("Idea " + targetId + " was itself merged into idea " + target.getMergedIntoId() + ": merge into that one.",
                    "into", "is merged into idea " + target.getMergedIntoId() + "; merge into that one");
        }
        scope.requireTopics(moderatorId, List.of(source.getTopic().getId(), target.getTopic().getId()),
                "idea " + sourceId + " and idea " + targetId);
        List<Idea> mergedIntoSource = ideas.mergedInto(sourceId, Audience.STAFF);
        if (!mergedIntoSource.isEmpty()) {
            String ids = mergedIntoSource.stream().map(i -> String.valueOf(i.getId())).collect(Collectors.joining(", "));
            throw new Conflict("Ideas " + ids + " were merged into idea " + sourceId + "; a merge never makes a chain: "
                    + "unmerge them first, or merge them into idea " + targetId + ".", "id", "ideas " + ids + " were merged into it");
        }
        Instant now = imports.now().truncatedTo(ChronoUnit.MICROS);
        Long itemId = decideOpenItem(sourceId, moderatorId, now);
        List<Long> flaggers = itemId == null ? List.of() : flags.flaggers(itemId);
        ModerationAction action = log.record(itemId, moderatorId, Kind.MERGE, TargetType.IDEA, sourceId, source.getAuthor().getId(),
                reason, source.getStatus().name(), Idea.Status.DUPLICATE.name(), null, now);
        action.relatedTo(targetId);
        votes.merge(action.getId(), sourceId, targetId);
        follows.mergeIdeas(action.getId(), sourceId, targetId);
        ideas.merge(source, target);
        if (itemId != null) {
            em.createNativeQuery("update flag set outcome = 'UPHELD', outcome_action_id = ?1 where item_id = ?2 and outcome is null")
                    .setParameter(1, action.getId()).setParameter(2, itemId).executeUpdate();
            decided.fire(new ModerationDecided(action.getId(), Kind.MERGE, TargetType.IDEA, sourceId, source.getAuthor().getId(),
                    flaggers, reason, false, now));
        }
        return action;
    }

    /**
     * The merge decides the source's waiting queue item (flagged as a duplicate, or for anything else): one atomic
     * update, as a decision does; its flags are upheld once the log line exists, and undoing the merge reopens it.
     * Null when the idea waits for nothing. A 409 when another moderator holds a claim on it.
     */
    private Long decideOpenItem(long ideaId, long moderatorId, Instant now) {
        List<?> open = em.createNativeQuery("select id from moderation_item where target_type = 'IDEA' and target_id = ?1 "
                + "and state = 'OPEN'").setParameter(1, ideaId).getResultList();
        if (open.isEmpty()) {
            return null;
        }
        long itemId = ((Number) open.get(0)).longValue();
        int won = em.createNativeQuery("update moderation_item set state = 'DECIDED', decided_at = ?1, decided_by = ?2, "
                        + "decision = 'MERGE', claimed_by = null, claimed_until = null where id = ?3 and state = 'OPEN' "
                        + "and (claimed_by is null or claimed_by = ?2 or claimed_until < ?1)")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, moderatorId).setParameter(3, itemId).executeUpdate();
        if (won == 0) {
            throw new Conflict("Queue item " + itemId + " of idea " + ideaId + " is claimed by another moderator; nothing changed.",
                    "id", "its queue item " + itemId + " is claimed by another moderator");
        }
        return itemId;
    }

    /**
     * Undoes a merge inside the undo's transaction: the votes, follows, status and link as they were before it.
     * Returns the source's status before the unmerge (DUPLICATE).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    String unmerge(ModerationAction merge) {
        long sourceId = merge.getTargetId();
        long targetId = merge.getRelatedId();
        Idea source = lockBoth(sourceId, targetId).source();
        if (source == null || source.getMergedIntoId() == null || source.getMergedIntoId() != targetId) {
            throw new Conflict("Idea " + sourceId + " is no longer merged into idea " + targetId + "; nothing changed.");
        }
        votes.restore(merge.getId(), sourceId, targetId);
        follows.unmergeIdeas(merge.getId(), targetId);
        String before = source.getStatus().name();
        ideas.unmerge(source, Idea.Status.valueOf(merge.getStateBefore()));
        return before;
    }

    private record Pair(Idea source, Idea target) {
    }

    /** Both rows locked, the lower id first: two merges over the same ideas wait for each other instead of deadlocking. */
    private Pair lockBoth(long sourceId, long targetId) {
        Idea first = ideas.lock(Math.min(sourceId, targetId));
        Idea second = ideas.lock(Math.max(sourceId, targetId));
        return sourceId < targetId ? new Pair(first, second) : new Pair(second, first);
    }
}
