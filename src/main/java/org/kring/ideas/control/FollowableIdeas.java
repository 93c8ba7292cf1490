package org.kring.ideas.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kring.follows.control.Followable;
import org.kring.follows.entity.Follow;

/** Ideas can be followed when members can see them. */
@ApplicationScoped
public class FollowableIdeas implements Followable {

    @Inject
    Ideas ideas;

    @Override
    public Follow.Target kind() {
        return Follow.Target.IDEA;
    }

    @Override
    public void requireFollowable(long id) {
        ideas.requirePublished(id);
    }
}
