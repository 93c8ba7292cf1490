package org.kring.platform.moderation;

/**
 * Whether members see a contribution (idea, thread, post), stored by name in each table's
 * {@code moderation_state} column and indexed as such. It lives in the platform because every feature
 * with contributions carries it and moderation, which sets it, stands on those features. Who sees which
 * state is decided in one place: {@link Audience}.
 */
public enum ModerationState {
    /** Shown to everyone. */
    PUBLISHED,
    /** Taken out of view by moderation (by hand, or automatically by flags): only staff find it. */
    HIDDEN,
    /** Waiting for a moderator before anyone else may see it (pre-moderation). */
    HELD,
    /** Removed by a moderator; kept (and restorable from the moderation log), seen by staff only. */
    DELETED;

    /** This state as a JPQL enum literal, for queries that compare with it. */
    public String jpql() {
        return ModerationState.class.getName() + "." + name();
    }

    /**
     * The state a reader meets when a contribution sits inside others (a post in a thread of an idea):
     * the first state that is not published, else published. A post under a hidden idea is hidden.
     */
    public static ModerationState effective(ModerationState... layers) {
        for (ModerationState layer : layers) {
            if (layer != null && layer != PUBLISHED) {
                return layer;
            }
        }
        return PUBLISHED;
    }
}
