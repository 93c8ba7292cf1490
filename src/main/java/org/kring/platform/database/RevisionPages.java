package org.kring.platform.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.kring.platform.problems.InvalidInput;

/**
 * Pages of an item's earlier wordings (idea, post, official answer revisions), newest first, by keyset on
 * (edited_at, id): the next page starts after the last revision of the previous one, at any depth for the same cost.
 * Each revision entity has {@code id}, {@code editedAt} and a field naming its item.
 */
public final class RevisionPages {

    public static final int MAX_LIMIT = 100;

    private RevisionPages() {
    }

    /**
     * @param itemField the revision's field holding the item's id, e.g. {@code ideaId}
     * @param fetch     joins to fetch with each revision (e.g. {@code "join fetch r.editor "}), or empty
     * @param before    the id of the last revision of the previous page; null for the first page
     */
    public static <R> List<R> newestFirst(EntityManager em, Class<R> type, String itemField, long itemId, String fetch,
                                          Long before, int limit) {
        InvalidInput.check().range("limit", limit, 1, MAX_LIMIT).orThrow();
        String entity = type.getSimpleName();
        Instant cursor = null;
        if (before != null) {
            cursor = em.createQuery("select r.editedAt from " + entity + " r where r.id = :before and r." + itemField + " = :item",
                            Instant.class).setParameter("before", before).setParameter("item", itemId)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> InvalidInput.of("before", "is not a revision of this item"));
        }
        TypedQuery<R> query = em.createQuery("select r from " + entity + " r " + fetch + "where r." + itemField + " = :item "
                        + (cursor == null ? "" : "and (r.editedAt < :at or (r.editedAt = :at and r.id < :before)) ")
                        + "order by r.editedAt desc, r.id desc", type)
                .setParameter("item", itemId).setMaxResults(limit);
        if (cursor != null) {
            query.setParameter("at", cursor).setParameter("before", before);
        }
        return query.getResultList();
    }
}
