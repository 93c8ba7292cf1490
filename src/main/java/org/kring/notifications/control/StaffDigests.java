package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The weekly internal digest for staff (moderators, analysts, admins; issue 14 item 9): off until a staff member
 * subscribes. A subscription is the member's digest state row of the period {@value #PERIOD} in
 * {@code notification_digest}, so the digest job ({@link DigestWorker}, the one place for digest timing) makes it like
 * the members' weekly digests: once per week, in one transaction that locks the row, puts the mail in the outbox and
 * moves the row on. A member who is no longer staff when it is made gets none, and their subscription ends.
 */
@ApplicationScoped
public class StaffDigests {

    public static final String PERIOD = "STAFF";
    /** The outbox kind of the mail; its content is written when it is sent ({@link StaffDigestContent}). */
    public static final String KIND = "STAFF_DIGEST";
    static final String STAFF_ROLES = "'MODERATOR', 'ANALYST', 'ADMIN'";

    @PersistenceContext
    EntityManager em;

    @Inject
    MailWorker mailer;

    public boolean subscribed(long memberId) {
        return !em.createNativeQuery("select 1 from notification_digest where member_id = ?1 and period = ?2")
                .setParameter(1, memberId).setParameter(2, PERIOD).getResultList().isEmpty();
    }

    /** Subscribes a staff member (the caller checked the role); the first digest comes when the week turns. Idempotent. */
    @Transactional
    public void subscribe(long memberId, Instant now) {
        em.createNativeQuery("insert into notification_digest (member_id, period, through_id, made_at) values (?1, ?2, 0, ?3) "
                        + "on conflict do nothing")
                .setParameter(1, memberId).setParameter(2, PERIOD).setParameter(3, now.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    @Transactional
    public void unsubscribe(long memberId) {
        em.createNativeQuery("delete from notification_digest where member_id = ?1 and period = ?2")
                .setParameter(1, memberId).setParameter(2, PERIOD).executeUpdate();
    }

    /** Subscribers whose digest was last made before {@code madeBefore}, above {@code afterMember}, ascending. */
    public List<Long> due(Instant madeBefore, long afterMember, int limit) {
        return em.createNativeQuery("select member_id from notification_digest where period = ?1 and made_at < ?2 "
                        + "and member_id > ?3 order by member_id limit " + limit)
                .setParameter(1, PERIOD).setParameter(2, madeBefore.atOffset(ZoneOffset.UTC)).setParameter(3, afterMember)
                .getResultStream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Makes the member's digest if still due: true when a mail went into the outbox. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean make(long memberId, Instant madeBefore, Instant now) {
        List<?> state = em.createNativeQuery("select member_id from notification_digest where member_id = ?1 and period = ?2 "
                        + "and made_at < ?3 for update")
                .setParameter(1, memberId).setParameter(2, PERIOD).setParameter(3, madeBefore.atOffset(ZoneOffset.UTC)).getResultList();
        if (state.isEmpty()) {
            return false;
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        int mails = em.createNativeQuery("insert into mail_outbox (id, member_id, fanout_id, to_address, to_name, language, kind, "
                        + "subject, status, excerpt, link, attempts, next_attempt_at, created_at, digest_ids) "
                        + "select nextval('mail_outbox_seq'), m.id, null, m.email, m.display_name, coalesce(p.language, 'nl'), ?2, "
                        + "'WEEKLY', null, null, '/dashboard.xhtml', 0, ?3, ?3, null "
                        + "from member m left join notification_preference p on p.member_id = m.id "
                        + "where m.id = ?1 and m.former = false and m.role in (" + STAFF_ROLES + ")")
                .setParameter(1, memberId).setParameter(2, KIND).setParameter(3, at).executeUpdate();
        mailer.wakeAfterCommit();
        if (mails == 0) {
            unsubscribe(memberId);
            return false;
        }
        em.createNativeQuery("update notification_digest set made_at = ?3 where member_id = ?1 and period = ?2")
                .setParameter(1, memberId).setParameter(2, PERIOD).setParameter(3, at).executeUpdate();
        return true;
    }
}
