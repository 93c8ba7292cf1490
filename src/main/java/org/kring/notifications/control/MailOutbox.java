package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kring.notifications.entity.OutgoingMail;

/**
 * The notification e-mails waiting to go out, sent a small batch per transaction: the batch's due rows are claimed in
 * one statement (locked, and skipped by any other worker), handed to the server (see {@link MailWorker}) and marked
 * sent in one statement, in the transaction that claimed them. So a mail the server accepted is never sent again unless
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

    /**
     * What became of a mail of a batch: sent; failed (it waits its back-off); or not tried, as the way to the server
     * failed before its turn (it stays due).
     */
    public record Attempt(boolean sent, Exception failure) {

        public static final Attempt SENT = new Attempt(true, null);
        public static final Attempt NOT_TRIED = new Attempt(false, null);

        public static Attempt failed(Exception failure) {
            return new Attempt(false, failure);
        }
    }

    /** Hands a batch's mails to the server, each at most once; answers what became of each, in the batch's order. */
    @FunctionalInterface
    public interface Delivery {
        List<Attempt> deliver(List<OutgoingMail> mails);
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
     * Sends the next batch of due mails, oldest due first: the mails that went out are marked sent, a failed one waits
     * its back-off, those not tried stay due. The batch's mails are all handed over before this transaction commits,
     * so at most {@link #BATCH} are sent again after a crash.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch sendNext(Delivery delivery) {
        @SuppressWarnings("unchecked")
        List<OutgoingMail> due = em.createNativeQuery("select * from mail_outbox where sent_at is null and next_attempt_at <= ?1 "
                        + "order by next_attempt_at, id limit " + BATCH + " for update skip locked", OutgoingMail.class)
                .setParameter(1, Instant.now().atOffset(ZoneOffset.UTC)).getResultList();
        List<Attempt> attempts = due.isEmpty() ? List.of() : delivery.deliver(due);
        List<Long> sent = new ArrayList<>();
        Exception failure = null;
        for (int i = 0; i < due.size(); i++) {
            OutgoingMail mail = due.get(i);
            Attempt attempt = attempts.get(i);
            if (attempt.sent()) {
                sent.add(mail.getId());
            } else if (attempt.failure() != null) {
                failed(mail.getId(), mail.getAttempts(), attempt.failure().getClass().getSimpleName() + ": " + attempt.failure().getMessage());
                failure = failure == null ? attempt.failure() : failure;
            }
        }
        if (!sent.isEmpty()) {
            // Ids are numbers from the database, so listing them in the statement is safe.
            em.createNativeQuery("update mail_outbox set sent_at = ?1, attempts = attempts + 1, last_error = null where id in ("
                            + sent.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")
                    .setParameter(1, Instant.now().atOffset(ZoneOffset.UTC)).executeUpdate();
        }
        return new Batch(due.size(), sent.size(), failure);
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
