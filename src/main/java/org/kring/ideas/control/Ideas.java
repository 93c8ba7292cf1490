package org.kring.ideas.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kring.ideas.entity.Idea;
import org.kring.members.entity.Member;
import org.kring.search.control.SearchOutbox;
import org.kring.topics.entity.Topic;

/** Posting and reading ideas. Every write also tells the search index, in the same transaction. */
@ApplicationScoped
public class Ideas {

    public static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchOutbox outbox;

    @Transactional
    public Idea post(Topic topic, Member author, String title, String body, String language, Instant at) {
        Idea idea = new Idea(em.merge(topic), em.merge(author), title, body, language, at);
        em.persist(idea);
        em.flush();
        outbox.changed(SearchOutbox.IDEA, idea.getId());
        return idea;
    }

    public Optional<Idea> find(long id) {
        return em.createQuery("select i from Idea i join fetch i.topic join fetch i.author where i.id = :id", Idea.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** Newest first, optionally in one topic; topic and author come in the same query (no N+1). */
    public List<Idea> newest(String topicSlug, int limit) {
        String where = topicSlug == null ? "" : " where i.topic.slug = :slug";
        var query = em.createQuery("select i from Idea i join fetch i.topic join fetch i.author" + where
                + " order by i.createdAt desc, i.id desc", Idea.class);
        if (topicSlug != null) {
            query.setParameter("slug", topicSlug);
        }
        return query.setMaxResults(Math.min(limit, MAX_PAGE)).getResultList();
    }

    public long count() {
        return em.createQuery("select count(i) from Idea i", Long.class).getSingleResult();
    }
}
