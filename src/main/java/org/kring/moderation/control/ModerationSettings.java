package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kring.platform.problems.InvalidInput;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

/**
 * Moderation's settings: the auto-hide threshold (per topic, set by admins, else the configured default), the queue's
 * target time, how long a claim holds.
 */
@ApplicationScoped
public class ModerationSettings {

    private static final BigDecimal MIN_SCORE = new BigDecimal("0.5");
    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    @PersistenceContext
    EntityManager em;

    @Inject
    Topics topics;

    @Inject
    @ConfigProperty(name = "kring.moderation.hide-score", defaultValue = "3")
    BigDecimal defaultHideScore;

    @Inject
    @ConfigProperty(name = "kring.moderation.target-hours", defaultValue = "24")
    int targetHours;

    @Inject
    @ConfigProperty(name = "kring.moderation.claim-minutes", defaultValue = "15")
    int claimMinutes;

    /** The score at which flags hide a contribution of this topic at once (a member's profile: the default). */
    public BigDecimal hideScore(Long topicId) {
        if (topicId == null) {
            return defaultHideScore;
        }
        List<?> set = em.createNativeQuery("select hide_score from moderation_threshold where topic_id = ?1").setParameter(1, topicId)
                .getResultList();
        return set.isEmpty() ? defaultHideScore : new BigDecimal(String.valueOf(set.get(0)));
    }

    /** The thresholds of every topic at once: those admins set, the default for the others. */
    public record HideScores(Map<Long, BigDecimal> own, BigDecimal fallback) {

        /** The threshold of this topic (null: a member's profile, the default). */
        public BigDecimal of(Long topicId) {
            return topicId == null ? fallback : own.getOrDefault(topicId, fallback);
        }
    }

    /** Every topic's threshold in one query. */
    public HideScores hideScores() {
        Map<Long, BigDecimal> own = new HashMap<>();
        for (Object row : em.createNativeQuery("select topic_id, hide_score from moderation_threshold").getResultList()) {
            Object[] cells = (Object[]) row;
            own.put(((Number) cells[0]).longValue(), new BigDecimal(String.valueOf(cells[1])));
        }
        return new HideScores(own, defaultHideScore);
    }

    /** A topic's auto-hide threshold and whether it is the topic's own or the default. */
    public record Threshold(String topic, BigDecimal hideScore, boolean own) {
    }

    /** Every topic's threshold, in the topics' order. */
    public List<Threshold> thresholds() {
        HideScores scores = hideScores();
        return topics.all().stream()
                .map(t -> new Threshold(t.getSlug(), scores.of(t.getId()), scores.own().containsKey(t.getId()))).toList();
    }

    /** An admin sets a topic's threshold (0.5 to 100; a member's flag weighs 1, a moderator's 2). */
    @Transactional
    public Threshold setHideScore(String topicSlug, BigDecimal hideScore) {
        Optional<Topic> topic = topicSlug == null ? Optional.empty() : topics.bySlug(topicSlug);
        InvalidInput.check()
                .that("topic", topic.isPresent(), "must be the slug of an existing topic")
                .that("hideScore", hideScore != null && hideScore.compareTo(MIN_SCORE) >= 0 && hideScore.compareTo(MAX_SCORE) <= 0,
                        "must be between " + MIN_SCORE + " and " + MAX_SCORE)
                .orThrow();
        long topicId = topic.get().getId();
        int updated = em.createNativeQuery("update moderation_threshold set hide_score = ?1 where topic_id = ?2")
                .setParameter(1, hideScore).setParameter(2, topicId).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into moderation_threshold (topic_id, hide_score) values (?1, ?2)")
                    .setParameter(1, topicId).setParameter(2, hideScore).executeUpdate();
        }
        return new Threshold(topicSlug, hideScore, true);
    }

    /** How long an item may wait before the queue marks it overdue. */
    public Duration target() {
        return Duration.ofHours(targetHours);
    }

    /** How long a claim holds before another moderator may take the item. */
    public Duration claim() {
        return Duration.ofMinutes(claimMinutes);
    }
}
