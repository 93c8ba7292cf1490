package org.kring.follows.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kring.follows.entity.Follow;
import org.kring.follows.entity.Follow.Target;
import org.kring.platform.ratelimit.WriteRateLimiter;

/**
 * Following ideas, threads and topics. Idempotent: following twice is following once. Voting on an
 * idea or posting in a thread follows it (the votes and threads features call {@link #follow}).
 */
@ApplicationScoped
public class Follows {

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<Followable> followables;

    @Inject
    WriteRateLimiter rateLimiter;

    /** A member's own "follow this": refused with a 404 when the target does not exist or may not be seen. */
    @Transactional
    public void followByHand(long memberId, Target target, long targetId) {
        rateLimiter.acquire(WriteRateLimiter.Kind.REACTION, memberId);
        followables.stream().filter(f -> f.kind() == target).findFirst()
                .orElseThrow(() -> new IllegalStateException("No Followable for " + target))
                .requireFollowable(targetId);
        follow(memberId, target, targetId);
    }

    /** Follows the target; does nothing when the member already follows it. Joins the caller's transaction. */
    @Transactional
    public void follow(long memberId, Target target, long targetId) {
        // One statement, safe under concurrency: the unique key decides, a duplicate is skipped.
        em.createNativeQuery("insert into follow (id, member_id, target_type, target_id, created_at) "
                        + "values (nextval('follow_seq'), ?1, ?2, ?3, current_timestamp) on conflict do nothing")
                .setParameter(1, memberId).setParameter(2, target.name()).setParameter(3, targetId)
                .executeUpdate();
    }

    /**
     * A merge: the source idea's followers follow the target too (they keep following the source). Those who did
     * not follow the target yet are kept under {@code mergeId}, so that {@link #unmergeIdeas} stops exactly those.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mergeIdeas(long mergeId, long sourceId, long targetId) {
        em.createNativeQuery("insert into merged_follow (merge_id, member_id) select ?1, f.member_id from follow f "
                        + "where f.target_type = 'IDEA' and f.target_id = ?2 and not exists (select 1 from follow t "
                        + "where t.member_id = f.member_id and t.target_type = 'IDEA' and t.target_id = ?3)")
                .setParameter(1, mergeId).setParameter(2, sourceId).setParameter(3, targetId).executeUpdate();
        em.createNativeQuery("insert into follow (id, member_id, target_type, target_id, created_at) "
                        + "select nextval('follow_seq'), member_id, 'IDEA', ?2, current_timestamp from merged_follow "
                        + "where merge_id = ?1 on conflict do nothing")
                .setParameter(1, mergeId).setParameter(2, targetId).executeUpdate();
    }

    /** Unmerge: those who followed the target only through the merge stop following it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unmergeIdeas(long mergeId, long targetId) {
        em.createNativeQuery("delete from follow where target_type = 'IDEA' and target_id = ?2 and member_id in "
                        + "(select member_id from merged_follow where merge_id = ?1)")
                .setParameter(1, mergeId).setParameter(2, targetId).executeUpdate();
        em.createNativeQuery("delete from merged_follow where merge_id = ?1").setParameter(1, mergeId).executeUpdate();
    }

    /** A member's own "stop following" (idempotent). */
    @Transactional
    public void unfollow(long memberId, Target target, long targetId) {
        rateLimiter.acquire(WriteRateLimiter.Kind.REACTION, memberId);
        em.createQuery("delete from Follow f where f.memberId = :m and f.targetType = :t and f.targetId = :id")
                .setParameter("m", memberId).setParameter("t", target).setParameter("id", targetId)
                .executeUpdate();
    }

    public boolean follows(long memberId, Target target, long targetId) {
        return !em.createQuery("select f.id from Follow f where f.memberId = :m and f.targetType = :t and f.targetId = :id", Long.class)
                .setParameter("m", memberId).setParameter("t", target).setParameter("id", targetId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Up to {@code limit} followers of the target with an id above {@code afterMemberId}, ascending (an index range). */
    public List<Long> followersAfter(Target target, long targetId, long afterMemberId, int limit) {
        return em.createQuery("select f.memberId from Follow f where f.targetType = :t and f.targetId = :id and f.memberId > :after "
                        + "order by f.memberId", Long.class).setParameter("t", target).setParameter("id", targetId)
                .setParameter("after", afterMemberId).setMaxResults(limit).getResultList();
    }

    /** What a member follows, newest first, one page at a time. */
    public List<Follow> of(long memberId, int offset, int limit) {
        return em.createQuery("select f from Follow f where f.memberId = :m order by f.createdAt desc, f.id desc", Follow.class)
                .setParameter("m", memberId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
