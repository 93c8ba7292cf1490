package org.kring.ideas.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kring.follows.control.TopicFollowers;
import org.kring.ideas.entity.Idea;
import org.kring.notifications.control.Announcement;
import org.kring.notifications.control.Notifications;
import org.kring.notifications.entity.Notification;
import org.kring.platform.moderation.Audience;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.text.MarkdownRenderer;

/**
 * Tells the followers of a topic about a new idea in it, once, when members can first see it: at posting, or when a
 * moderator approves an idea that waited (pre-moderation). In the same transaction as the idea (a durable fan-out).
 */
@ApplicationScoped
public class NewIdeaNotices {

    @Inject
    Ideas ideas;

    @Inject
    Notifications notifications;

    void posted(@Observes IdeaPosted posted) {
        tell(posted.ideaId());
    }

    void approved(@Observes IdeaModerated moderated) {
        if (moderated.before() == ModerationState.HELD && moderated.after() == ModerationState.PUBLISHED) {
            tell(moderated.ideaId());
        }
    }

    private void tell(long ideaId) {
        Idea idea = ideas.require(ideaId, Audience.STAFF); // who is told is not a reader's view
        if (idea.getModerationState() != ModerationState.PUBLISHED) {
            return;
        }
        notifications.announce(new Announcement(TopicFollowers.NAME, idea.getTopic().getId(), idea.getAuthor().getId(),
                Notification.Kind.NEW_IDEA, idea.getTitle(), null, MarkdownRenderer.toPlainText(idea.getBodyHtml()),
                "/idea.xhtml?id=" + idea.getId()));
    }
}
