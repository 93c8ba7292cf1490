package org.kring.moderation.control;

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

/**
 * The moderation queue as MicroProfile Metrics (GET /metrics): items waiting, the oldest one's age, decisions in the
 * last hour and automatic hides so far. Read from the database, so every instance reports the cluster's figures.
 */
@ApplicationScoped
public class ModerationMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    ModerationQueue queue;

    @PersistenceContext
    EntityManager em;

    void register(@Observes Startup event) {
        registry.gauge(Metadata.builder().withName("kring_moderation_queue_size")
                .withDescription("Queue items waiting for a moderator's decision").build(), this, ModerationMetrics::queueSize);
        registry.gauge(Metadata.builder().withName("kring_moderation_oldest_item_seconds")
                .withDescription("How long the oldest waiting queue item has waited; 0 when none waits")
                .withUnit(MetricUnits.SECONDS).build(), this, ModerationMetrics::oldestSeconds);
        registry.gauge(Metadata.builder().withName("kring_moderation_decisions_last_hour")
                .withDescription("Moderators' decisions logged in the last hour (undo included, automatic hides not)").build(),
                this, ModerationMetrics::decisionsLastHour);
        registry.gauge(Metadata.builder().withName("kring_moderation_auto_hides")
                .withDescription("Contributions hidden automatically by flags, in all").build(), this, ModerationMetrics::autoHides);
    }

    public long queueSize() {
        try {
            return queue.waiting();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    public double oldestSeconds() {
        try {
            return queue.oldestSeconds();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    public long decisionsLastHour() {
        return count("select count(*) from moderation_action where moderator_id is not null and created_at > ?1",
                Instant.now().minus(Duration.ofHours(1)));
    }

    public long autoHides() {
        return count("select count(*) from moderation_action where action = 'AUTO_HIDE' and created_at > ?1", Instant.EPOCH);
    }

    private long count(String sql, Instant since) {
        try {
            return ((Number) em.createNativeQuery(sql).setParameter(1, since.atOffset(ZoneOffset.UTC)).getSingleResult()).longValue();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
