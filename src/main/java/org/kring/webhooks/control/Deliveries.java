package org.kring.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.kring.notifications.control.Announcement;
import org.kring.notifications.control.Notifications;
import org.kring.notifications.entity.Notification;
import org.kring.platform.database.Timestamps;

/**
 * The sender's side of the delivery outbox, each step in a short transaction of its own, none while a receiver is
 * being called. A due delivery is claimed by moving its next attempt past the sender's timeout (a conditional update:
 * of two instances one wins); the attempt's outcome is recorded afterwards. So a delivery is sent twice only when
 * Kring dies while it is in flight: the claim then runs out and another attempt goes, with the same Kring-Delivery id.
 */
@ApplicationScoped
public class Deliveries {

    /** How long a claimed delivery is held: well past the connect (2 s) and request (5 s) timeouts. */
    static final Duration CLAIM = Duration.ofSeconds(60);
    static final int MAX_ERROR = 500;

    /** A claimed delivery, with what the sender needs to send it. */
    public record Claimed(long id, long webhookId, String url, String secret, String event, String body, int attempts,
                          Instant queuedAt) {
    }

    /** What an attempt came to: the receiver's status (null: not reached), its response time and why it failed. */
    public record Attempt(Claimed delivery, Instant at, Integer status, long millis, String error) {

        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookSettings settings;

    @Inject
    Notifications notifications;

    /** Claims up to {@code limit} due deliveries of switched-on hooks, the longest waiting first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claim(int limit) {
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        List<?> due = em.createNativeQuery("select d.id, d.webhook_id, w.url, w.secret, d.event, d.body, d.attempts, d.created_at "
                        + "from webhook_delivery d join webhook w on w.id = d.webhook_id where d.state = 'PENDING' "
                        + "and d.next_attempt_at <= ?1 and w.enabled = true order by d.next_attempt_at, d.id limit " + limit)
                .setParameter(1, now).getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Object row : due) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            int won = em.createNativeQuery("update webhook_delivery set next_attempt_at = ?2 where id = ?1 and state = 'PENDING' "
                    + "and next_attempt_at <= ?3").setParameter(1, id).setParameter(2, now.plus(CLAIM)).setParameter(3, now).executeUpdate();
            if (won == 1) {
                claimed.add(new Claimed(id, ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                        ((Number) r[6]).intValue(), Timestamps.instant(r[7])));
            }
        }
        return claimed;
    }

    /**
     * Logs the attempt and moves the delivery on: delivered, tried again later (see {@link RetrySchedule}), or given up
     * after 24 hours. A failure counts against the hook; the failure that reaches the limit switches it off (one
     * conditional update: exactly once) and tells the admins.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Attempt attempt) {
        Claimed d = attempt.delivery();
        String error = attempt.error() == null ? null
                : attempt.error().length() > MAX_ERROR ? attempt.error().substring(0, MAX_ERROR) : attempt.error();
        OffsetDateTime at = attempt.at().atOffset(ZoneOffset.UTC);
        // Inserted only while the delivery exists: its hook may have been deleted while it was in flight.
        em.createNativeQuery("insert into webhook_attempt (id, delivery_id, attempted_at, status_code, response_millis, error) "
                        + "select nextval('webhook_attempt_seq'), id, ?2, cast(?3 as integer), ?4, cast(?5 as varchar) "
                        + "from webhook_delivery where id = ?1")
                .setParameter(1, d.id()).setParameter(2, at).setParameter(3, attempt.status()).setParameter(4, (int) attempt.millis())
                .setParameter(5, error).executeUpdate();
        if (attempt.delivered()) {
            em.createNativeQuery("update webhook_delivery set state = 'DELIVERED', attempts = attempts + 1, delivered_at = ?2, "
                            + "last_status = ?3, last_response_millis = ?4, last_error = null where id = ?1")
                    .setParameter(1, d.id()).setParameter(2, at).setParameter(3, attempt.status()).setParameter(4, (int) attempt.millis())
                    .executeUpdate();
            em.createNativeQuery("update webhook set consecutive_failures = 0 where id = ?1 and consecutive_failures <> 0")
                    .setParameter(1, d.webhookId()).executeUpdate();
            return;
        }
        Instant next = settings.retries().nextAttempt(d.queuedAt(), attempt.at(), d.attempts() + 1);
        em.createNativeQuery("update webhook_delivery set state = ?2, attempts = attempts + 1, next_attempt_at = ?3, "
                        + "last_status = cast(?4 as integer), last_response_millis = ?5, last_error = cast(?6 as varchar) where id = ?1")
                .setParameter(1, d.id()).setParameter(2, next == null ? "GAVE_UP" : "PENDING")
                .setParameter(3, (next == null ? attempt.at() : next).atOffset(ZoneOffset.UTC)).setParameter(4, attempt.status())
                .setParameter(5, (int) attempt.millis()).setParameter(6, error).executeUpdate();
        em.createNativeQuery("update webhook set consecutive_failures = consecutive_failures + 1 where id = ?1")
                .setParameter(1, d.webhookId()).executeUpdate();
        String reason = "Switched off after " + settings.maxFailures() + " failed attempts in a row; the last: "
                + (attempt.status() != null ? "HTTP " + attempt.status() : error);
        int switchedOff = em.createNativeQuery("update webhook set enabled = false, disabled_reason = ?2, updated_at = ?3 "
                        + "where id = ?1 and enabled = true and consecutive_failures >= ?4")
                .setParameter(1, d.webhookId()).setParameter(2, reason.length() > 300 ? reason.substring(0, 300) : reason)
                .setParameter(3, at).setParameter(4, settings.maxFailures()).executeUpdate();
        if (switchedOff == 1) {
            notifications.announce(new Announcement(AdminAudience.NAME, d.webhookId(), null, Notification.Kind.WEBHOOK_DISABLED,
                    d.url(), null, reason, "/notifications.xhtml"));
        }
    }

    /**
     * Removes up to {@code batch} finished deliveries (delivered or given up) made before {@code before}, with their
     * attempts, oldest first; answers how many. Waiting ones stay, however old (a switched-off hook's). One short
     * transaction per batch over the index on created_at (V22_1), so the log of a busy hook never takes a long lock.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int prune(Instant before, int batch) {
        return em.createNativeQuery("delete from webhook_delivery where id in (select id from webhook_delivery "
                        + "where created_at < ?1 and state <> 'PENDING' order by created_at limit ?2)")
                .setParameter(1, before.atOffset(ZoneOffset.UTC)).setParameter(2, batch).executeUpdate();
    }
}
