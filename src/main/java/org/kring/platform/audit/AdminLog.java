package org.kring.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.kring.platform.problems.InvalidInput;

/**
 * The admin audit log: every change an admin makes to topics, challenges and roles, written in the transaction of
 * the change itself. It lives in the platform because features at every layer (members, topics) write to it; the
 * moderation log (moderation.control.ModerationLog) sits above them and keeps content decisions.
 */
@ApplicationScoped
public class AdminLog {

    public static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    /** Each recorded action, inside its transaction: what others show of a topic or challenge may have changed. */
    @Inject
    Event<AdminAction> recorded;

    @Transactional(Transactional.TxType.MANDATORY)
    public AdminAction record(long adminId, String action, String targetType, long targetId, String before, String after) {
        AdminAction line = new AdminAction(adminId, action, targetType, targetId, before, after, Instant.now());
        em.persist(line);
        recorded.fire(line);
        return line;
    }

    /** The newest lines first, of one target type (and id) or of all when null; keyset paged by id below {@code before}. */
    public List<AdminAction> list(String targetType, Long targetId, Long before, int limit) {
        InvalidInput.check().range("limit", limit, 1, MAX_PAGE)
                .that("targetId", targetId == null || targetType != null, "needs targetType").orThrow();
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (targetType != null) {
            where.append(" and a.targetType = :type");
        }
        if (targetId != null) {
            where.append(" and a.targetId = :target");
        }
        if (before != null) {
            where.append(" and a.id < :before");
        }
        var query = em.createQuery("select a from AdminAction a " + where + " order by a.id desc", AdminAction.class)
                .setMaxResults(limit);
        if (targetType != null) {
            query.setParameter("type", targetType);
        }
        if (targetId != null) {
            query.setParameter("target", targetId);
        }
        if (before != null) {
            query.setParameter("before", before);
        }
        return query.getResultList();
    }
}
