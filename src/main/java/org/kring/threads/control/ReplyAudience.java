package org.kring.threads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.kring.members.control.MentionedMembers;
import org.kring.notifications.control.Audience;
import org.kring.threads.entity.Post;

/**
 * The author of the post a reply answers (the target id is the reply's), told only while members see both the reply
 * and the post it answers, and only when that author can be told (not erased or suspended); never of their own reply.
 */
@ApplicationScoped
public class ReplyAudience implements Audience {

    public static final String NAME = "reply";

    @Inject
    Posts posts;

    @Inject
    MentionedMembers members;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Long> membersAfter(long replyId, long afterMemberId, int limit) {
        Post reply = posts.find(replyId, org.kring.platform.moderation.Audience.PUBLIC).orElse(null);
        if (reply == null || reply.getParentId() == null || reply.isDeleted()) {
            return List.of();
        }
        Post parent = posts.find(reply.getParentId(), org.kring.platform.moderation.Audience.PUBLIC).orElse(null);
        if (parent == null || parent.isDeleted()) {
            return List.of();
        }
        long author = parent.getAuthor().getId();
        return author > afterMemberId && author != reply.getAuthor().getId() && members.reachable(author) ? List.of(author) : List.of();
    }
}
