package org.kring.platform.moderation;

/**
 * The one rule of who sees what ("hidden means hidden, everywhere"): visitors and members see published
 * contributions only, and nothing inside a contribution that is not published; staff (moderators and admins)
 * see everything, marked with its state. Every read path of ideas, threads and posts takes the caller's
 * audience and asks it; to a member what it refuses is missing (404), not forbidden.
 */
public enum Audience {
    /** Visitors and members. */
    PUBLIC,
    /** Moderators and admins. */
    STAFF;

    /** Whether this audience sees a contribution in these states (its own and those of what contains it). */
    public boolean sees(ModerationState... layers) {
        return this == STAFF || ModerationState.effective(layers) == ModerationState.PUBLISHED;
    }

    /**
     * A JPQL condition that holds for the rows this audience sees, given the expression of a state column
     * (e.g. {@code i.moderationState}); "1 = 1" for staff.
     */
    public String where(String stateExpression) {
        return this == STAFF ? "1 = 1" : stateExpression + " = " + ModerationState.PUBLISHED.jpql();
    }
}
