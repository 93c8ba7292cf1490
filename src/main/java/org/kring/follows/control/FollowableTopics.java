package org.kring.follows.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kring.follows.entity.Follow;
import org.kring.platform.problems.NotFound;
import org.kring.topics.control.Topics;

/** Topics can be followed when they exist. */
@ApplicationScoped
public class FollowableTopics implements Followable {

    @Inject
    Topics topics;

    @Override
    public Follow.Target kind() {
        return Follow.Target.TOPIC;
    }

    @Override
    public void requireFollowable(long id) {
        if (!topics.exists(id)) {
            throw new NotFound("There is no topic " + id + ".");
        }
    }
}
