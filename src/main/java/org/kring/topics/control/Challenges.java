package org.kring.topics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kring.topics.entity.Challenge;
import org.kring.topics.entity.Topic;

/** The company's challenges: time-boxed questions on top of the always-on topics. */
@ApplicationScoped
public class Challenges {

    @PersistenceContext
    EntityManager em;

    /** All challenges, or those of one topic; the newest first. */
    public List<Challenge> list(String topicSlug) {
        String where = topicSlug == null ? "" : " where c.topic.slug = :slug";
        var query = em.createQuery("select c from Challenge c join fetch c.topic" + where + " order by c.opensAt desc, c.id desc",
                Challenge.class);
        if (topicSlug != null) {
            query.setParameter("slug", topicSlug);
        }
        return query.getResultList();
    }

    public Optional<Challenge> bySlug(String slug) {
        return em.createQuery("select c from Challenge c join fetch c.topic where c.slug = :slug", Challenge.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** Challenges open at this moment in listed topics (an archived topic takes no new ideas), closing soonest first. */
    public List<Challenge> openAt(Instant at) {
        return em.createQuery("select c from Challenge c join fetch c.topic t where c.opensAt <= :at and c.closesAt > :at "
                + "and t.archivedAt is null order by c.closesAt", Challenge.class).setParameter("at", at).getResultList();
    }

    @Transactional
    public Challenge create(Topic topic, String slug, String titleNl, String titleEn, String descriptionNl,
                            String descriptionEn, Instant opensAt, Instant closesAt) {
        Challenge challenge = new Challenge(em.merge(topic), slug, titleNl, titleEn, descriptionNl, descriptionEn,
                opensAt, closesAt, Instant.now());
        em.persist(challenge);
        return challenge;
    }
}
