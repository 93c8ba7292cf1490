package org.kring.threads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kring.platform.moderation.Audience;
import org.kring.platform.ratelimit.WriteRateLimiter;
import org.kring.search.control.SearchOutbox;
import org.kring.threads.entity.Post;

/**
 * Likes on posts: one per member and post, idempotent, and an exact like_count under concurrency. The
 * primary key (post_id, member_id) decides who wins; the count moves only when a row really came or went.
 */
@ApplicationScoped
public class Likes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Posts posts;

    @Inject
    SearchOutbox outbox;

    @Inject
    WriteRateLimiter rateLimiter;

    /** Likes the post (again: no change); returns its like count. */
    @Transactional
    public int like(long postId, long memberId) {
        rateLimiter.acquire(WriteRateLimiter.Kind.REACTION, memberId);
        Post post = posts.require(postId, Audience.PUBLIC);
        PostRules.enforce(PostRules.mayLike(post, memberId));
        int inserted = em.createNativeQuery("insert into post_like (post_id, member_id, created_at) "
                        + "values (?1, ?2, current_timestamp) on conflict do nothing")
                .setParameter(1, postId).setParameter(2, memberId).executeUpdate();
        return count(postId, inserted, +1);
    }

    /** Takes the like back (none: no change); returns the post's like count. */
    @Transactional
    public int unlike(long postId, long memberId) {
        rateLimiter.acquire(WriteRateLimiter.Kind.REACTION, memberId);
        posts.require(postId, Audience.PUBLIC);
        int removed = em.createNativeQuery("delete from post_like where post_id = ?1 and member_id = ?2")
                .setParameter(1, postId).setParameter(2, memberId).executeUpdate();
        return count(postId, removed, -1);
    }

    private int count(long postId, int rows, int delta) {
        if (rows == 1) {
            em.createNativeQuery("update post set like_count = like_count + ?1 where id = ?2")
                    .setParameter(1, delta).setParameter(2, postId).executeUpdate();
            outbox.countersChanged(Posts.POST, postId);
        }
        return ((Number) em.createNativeQuery("select like_count from post where id = ?1")
                .setParameter(1, postId).getSingleResult()).intValue();
    }
}
