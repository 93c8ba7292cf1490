package org.kring.moderation.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.kring.moderation.control.Flags;
import org.kring.moderation.control.ModerationQueue;
import org.kring.moderation.entity.Flag;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.ModerationItem;

/** Flags, queue items and log lines as the API shows them; absent values as null. */
public final class ModerationViews {

    private ModerationViews() {
    }

    /** What a flag did: its queue item, whether it was new (false: the reason was updated), the score, whether hidden. */
    public record FlagResult(long itemId, boolean created, BigDecimal score, boolean hidden) {
        static FlagResult of(Flags.Flagged f) {
            return new FlagResult(f.itemId(), f.created(), f.score(), f.hidden());
        }
    }

    /** One of my flags and what became of it: PENDING until a moderator decides, then UPHELD or REJECTED. */
    @JsonbNillable
    public record MyFlag(long id, String targetType, long targetId, String reason, String text, Long duplicateOf,
                         String outcome, Instant createdAt) {
        static MyFlag of(Flags.Mine m) {
            Flag f = m.flag();
            return new MyFlag(f.getId(), m.item().getTargetType().name(), m.item().getTargetId(), f.getReason().name(), f.getText(),
                    f.getDuplicateOf(), f.getOutcome() == null ? "PENDING" : f.getOutcome().name(), f.getCreatedAt());
        }
    }

    /** A flag as moderators see it: who, why, and what it weighs. */
    @JsonbNillable
    public record FlagView(long flaggerId, String flagger, String reason, String text, Long duplicateOf, BigDecimal weight,
                           String weightBasis, String outcome, Instant createdAt) {
        static FlagView of(ModerationQueue.FlagNote f) {
            return new FlagView(f.flaggerId(), f.flagger(), f.reason().name(), f.text(), f.duplicateOf(), f.weight(), f.weightBasis(),
                    f.outcome() == null ? null : f.outcome().name(), f.createdAt());
        }
    }

    /**
     * A queue item with everything needed to decide it; {@code heldReason}: why pre-moderation holds it (approve publishes
     * it), null for flagged items.
     */
    @JsonbNillable
    public record QueueItem(long id, String targetType, long targetId, String state, BigDecimal score, String scoreExplanation,
                            int flagCount, boolean autoHidden, ModerationQueue.Content content, ModerationQueue.Author author,
                            List<FlagView> flags, Instant openedAt, long waitingSeconds, boolean overdue, String claimedBy,
                            Instant claimedUntil, String decision, Instant decidedAt, String heldReason) {
        static QueueItem of(ModerationQueue.Entry e) {
            ModerationQueue.Item i = e.item();
            return new QueueItem(i.id(), i.targetType().name(), i.targetId(), i.state().name(), i.score(), e.explanation(),
                    i.flagCount(), i.autoHidden(), e.content(), e.author(), e.flags().stream().map(FlagView::of).toList(),
                    i.openedAt(), e.waitingSeconds(), e.overdue(), e.claimedBy(), e.claimedBy() == null ? null : i.claimedUntil(),
                    i.decision(), i.decidedAt(), i.heldReason());
        }
    }

    /** A page of the queue: the items, the cursor of the next page (null: no more), and how many items wait in all. */
    @JsonbNillable
    public record QueuePage(List<QueueItem> items, String nextCursor, long waiting) {
    }

    /** Who holds an item, until when. */
    public record ClaimView(long itemId, long claimedBy, Instant claimedUntil) {
        static ClaimView of(ModerationItem i) {
            return new ClaimView(i.getId(), i.getClaimedBy(), i.getClaimedUntil());
        }
    }

    /**
     * A line of the moderation log; {@code moderatorId} is null for an automatic action; {@code relatedId} is the
     * idea merged into for a MERGE.
     */
    @JsonbNillable
    public record LogEntry(long id, Long itemId, Long moderatorId, String action, String targetType, long targetId, Long authorId,
                           String reason, String stateBefore, String stateAfter, Long undoes, Long undoneBy, Instant at,
                           Long relatedId) {
        static LogEntry of(ModerationAction a) {
            return new LogEntry(a.getId(), a.getItemId(), a.getModeratorId(), a.getAction().name(), a.getTargetType().name(),
                    a.getTargetId(), a.getAuthorId(), a.getReason(), a.getStateBefore(), a.getStateAfter(), a.getUndoesId(),
                    a.getUndoneById(), a.getCreatedAt(), a.getRelatedId());
        }
    }

    @JsonbNillable
    public record LogPage(List<LogEntry> entries, String nextCursor) {
    }
}
