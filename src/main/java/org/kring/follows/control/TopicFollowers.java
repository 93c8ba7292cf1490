package org.kring.follows.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.kring.follows.entity.Follow;
import org.kring.notifications.control.Audience;

/** Who hears of a new idea in a topic: the members who follow the topic. */
@ApplicationScoped
public class TopicFollowers implements Audience {

    public static final String NAME = "topic-followers";

    @Inject
    Follows follows;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Long> membersAfter(long topicId, long afterMemberId, int limit) {
        return follows.followersAfter(Follow.Target.TOPIC, topicId, afterMemberId, limit);
    }
}
