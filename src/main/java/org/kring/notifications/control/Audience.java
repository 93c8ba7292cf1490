package org.kring.notifications.control;

import java.util.List;

/**
 * Who hears of an event on a target (e.g. an idea: its author, voters and followers). Notifications sit low in the
 * layers, so the features that know the members of an audience implement it (as they implement
 * {@code search.control.IndexedContributions}); the fan-out finds it by {@link #name()}.
 */
public interface Audience {

    /** The name stored with a fan-out, e.g. {@code idea}. */
    String name();

    /** Up to {@code limit} members of the target's audience with an id above {@code afterMemberId}, ascending. */
    List<Long> membersAfter(long targetId, long afterMemberId, int limit);
}
