package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;
import org.kring.notifications.entity.Delivery;
import org.kring.notifications.entity.PreferenceKind;

/**
 * Turns announced events into notifications, one page of recipients per transaction: the page's notifications and
 * the fan-out's progress commit together, so after a crash the next run resumes after the last committed page, and a
 * page replayed for any reason adds nobody twice (each insert skips members who have it; a unique key backs that).
 * Each recipient's e-mail goes into the mail outbox in the same transaction (see {@link MailWorker}).
 */
@ApplicationScoped
public class FanOuts {

    /** Recipients per transaction: one insert statement each, short enough to hold the fan-out's row lock. */
    static final int RECIPIENTS_PER_PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    MailWorker mailer;

    @Inject
    Instance<Audience> audiences;

    /** Expands one page of the oldest pending fan-out; false when none is pending. */
    @Transactional
    public boolean expandNext() {
        // Locked: a second Kring instance waits for this page and then continues after it.
        List<?> pending = em.createNativeQuery("select id, audience, target_id, actor_id, done_through, kind from notification_fanout "
                + "order by id limit 1 for update").getResultList();
        if (pending.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) pending.get(0);
        long fanOut = ((Number) row[0]).longValue();
        Long actor = row[3] == null ? null : ((Number) row[3]).longValue();
        List<Long> members = audience((String) row[1]).membersAfter(((Number) row[2]).longValue(), ((Number) row[4]).longValue(),
                RECIPIENTS_PER_PAGE);
        String recipients = members.stream().filter(m -> !m.equals(actor)).map(String::valueOf).collect(Collectors.joining(","));
        if (!recipients.isEmpty()) {
            // Ids are numbers from the database, so listing them in the statement is safe; one statement per page.
            em.createNativeQuery("insert into notification (id, member_id, fanout_id, kind, subject, status, excerpt, link, created_at) "
                    + "select nextval('notification_seq'), m.id, f.id, f.kind, f.subject, f.status, f.excerpt, f.link, f.created_at "
                    + "from member m join notification_fanout f on f.id = ?1 where m.id in (" + recipients + ") and m.former = false "
                    + "and not exists (select 1 from notification n where n.fanout_id = f.id and n.member_id = m.id)")
                    .setParameter(1, fanOut).executeUpdate();
            // Their e-mails, in the same transaction: members who chose immediate mails for this kind (the default) get one
            // each; digests gather the notifications of the kinds chosen for them later (see Digests).
            PreferenceKind kind = PreferenceKind.of((String) row[5]);
            em.createNativeQuery("insert into mail_outbox (id, member_id, fanout_id, to_address, to_name, language, kind, subject, "
                    + "status, excerpt, link, attempts, next_attempt_at, created_at) "
                    + "select nextval('mail_outbox_seq'), m.id, f.id, m.email, m.display_name, coalesce(p.language, 'nl'), f.kind, "
                    + "f.subject, f.status, f.excerpt, f.link, 0, f.created_at, f.created_at "
                    + "from member m join notification_fanout f on f.id = ?1 left join notification_preference p on p.member_id = m.id "
                    + "left join notification_choice c on c.member_id = m.id and c.kind = '" + kind + "' "
                    + "where m.id in (" + recipients + ") and m.former = false and " + Preferences.delivery("c", "p", kind) + " = '"
                    + Delivery.IMMEDIATE + "' "
                    + "and not exists (select 1 from mail_outbox o where o.fanout_id = f.id and o.member_id = m.id)")
                    .setParameter(1, fanOut).executeUpdate();
            mailer.wakeAfterCommit();
        }
        if (members.size() < RECIPIENTS_PER_PAGE) {
            em.createNativeQuery("delete from notification_fanout where id = ?1").setParameter(1, fanOut).executeUpdate();
        } else {
            em.createNativeQuery("update notification_fanout set done_through = ?2 where id = ?1")
                    .setParameter(1, fanOut).setParameter(2, members.get(members.size() - 1)).executeUpdate();
        }
        return true;
    }

    /** Events announced and not yet told to their whole audience. */
    public long backlog() {
        return ((Number) em.createNativeQuery("select count(*) from notification_fanout").getSingleResult()).longValue();
    }

    private Audience audience(String name) {
        return audiences.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No Audience named " + name));
    }
}
