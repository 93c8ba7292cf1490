package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.kring.notifications.entity.OutgoingMail;

/**
 * The notification e-mails waiting to go out. Each is sent in a transaction of its own that holds its row: it is
 * marked sent in the transaction that handed it to the server, so a mail the server accepted is never sent again
 * unless Kring died between the server's acceptance and the commit (then it goes out once more, with the same
 * Message-ID). A failed attempt waits 2, 4, 8, ... seconds, at most 10 minutes, before the next.
 */
@ApplicationScoped
public class MailOutbox {

    static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    /** Hands one mail to the server; throws (and changes nothing) when that fails. */
    @FunctionalInterface
    public interface Delivery {
        void deliver(OutgoingMail mail) throws Exception;
    }

    @PersistenceContext
    EntityManager em;

    /** Ids of unsent mails whose next attempt is due, oldest due first. */
    public List<Long> due(int limit) {
        return em.createNativeQuery("select id from mail_outbox where sent_at is null and next_attempt_at <= ?1 "
                        + "order by next_attempt_at, id limit " + limit)
                .setParameter(1, Instant.now().atOffset(ZoneOffset.UTC)).getResultStream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    /** Sends this mail unless another worker sent it meanwhile; true when it went out now. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public boolean send(long id, Delivery delivery) throws Exception {
        List<?> unsent = em.createNativeQuery("select id from mail_outbox where id = ?1 and sent_at is null for update")
                .setParameter(1, id).getResultList();
        if (unsent.isEmpty()) {
            return false;
        }
        delivery.deliver(em.find(OutgoingMail.class, id));
        em.createNativeQuery("update mail_outbox set sent_at = ?2, attempts = attempts + 1, last_error = null where id = ?1")
                .setParameter(1, id).setParameter(2, Instant.now().atOffset(ZoneOffset.UTC)).executeUpdate();
        return true;
    }

    /** Records a failed attempt and when to try again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, String error) {
        Number attempts = (Number) em.createNativeQuery("select attempts from mail_outbox where id = ?1").setParameter(1, id)
                .getSingleResult();
        Instant next = Instant.now().plus(backoff(attempts.intValue() + 1));
        em.createNativeQuery("update mail_outbox set attempts = attempts + 1, next_attempt_at = ?2, last_error = ?3 where id = ?1")
                .setParameter(1, id).setParameter(2, next.atOffset(ZoneOffset.UTC))
                .setParameter(3, error.length() > 500 ? error.substring(0, 500) : error).executeUpdate();
    }

    /** 2^attempts seconds, at most {@link #MAX_BACKOFF}. */
    static Duration backoff(int attempts) {
        return attempts >= 10 ? MAX_BACKOFF : Duration.ofSeconds(Math.min(1L << attempts, MAX_BACKOFF.toSeconds()));
    }

    /** Mails not sent yet. */
    public long backlog() {
        return ((Number) em.createNativeQuery("select count(*) from mail_outbox where sent_at is null").getSingleResult()).longValue();
    }
}
