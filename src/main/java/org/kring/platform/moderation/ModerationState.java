package org.kring.platform.moderation;

/**
 * Whether members see a contribution (idea, thread, post), stored by name in each table's
 * {@code moderation_state} column and indexed as such. It lives in the platform because every feature
 * with contributions carries it and moderation, which sets it, stands on those features.
 */
public enum ModerationState {
    /** Shown to everyone. */
    PUBLISHED,
    /** Taken out of view by moderation: only moderators, analysts and admins find it. */
    HIDDEN;

    /** This state as a JPQL enum literal, for queries that compare with it. */
    public String jpql() {
        return ModerationState.class.getName() + "." + name();
    }
}
