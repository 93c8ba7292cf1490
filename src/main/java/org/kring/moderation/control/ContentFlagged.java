package org.kring.moderation.control;

import java.math.BigDecimal;
import java.time.Instant;
import org.kring.moderation.entity.TargetType;

/**
 * Fired inside the flag's transaction when a member flags something for the first time (a second flag by the same
 * member only changes the reason), so that a feature can act in the same transaction (webhooks queue their delivery).
 * Carries no flagger: who flagged is moderation's business.
 */
public record ContentFlagged(TargetType targetType, long targetId, String reason, BigDecimal score, boolean hidden, Instant at) {
}
