package org.kring.feeds.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.Set;
import org.kring.ideas.control.IdeaMoved;
import org.kring.ideas.entity.Idea;
import org.kring.platform.audit.AdminAction;
import org.kring.responses.control.AnswerDocuments;
import org.kring.search.control.ContributionChanged;
import org.kring.search.control.SearchOutbox;
import org.kring.threads.control.Posts;
import org.kring.threads.control.Threads;
import org.kring.threads.entity.DiscussionThread;
import org.kring.threads.entity.Post;

/**
 * Which feeds a write changed, and raising their counters after it committed. Every change of what a feed shows is
 * a change the search index hears of too ({@link ContributionChanged}: ideas posted, edited, published, hidden,
 * restored, merged, status changes, official answers, posts and threads, authors' names); admins' changes to topics
 * and challenges (their names head the feeds) are in the admin log. The scopes are found inside the transaction,
 * where the changed rows are already in the persistence context.
 */
@ApplicationScoped
public class FeedInvalidation {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<FeedsChanged> changes;

    @Inject
    FeedVersions versions;

    void contributionChanged(@Observes ContributionChanged change) {
        Set<String> scopes = change.many() ? Set.of(FeedScopes.EVERY_FEED) : scopes(change.entityType(), change.entityId());
        if (!scopes.isEmpty()) {
            changes.fire(new FeedsChanged(scopes));
        }
    }

    /** The topic the idea left is no longer known here, and moves are rare: every feed. */
    void ideaMoved(@Observes IdeaMoved moved) {
        changes.fire(new FeedsChanged(Set.of(FeedScopes.EVERY_FEED)));
    }

    void adminAction(@Observes AdminAction action) {
        if ("TOPIC".equals(action.getTargetType()) || "CHALLENGE".equals(action.getTargetType())) {
            changes.fire(new FeedsChanged(Set.of(FeedScopes.EVERY_FEED)));
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeedsChanged changed) {
        changed.scopes().forEach(versions::changed);
    }

    /** Other types (none today) appear in no feed. */
    private Set<String> scopes(String type, long id) {
        return switch (type) {
            case SearchOutbox.IDEA, AnswerDocuments.ANSWER -> ideaScopes(id);
            case Threads.THREAD -> discussionOf(em.find(DiscussionThread.class, id));
            case Posts.POST -> {
                Post post = em.find(Post.class, id);
                yield post == null ? Set.of() : discussionOf(em.find(DiscussionThread.class, post.getThreadId()));
            }
            default -> Set.of();
        };
    }

    /** An idea is in its topic's and challenge's feeds, their changelogs (when done) and its own discussion's. */
    private Set<String> ideaScopes(long ideaId) {
        Idea idea = em.find(Idea.class, ideaId);
        if (idea == null) {
            return Set.of(FeedScopes.EVERY_FEED);
        }
        Set<String> scopes = new LinkedHashSet<>();
        String topic = idea.getTopic().getSlug();
        scopes.add(FeedScopes.topic(topic));
        if (idea.getChallenge() != null) {
            scopes.add(FeedScopes.challenge(idea.getChallenge().getSlug()));
        }
        scopes.add(FeedScopes.changelog(topic));
        scopes.add(FeedScopes.changelog(null));
        scopes.add(FeedScopes.discussion(ideaId));
        return scopes;
    }

    private static Set<String> discussionOf(DiscussionThread thread) {
        return thread == null || thread.getIdeaId() == null ? Set.of() : Set.of(FeedScopes.discussion(thread.getIdeaId()));
    }
}
