package org.kring.moderation.control;

import java.time.Instant;
import java.util.List;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.TargetType;

/**
 * Fired inside the transaction of every moderation decision (automatic or by hand, undo included), so that a
 * feature above moderation (notifications) can tell the author why and the flaggers the outcome. Observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only on decisions that were committed.
 */
public record ModerationDecided(long actionId, ModerationAction.Kind action, TargetType targetType, long targetId,
                                Long authorId, List<Long> flaggerIds, String reason, boolean automatic, Instant at) {
}
