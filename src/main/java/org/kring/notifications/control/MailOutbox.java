package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.kring.notifications.entity.OutgoingMail;

/**
 * The notification e-mails waiting to go out, sent a small batch per transaction: the batch's due rows are claimed in
 * one statement (locked, and skipped by any other worker), handed to the server one after the other and marked sent
 * in one statement, in the transaction that claimed them. So a mail the server accepted is never sent again unless
 * Kring died before that commit: then at most the {@link #BATCH} mails of the batch in flight go out once more, with
 * the same Message-IDs. A failed attempt waits 2, 4, 8, ... seconds, at most 10 minutes, before the next.
 */
@ApplicationScoped
public class MailOutbox {

    static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    /**
     * Mails per transaction: one commit per ten mails instead of one per mail (the commit was most of a mail's cost),
     * and still at most ten repeats after a crash.
     */
    static final int BATCH = 10;

    /** Hands one mail to the server; throws (and changes nothing) when that fails. */
    @FunctionalInterface
    public interface Delivery {
        void deliver(OutgoingMail mail) throws Exception;
    }

    /** One batch: how many mails were due (at most {@link #BATCH}), how many went out, and what stopped it (or null). */
    public record Batch(int due, int sent, Exception failure) {

        /** True when a full batch went out, so more may be due. */
        public boolean full() {
            return failure == null && sent == BATCH;
        }
    }

    @PersistenceContext
    EntityManager em;

    /**
     * Sends the next batch of due mails, oldest due first, until one fails: the mails before it are marked sent, the
     * failed one waits its back-off, the rest stay due.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch sendNext(Delivery delivery) {
        @SuppressWarnings("unchecked")
        List<OutgoingMail> due = em.createNativeQuery("select * from mail_outbox where sent_at is null and next_attempt_at <= ?1 "
                        + "order by next_attempt_at, id limit " + BATCH + " for update skip locked", OutgoingMail.class)
                .setParameter(1, Instant.now().atOffset(ZoneOffset.UTC)).getResultList();
        int sent = 0;
        Exception failure = null;
        for (OutgoingMail mail : due) {
            try {
                delivery.deliver(mail);
                sent++;
            } catch (Exception e) {
                failure = e;
                failed(mail.getId(), mail.getAttempts(), e.getClass().getSimpleName() + ": " + e.getMessage());
                break;
            }
        }
        if (sent > 0) {
            // Ids are numbers from the database, so listing them in the statement is safe.
            em.createNativeQuery("update mail_outbox set sent_at = ?1, attempts = attempts + 1, last_error = null where id in ("
                            + due.subList(0, sent).stream().map(m -> m.getId().toString()).collect(Collectors.joining(",")) + ")")
                    .setParameter(1, Instant.now().atOffset(ZoneOffset.UTC)).executeUpdate();
        }
        return new Batch(due.size(), sent, failure);
    }

    /** Records a failed attempt and when to try again. */
    private void failed(long id, int attemptsBefore, String error) {
        Instant next = Instant.now().plus(backoff(attemptsBefore + 1));
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
