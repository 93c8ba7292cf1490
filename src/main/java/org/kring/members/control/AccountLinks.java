package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.kring.platform.problems.InvalidInput;

/**
 * One-time links mailed to a member (e-mail verification, unlock). A link's token is 256 random bits; only its SHA-256
 * is stored (table account_link), with its purpose and expiry. Using a link marks it used in one conditional update,
 * so two clicks at once cannot both pass.
 */
@ApplicationScoped
public class AccountLinks {

    public enum Purpose {
        VERIFY_EMAIL(Duration.ofHours(24)),
        UNLOCK(Duration.ofHours(1));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    /** The API's reasons for a link that cannot be used (pages show their own texts by {@link Refused}). */
    public enum Refused {
        UNKNOWN("is not a valid link: copy the whole link from the mail"),
        EXPIRED("has expired: ask for a new link"),
        USED("was already used");

        public final String reason;

        Refused(String reason) {
            this.reason = reason;
        }
    }

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** A new link's token for this member (the mail shows it once), valid for its purpose's lifetime. */
    @Transactional
    public String issue(long memberId, Purpose purpose) {
        String token = TokenCodec.newToken();
        Instant now = clock.instant();
        em.createNativeQuery("insert into account_link (token_hash, member_id, purpose, created_at, expires_at) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, TokenCodec.hash(token)).setParameter(2, memberId).setParameter(3, purpose.name())
                .setParameter(4, now.atOffset(ZoneOffset.UTC)).setParameter(5, now.plus(purpose.lifetime).atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return token;
    }

    /** Uses the link: its member's id, or a 400 on field {@code token} that says why not (unknown, expired, used). */
    @Transactional
    public long use(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw refusal(Refused.UNKNOWN);
        }
        String hash = TokenCodec.hash(token.strip());
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        List<?> link = em.createNativeQuery("select member_id, expires_at, used_at from account_link "
                        + "where token_hash = ?1 and purpose = ?2")
                .setParameter(1, hash).setParameter(2, purpose.name()).getResultList();
        if (link.isEmpty()) {
            throw refusal(Refused.UNKNOWN);
        }
        int used = em.createNativeQuery("update account_link set used_at = ?2 where token_hash = ?1 and used_at is null "
                        + "and expires_at > ?2")
                .setParameter(1, hash).setParameter(2, now).executeUpdate();
        if (used == 1) {
            return ((Number) ((Object[]) link.get(0))[0]).longValue();
        }
        throw refusal(((Object[]) link.get(0))[2] != null ? Refused.USED : Refused.EXPIRED);
    }

    /** A refusal of field {@code token} whose page text is {@code link.<reason>}. */
    static InvalidInput refusal(Refused why) {
        return InvalidInput.of("token", why.reason, "link." + why.name().toLowerCase(java.util.Locale.ROOT));
    }
}
