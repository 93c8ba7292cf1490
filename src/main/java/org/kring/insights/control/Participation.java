package org.kring.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import org.kring.platform.moderation.ModerationState;

/**
 * What the community did in a period [from, to), counted in the database: published ideas, standalone threads and
 * posts, the votes cast, and the members behind them (distinct members who posted or voted), split into members who
 * joined in the period and those who were there before. Each count is an index range on created_at (migration V20),
 * aggregated in SQL: no row is read into Java. The dashboard and the impact report share it.
 */
@ApplicationScoped
public class Participation {

    /** The counts of one period. */
    public record Counts(long ideas, long threads, long posts, long votes, long members, long newMembers) {
        public long contributions() {
            return ideas + threads + posts;
        }

        public long returningMembers() {
            return members - newMembers;
        }
    }

    /** Who did something in the period, and when; ?1 = from, ?2 = to, ?3 = the published state. */
    private static final String ACTIVITY = """
            select author_id as member_id from idea where created_at >= ?1 and created_at < ?2 and moderation_state = ?3
            union select author_id from discussion_thread where idea_id is null and created_at >= ?1 and created_at < ?2
                and moderation_state = ?3
            union select author_id from post where created_at >= ?1 and created_at < ?2 and not deleted and moderation_state = ?3
            union select member_id from vote where created_at >= ?1 and created_at < ?2""";

    @PersistenceContext
    EntityManager em;

    public Counts counts(Instant from, Instant to) {
        long ideas = count("select count(*) from idea where created_at >= ?1 and created_at < ?2 and moderation_state = ?3", from, to);
        long threads = count("select count(*) from discussion_thread where idea_id is null and created_at >= ?1 and created_at < ?2 "
                + "and moderation_state = ?3", from, to);
        long posts = count("select count(*) from post where created_at >= ?1 and created_at < ?2 and not deleted "
                + "and moderation_state = ?3", from, to);
        long votes = ((Number) em.createNativeQuery("select count(*) from vote where created_at >= ?1 and created_at < ?2")
                .setParameter(1, from.atOffset(ZoneOffset.UTC)).setParameter(2, to.atOffset(ZoneOffset.UTC))
                .getSingleResult()).longValue();
        Object[] members = (Object[]) query("select count(*), coalesce(sum(case when m.created_at >= ?1 then 1 else 0 end), 0) "
                + "from (" + ACTIVITY + ") a join member m on m.id = a.member_id", from, to).getSingleResult();
        return new Counts(ideas, threads, posts, votes, ((Number) members[0]).longValue(), ((Number) members[1]).longValue());
    }

    private long count(String sql, Instant from, Instant to) {
        return ((Number) query(sql, from, to).getSingleResult()).longValue();
    }

    private jakarta.persistence.Query query(String sql, Instant from, Instant to) {
        return em.createNativeQuery(sql).setParameter(1, from.atOffset(ZoneOffset.UTC)).setParameter(2, to.atOffset(ZoneOffset.UTC))
                .setParameter(3, ModerationState.PUBLISHED.name());
    }
}
