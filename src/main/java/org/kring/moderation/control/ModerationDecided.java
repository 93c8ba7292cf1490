package org.kring.moderation.control;

import java.time.Instant;
import java.util.List;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.TargetType;

/**
 * Fired inside the transaction of every moderation decision (automatic or by hand, undo included), so that a
 * feature can act in the same transaction ({@link ModerationNotices} writes the notices' durable fan-out there, so
 * they commit with the decision or not at all).
 */
public record ModerationDecided(long actionId, ModerationAction.Kind action, TargetType targetType, long targetId,
                                Long authorId, List<Long> flaggerIds, String reason, boolean automatic, Instant at) {

    /**
     * Fired instead, once, for a moderator's decision on a selection (a bulk action): one decision per item, so that
     * observers read and write for the whole selection at once.
     */
    public record Selection(List<ModerationDecided> decisions) {
    }
}
