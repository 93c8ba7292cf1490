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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The moderation queue as MicroProfile Metrics (GET /metrics): items waiting, in all and per topic, the oldest one's age,
 * decisions in the last hour and automatic hides so far. Read from the database, so every instance reports the
 * cluster's figures.
 */
@ApplicationScoped
public class ModerationMetrics {

    static final String WAITING_PER_TOPIC = "kring_moderation_queue_size_by_topic";
    /** A scrape reads every topic's gauge at once: they share one grouped query, read again after this long. */
    private static final Duration FRESH = Duration.ofSeconds(1);

    /** The waiting items per topic slug as last read, and when. */
    private record PerTopic(Instant readAt, Map<String, Long> waiting) {
    }

    @Inject
    MetricRegistry registry;

    @Inject
    ModerationQueue queue;

    @PersistenceContext
    EntityManager em;

    private volatile PerTopic perTopic = new PerTopic(Instant.EPOCH, Map.of());
    /** The topics (slugs; "" for items without one) that have their gauge. */
    private final Set<String> topicGauges = ConcurrentHashMap.newKeySet();

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
        waitingPerTopic();
    }

    /** The gauge of one topic's waiting items ({@code topic=""}: items without a topic, i.e. members reported). */
    private void registerTopic(String slug) {
        registry.gauge(Metadata.builder().withName(WAITING_PER_TOPIC)
                .withDescription("Queue items waiting for a moderator's decision, per topic (topic=\"\": members reported)").build(),
                this, metrics -> metrics.waitingPerTopic().getOrDefault(slug, -1L), new Tag("topic", slug));
    }

    /**
     * The waiting items per topic, read at most once per {@link #FRESH} (one query per scrape, not one per topic). A topic
     * seen for the first time (created since the start, also on another instance) gets its gauge, shown from the next
     * scrape on; a deleted one loses it.
     */
    Map<String, Long> waitingPerTopic() {
        PerTopic last = perTopic;
        if (last.readAt().isAfter(Instant.now().minus(FRESH))) {
            return last.waiting();
        }
        Map<String, Long> waiting;
        try {
            waiting = queue.waitingPerTopic();
        } catch (RuntimeException e) {
            return Map.of();
        }
        perTopic = new PerTopic(Instant.now(), waiting);
        waiting.keySet().stream().filter(topicGauges::add).forEach(this::registerTopic);
        for (String slug : List.copyOf(topicGauges)) {
            if (!waiting.containsKey(slug) && topicGauges.remove(slug)) {
                registry.remove(new MetricID(WAITING_PER_TOPIC, new Tag("topic", slug)));
            }
        }
        return waiting;
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
