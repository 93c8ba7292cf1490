package org.kring.topics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kring.topics.entity.Topic;

/** The community's boards, in the order the company chose. */
@ApplicationScoped
public class Topics {

    @PersistenceContext
    EntityManager em;

    /** Every topic, archived ones too (for looking names up: what an archived topic holds stays readable). */
    public List<Topic> all() {
        return em.createQuery("select t from Topic t order by t.position, t.id", Topic.class).getResultList();
    }

    /** The topics on boards and offered for new ideas and threads: all but the archived ones. */
    public List<Topic> listed() {
        return em.createQuery("select t from Topic t where t.archivedAt is null order by t.position, t.id", Topic.class)
                .getResultList();
    }

    public Optional<Topic> find(long id) {
        return Optional.ofNullable(em.find(Topic.class, id));
    }

    public Optional<Topic> bySlug(String slug) {
        return em.createQuery("select t from Topic t where t.slug = :slug", Topic.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public boolean exists(long id) {
        return em.find(Topic.class, id) != null;
    }

    public long count() {
        return em.createQuery("select count(t) from Topic t", Long.class).getSingleResult();
    }
}
