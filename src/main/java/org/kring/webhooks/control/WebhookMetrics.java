package org.kring.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.kring.platform.database.Timestamps;

/**
 * The delivery outbox as MicroProfile Metrics (GET /metrics): deliveries waiting, and how far the sender is behind
 * (the most overdue delivery of a switched-on hook; 0 when it keeps up). Read from the database: the cluster's figures.
 */
@ApplicationScoped
public class WebhookMetrics {

    @Inject
    MetricRegistry registry;

    @PersistenceContext
    EntityManager em;

    void register(@Observes Startup event) {
        registry.gauge(Metadata.builder().withName("kring_webhooks_pending")
                .withDescription("Webhook deliveries waiting to be sent or retried").build(), this, WebhookMetrics::pending);
        registry.gauge(Metadata.builder().withName("kring_webhooks_lag_seconds")
                .withDescription("How long the most overdue delivery to a switched-on webhook has been due; 0 when none is")
                .withUnit(MetricUnits.SECONDS).build(), this, WebhookMetrics::lagSeconds);
    }

    public long pending() {
        try {
            return ((Number) em.createNativeQuery("select count(*) from webhook_delivery where state = 'PENDING'").getSingleResult())
                    .longValue();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    public double lagSeconds() {
        try {
            Instant now = Instant.now();
            Object oldest = em.createNativeQuery("select min(d.next_attempt_at) from webhook_delivery d join webhook w "
                    + "on w.id = d.webhook_id where d.state = 'PENDING' and w.enabled = true and d.next_attempt_at <= ?1")
                    .setParameter(1, now.atOffset(ZoneOffset.UTC)).getSingleResult();
            Instant due = Timestamps.instant(oldest);
            return due == null ? 0 : Math.max(0, Duration.between(due, now).toMillis() / 1000.0);
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
