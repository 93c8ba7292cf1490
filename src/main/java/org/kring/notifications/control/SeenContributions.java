package org.kring.notifications.control;

/**
 * Whether members see a contribution of one type (an idea, a post) now. Notifications sit below the features that hold
 * contributions, so those implement it; a mention is told only while the contribution it is in is seen by members
 * (never from hidden, held or deleted content), checked when the notification is written.
 */
public interface SeenContributions {

    /** The type stored with a mention, e.g. {@code idea} or {@code post}. */
    String type();

    /** True when members (the public audience) see the contribution with this id. */
    boolean seen(long id);
}
