package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Moderation's settings: the auto-hide threshold (per topic, else the default), the queue's target time, claims. */
@ApplicationScoped
public class ModerationSettings {

    @PersistenceContext
    EntityManager em;

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

    /** How long an item may wait before the queue marks it overdue. */
    public Duration target() {
        return Duration.ofHours(targetHours);
    }

    /** How long a claim holds before another moderator may take the item. */
    public Duration claim() {
        return Duration.ofMinutes(claimMinutes);
    }
}
