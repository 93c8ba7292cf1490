package org.kring.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Which index a rebuild is filling, kept in the database so that every Kring instance's outbox indexer sees it
 * (an in-memory flag would let the other instances' changes miss the new index). Each call commits on its own,
 * so the claim is visible before the rebuild reads its first page.
 */
@ApplicationScoped
public class RebuildClaim {

    /** A claim without a heartbeat for this long belongs to a rebuild whose instance died. */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    /** Claims the rebuild for this index; false when a live rebuild holds it already. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean claim(String index) {
        OffsetDateTime now = now();
        em.createNativeQuery("delete from search_rebuild where heartbeat_at < ?1")
                .setParameter(1, now.minus(STALE_AFTER)).executeUpdate();
        // The single-row key decides between two instances claiming at once.
        return em.createNativeQuery("insert into search_rebuild (id, target_index, heartbeat_at) values (1, ?1, ?2) "
                        + "on conflict do nothing")
                .setParameter(1, index).setParameter(2, now).executeUpdate() == 1;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void heartbeat(String index) {
        em.createNativeQuery("update search_rebuild set heartbeat_at = ?1 where target_index = ?2")
                .setParameter(1, now()).setParameter(2, index).executeUpdate();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void release(String index) {
        em.createNativeQuery("delete from search_rebuild where target_index = ?1").setParameter(1, index).executeUpdate();
    }

    /** The index a live rebuild is filling, or null. */
    public String target() {
        List<?> rows = em.createNativeQuery("select target_index from search_rebuild where heartbeat_at >= ?1")
                .setParameter(1, now().minus(STALE_AFTER)).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
