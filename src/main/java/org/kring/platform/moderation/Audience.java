package org.kring.platform.moderation;

import jakarta.persistence.Query;
import java.io.Serializable;
import java.util.Objects;

/**
 * The one rule of who sees what ("hidden means hidden, everywhere"): visitors and members see published
 * contributions only, and nothing inside a contribution that is not published; staff (moderators and admins)
 * see everything, marked with its state. One exception, for a logged-in member: their own contribution that waits
 * for a moderator (HELD, pre-moderation) stays visible to them, marked "waiting for a moderator". Every read path of
 * ideas, threads and posts takes the caller's audience and asks it; to a member what it refuses is missing (404),
 * not forbidden.
 */
public final class Audience implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Visitors (and members where their own held contributions do not matter, such as lists). */
    public static final Audience PUBLIC = new Audience(false, null);
    /** Moderators and admins. */
    public static final Audience STAFF = new Audience(true, null);

    private final boolean staff;
    /** The query parameter that {@link #where(String, String)} compares the author with; {@link #bind} sets it. */
    private static final String MEMBER_PARAMETER = "audienceMember";

    /** The logged-in member whose own held contributions this audience sees; null for visitors and staff. */
    private final Long memberId;

    private Audience(boolean staff, Long memberId) {
        this.staff = staff;
        this.memberId = memberId;
    }

    /** A logged-in member who is not staff: what members see, plus their own contributions that wait for a moderator. */
    public static Audience member(long memberId) {
        return new Audience(false, memberId);
    }

    public boolean isStaff() {
        return staff;
    }

    /** Whether this audience sees a contribution in these states (its own and those of what contains it). */
    public boolean sees(ModerationState... layers) {
        return staff || ModerationState.effective(layers) == ModerationState.PUBLISHED;
    }

    /**
     * A JPQL condition that holds for the rows this audience sees, given the expression of a state column
     * (e.g. {@code i.moderationState}); "1 = 1" for staff. Without the author, a member's own held rows are left out.
     */
    public String where(String stateExpression) {
        return staff ? "1 = 1" : stateExpression + " = " + ModerationState.PUBLISHED.jpql();
    }

    /**
     * The same condition for a row whose author is known (e.g. {@code i.author.id}): a member also sees their own held
     * rows. The member is a query parameter (one query text for all members, so the JPQL and statement caches hold):
     * pass the query to {@link #bind}.
     */
    public String where(String stateExpression, String authorIdExpression) {
        if (staff || memberId == null) {
            return where(stateExpression);
        }
        return "(" + where(stateExpression) + " or (" + stateExpression + " = " + ModerationState.HELD.jpql() + " and "
                + authorIdExpression + " = :" + MEMBER_PARAMETER + "))";
    }

    /** Sets the member of {@link #where(String, String)} on a query that holds that condition; any other query is left as it is. */
    public <Q extends Query> Q bind(Q query) {
        if (memberId != null && query.getParameters().stream().anyMatch(p -> MEMBER_PARAMETER.equals(p.getName()))) {
            query.setParameter(MEMBER_PARAMETER, memberId);
        }
        return query;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Audience a && a.staff == staff && Objects.equals(a.memberId, memberId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(staff, memberId);
    }

    @Override
    public String toString() {
        return staff ? "STAFF" : memberId == null ? "PUBLIC" : "MEMBER " + memberId;
    }
}
