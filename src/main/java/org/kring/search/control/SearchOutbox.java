package org.kring.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.kring.search.entity.OutboxEntry;

/** The features' one door into search: record that a contribution changed, inside the caller's transaction. */
@ApplicationScoped
public class SearchOutbox {

    public static final String IDEA = "idea";

    @PersistenceContext
    EntityManager em;

    /** Must run inside the transaction that made the change: both commit, or neither does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String entityType, long entityId) {
        em.persist(new OutboxEntry(entityType, entityId, Instant.now()));
    }

    /** The oldest pending entries, in the order they were written. */
    public List<OutboxEntry> oldest(int limit) {
        return em.createQuery("select o from OutboxEntry o order by o.id", OutboxEntry.class)
                .setMaxResults(limit).getResultList();
    }

    @Transactional
    public void done(List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("delete from OutboxEntry o where o.id in :ids").setParameter("ids", ids).executeUpdate();
        }
    }

    /** When the oldest pending entry was written, or null when there is none. */
    public Instant oldestCreatedAt() {
        return em.createQuery("select min(o.createdAt) from OutboxEntry o", Instant.class).getSingleResult();
    }

    public long backlog() {
        return em.createQuery("select count(o) from OutboxEntry o", Long.class).getSingleResult();
    }
}
