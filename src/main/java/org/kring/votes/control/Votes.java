package org.kring.votes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kring.follows.control.Follows;
import org.kring.follows.entity.Follow;
import org.kring.ideas.control.IdeaPosted;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.control.VotesOfMember;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.ratelimit.WriteRateLimiter;
import org.kring.votes.entity.Vote;

/**
 * Voting on ideas. Exact under concurrency without locks in Java: the vote row's primary key
 * decides whether a vote is new (insert ... on conflict do nothing), and only a new row moves the
 * idea's counter, in one atomic update. Voting twice, or withdrawing twice, changes nothing. This trusts the
 * row counts the database reports, which is why persistence.xml leaves EclipseLink's batch writing off.
 */
@ApplicationScoped
public class Votes implements VotesOfMember {

    /** The state after a vote or a withdrawal. */
    public record Tally(long ideaId, int voteCount, boolean voted) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportContext imports;

    @Inject
    Ideas ideas;

    @Inject
    Follows follows;

    @Inject
    WriteRateLimiter rateLimiter;

    @Inject
    Event<IdeaVoted> voted;

    @Transactional
    public Tally vote(long ideaId, long memberId) {
        rateLimiter.acquire(WriteRateLimiter.Kind.VOTE, memberId);
        int before = ideas.lockForVote(ideaId);
        Instant at = imports.now();
        boolean added = record(ideaId, memberId, at);
        follows.follow(memberId, Follow.Target.IDEA, ideaId);
        int count = added ? before + 1 : before;
        if (added) {
            voted.fire(new IdeaVoted(ideaId, count, at));
        }
        return new Tally(ideaId, count, true);
    }

    /** Stores a vote at a given moment; true when it was new. */
    private boolean record(long ideaId, long memberId, Instant at) {
        int inserted = em.createNativeQuery("insert into vote (idea_id, member_id, created_at) values (?1, ?2, ?3) "
                        + "on conflict do nothing")
                .setParameter(1, ideaId).setParameter(2, memberId).setParameter(3, at.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        if (inserted == 1) {
            ideas.votesChanged(ideaId, 1);
        }
        return inserted == 1;
    }

    @Transactional
    public Tally withdraw(long ideaId, long memberId) {
        rateLimiter.acquire(WriteRateLimiter.Kind.VOTE, memberId);
        int before = ideas.lockForVote(ideaId);
        int deleted = em.createNativeQuery("delete from vote where idea_id = ?1 and member_id = ?2")
                .setParameter(1, ideaId).setParameter(2, memberId).executeUpdate();
        if (deleted == 1) {
            ideas.votesChanged(ideaId, -1);
        }
        return new Tally(ideaId, before - deleted, false);
    }

    /**
     * A merge moves the source's votes to the target inside the caller's transaction, after it locked both ideas:
     * a member who voted on both keeps one vote on the target. The source's rows are kept under {@code mergeId} as
     * they were, with whether each moved, so that {@link #restore} is exact. Counters move by the rows the
     * statements changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void merge(long mergeId, long sourceId, long targetId) {
        em.createNativeQuery("insert into merged_vote (merge_id, member_id, created_at, moved) "
                        + "select ?1, v.member_id, v.created_at, not exists (select 1 from vote t where t.idea_id = ?3 "
                        + "and t.member_id = v.member_id) from vote v where v.idea_id = ?2")
                .setParameter(1, mergeId).setParameter(2, sourceId).setParameter(3, targetId).executeUpdate();
        int moved = em.createNativeQuery("insert into vote (idea_id, member_id, created_at) "
                        + "select ?2, member_id, created_at from merged_vote where merge_id = ?1 and moved")
                .setParameter(1, mergeId).setParameter(2, targetId).executeUpdate();
        int removed = em.createNativeQuery("delete from vote where idea_id = ?1").setParameter(1, sourceId).executeUpdate();
        ideas.votesChanged(targetId, moved);
        ideas.votesChanged(sourceId, -removed);
    }

    /**
     * Unmerge: the source gets its votes back as they were, the target loses the ones the merge gave it (those
     * still there), inside the caller's transaction, after it locked both ideas.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restore(long mergeId, long sourceId, long targetId) {
        int removed = em.createNativeQuery("delete from vote where idea_id = ?2 and member_id in "
                        + "(select member_id from merged_vote where merge_id = ?1 and moved)")
                .setParameter(1, mergeId).setParameter(2, targetId).executeUpdate();
        int restored = em.createNativeQuery("insert into vote (idea_id, member_id, created_at) "
                        + "select ?2, member_id, created_at from merged_vote where merge_id = ?1 on conflict do nothing")
                .setParameter(1, mergeId).setParameter(2, sourceId).executeUpdate();
        em.createNativeQuery("delete from merged_vote where merge_id = ?1").setParameter(1, mergeId).executeUpdate();
        ideas.votesChanged(targetId, -removed);
        ideas.votesChanged(sourceId, restored);
    }

    /** The author's own idea counts the author's vote. */
    void authorVotes(@Observes IdeaPosted posted) {
        record(posted.ideaId(), posted.authorId(), posted.at());
    }

    @Override
    public boolean hasVoted(long ideaId, long memberId) {
        return !votedAmong(List.of(ideaId), memberId).isEmpty();
    }

    /** The ideas the member voted on, newest vote first. */
    public List<Long> votedBy(long memberId, int limit) {
        return em.createQuery("select v.ideaId from Vote v where v.memberId = :member order by v.createdAt desc", Long.class)
                .setParameter("member", memberId).setMaxResults(limit).getResultList();
    }

    /** Up to {@code limit} voters of the idea with an id above {@code afterMemberId}, ascending (the vote key's range). */
    public List<Long> votersAfter(long ideaId, long afterMemberId, int limit) {
        return em.createQuery("select v.memberId from Vote v where v.ideaId = :idea and v.memberId > :after order by v.memberId",
                Long.class).setParameter("idea", ideaId).setParameter("after", afterMemberId).setMaxResults(limit).getResultList();
    }

    @Override
    public Set<Long> votedAmong(Collection<Long> ideaIds, long memberId) {
        if (ideaIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select v.ideaId from Vote v where v.memberId = :member and v.ideaId in :ids", Long.class)
                .setParameter("member", memberId).setParameter("ids", ideaIds).getResultList());
    }
}
