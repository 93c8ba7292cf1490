package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kring.members.entity.AuthToken;
import org.kring.members.entity.Member;

/** Issues, checks and revokes API login tokens (kring.auth.token-days, default 30). */
@ApplicationScoped
public class AuthTokens {

    /** A token as handed to the member, once: only its hash is stored. */
    public record Issued(String token, Instant expiresAt, Member member) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "kring.auth.token-days", defaultValue = "30")
    int tokenDays;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Issued issue(Member member) {
        String token = TokenCodec.newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(tokenDays));
        em.persist(new AuthToken(em.getReference(Member.class, member.getId()), TokenCodec.hash(token), now, expiresAt));
        return new Issued(token, expiresAt, member);
    }

    /**
     * The caller whose token this is, when the token is known, not expired, not revoked and its member not suspended:
     * asked on every API request, so one indexed query of four columns (no entities to build, revocation and
     * suspension count at once).
     */
    public Optional<Caller> callerFor(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createQuery(Caller.SELECT + "from AuthToken t join t.member m where t.tokenHash = :hash "
                        + "and t.revokedAt is null and t.expiresAt > :now and " + Caller.NOT_SUSPENDED, Caller.class)
                .setParameter("hash", TokenCodec.hash(token)).setParameter("now", now).getResultStream().findFirst();
    }

    /** Ends the token (logout); false when there was no such token. */
    @Transactional
    public boolean revoke(String token) {
        Optional<AuthToken> found = find(token);
        found.ifPresent(t -> t.revoke(clock.instant()));
        return found.isPresent();
    }

    private Optional<AuthToken> find(String token) {
        return em.createQuery("select t from AuthToken t join fetch t.member where t.tokenHash = :hash", AuthToken.class)
                .setParameter("hash", TokenCodec.hash(token)).getResultStream().findFirst();
    }
}
