package org.kring.platform.ratelimit;

/**
 * Whether a member may write at all (a member a moderator silenced may only read). The feature that knows members
 * implements it; {@link WriteRateLimiter} asks it before every member's write, so every write path meets one rule.
 */
public interface WriteBarrier {

    /** Returns when the member may write; throws a refusal (403, saying until when) when not. */
    void check(long memberId);
}
