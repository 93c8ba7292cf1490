package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.kring.platform.problems.Forbidden;
import org.kring.platform.ratelimit.WriteBarrier;

/**
 * The one rule of "may this member write?": not before they verified their e-mail address ({@link EmailVerification}),
 * not while a moderator silenced them (read-only until a moment). Every
 * write (ideas, threads, posts, edits, votes, likes, follows, flags) passes the rate limiter, which asks this first.
 * Expiry is by time: the moment is compared with now, so nothing has to lift it.
 */
@ApplicationScoped
public class WriteAccess implements WriteBarrier {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentMember current;

    Clock clock = Clock.systemUTC();

    @Override
    public void check(long memberId) {
        Access access = access(memberId);
        if (!access.verified()) {
            throw new Forbidden(EmailVerification.VERIFY_FIRST);
        }
        Instant until = access.silencedUntil();
        if (until != null && until.isAfter(clock.instant())) {
            throw new Forbidden("You are silenced until " + until + ": you can read, but not post, vote, like or flag until then.");
        }
    }

    /**
     * In a member's own request the authentication read the member a moment ago: its value saves a query on every write
     * (the vote path's hottest). Elsewhere (no request, or acting for another member) the database answers.
     */
    private Access access(long memberId) {
        Caller authenticated = null;
        try {
            authenticated = current.asAuthenticated(memberId);
        } catch (ContextNotActiveException noRequest) {
            // a background job: no member's request around it
        }
        if (authenticated != null) {
            return new Access(authenticated.emailVerified(), authenticated.silencedUntil());
        }
        List<Object[]> row = em.createQuery("select m.emailVerified, m.silencedUntil from Member m where m.id = :id", Object[].class)
                .setParameter("id", memberId).getResultList();
        return row.isEmpty() ? new Access(true, null) : new Access((Boolean) row.get(0)[0], (Instant) row.get(0)[1]);
    }

    private record Access(boolean verified, Instant silencedUntil) {
    }
}
