package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.logging.Logger;
import org.kring.members.entity.Member;
import org.kring.platform.privacy.PersonalData;
import org.kring.platform.problems.NotAuthenticated;

/**
 * A member erases their account (GDPR art. 17). In one transaction: a placeholder "former member" is created (no
 * email of theirs, no profile, no password), every feature hands it what the member contributed or deletes it
 * ({@link PersonalData#handOver}), tokens go, the member's row goes, and the erasure is recorded without personal
 * data. Votes stay as votes of the placeholder, so every count stays exact; the search index is refreshed through
 * the outbox by the features that own the content. An open web session ends at its next request, as the member
 * behind it no longer exists.
 */
@ApplicationScoped
public class AccountErasure {

    static final String FORMER_MEMBER_NAME = "Former member";
    private static final Logger LOG = Logger.getLogger(AccountErasure.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<PersonalData> shares;

    @Inject
    Members members;

    Clock clock = Clock.systemUTC();

    /** Erases the account after checking its password again (a stolen session alone cannot erase it). */
    @Transactional
    public void erase(long memberId, String password, boolean deleteContent) {
        Member member = members.find(memberId).orElseThrow(() -> new NotAuthenticated("This account no longer exists."));
        if (password == null || !PasswordHasher.matches(password, member.getPasswordHash())) {
            throw new NotAuthenticated("Confirm with your current password to erase your account.");
        }
        Member former = new Member("former-" + UUID.randomUUID() + "@members.invalid", FORMER_MEMBER_NAME, "erased",
                Member.Role.MEMBER, clock.instant());
        em.persist(former);
        em.flush();
        em.createNativeQuery("update member set former = true where id = ?1").setParameter(1, former.getId()).executeUpdate();
        shares.forEach(share -> share.handOver(memberId, former.getId(), deleteContent));
        em.flush();
        em.clear(); // the features changed rows behind the persistence context's back
        em.createNativeQuery("delete from member where id = ?1").setParameter(1, memberId).executeUpdate();
        em.createNativeQuery("insert into account_erasure (id, erased_at, content_deleted) "
                        + "values (nextval('account_erasure_seq'), ?1, ?2)")
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC)).setParameter(2, deleteContent).executeUpdate();
        LOG.info(() -> "An account was erased (content " + (deleteContent ? "deleted" : "kept as a former member's") + ")");
    }
}
