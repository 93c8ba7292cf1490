package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.kring.platform.problems.Forbidden;
import org.kring.platform.ratelimit.WriteBarrier;

/**
 * The one rule of "may this member write?": not while a moderator silenced them (read-only until a moment). Every
 * write (ideas, threads, posts, edits, votes, likes, follows, flags) passes the rate limiter, which asks this first.
 * Expiry is by time: the moment is compared with now, so nothing has to lift it.
 */
@ApplicationScoped
public class WriteAccess implements WriteBarrier {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @Override
    public void check(long memberId) {
        // A list, not findFirst: the one row's value is null for a member who is not silenced.
        List<Instant> until = em.createQuery("select m.silencedUntil from Member m where m.id = :id", Instant.class)
                .setParameter("id", memberId).getResultList();
        if (!until.isEmpty() && until.get(0) != null && until.get(0).isAfter(clock.instant())) {
            throw new Forbidden("You are silenced until " + until.get(0) + ": you can read, but not post, vote, like or flag until then.");
        }
    }
}
