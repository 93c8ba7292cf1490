package org.kring.webhooks.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery is tried again: after the first retry's wait (30 s by default), then twice as long after
 * each further failure (1 min, 2 min, 4 min …), at most an hour between attempts, for 24 hours after the event;
 * a delivery that still fails then is given up (it stays in the log and can be redelivered by hand).
 */
public record RetrySchedule(Duration first) {

    public static final Duration MAX_WAIT = Duration.ofHours(1);
    public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

    /** The wait after the {@code failedAttempts}-th failed attempt (1: the first). */
    public Duration waitAfter(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        if (doublings >= 30) {
            return MAX_WAIT;
        }
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    /** The next attempt's moment, or null when the delivery is given up (past 24 hours since the event). */
    public Instant nextAttempt(Instant queuedAt, Instant now, int failedAttempts) {
        Instant next = now.plus(waitAfter(failedAttempts));
        return next.isAfter(queuedAt.plus(GIVE_UP_AFTER)) ? null : next;
    }
}
