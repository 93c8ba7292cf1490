package org.kring.threads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kring.follows.control.Followable;
import org.kring.follows.entity.Follow;
import org.kring.platform.moderation.Audience;
import org.kring.platform.problems.NotFound;

/** Threads can be followed when members can see them. */
@ApplicationScoped
public class FollowableThreads implements Followable {

    @Inject
    Threads threads;

    @Override
    public Follow.Target kind() {
        return Follow.Target.THREAD;
    }

    @Override
    public void requireFollowable(long id) {
        if (threads.find(id, Audience.PUBLIC).isEmpty()) {
            throw new NotFound("There is no thread " + id + ".");
        }
    }
}
