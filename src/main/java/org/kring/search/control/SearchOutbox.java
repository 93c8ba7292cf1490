package org.kring.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.kring.platform.database.Positional;
import org.kring.platform.database.Timestamps;
import org.kring.search.entity.OutboxEntry;

/** The features' one door into search: record that a contribution changed, inside the caller's transaction. */
@ApplicationScoped
public class SearchOutbox {

    public static final String IDEA = "idea";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ContributionChanged> changes;

    @Inject
    OutboxIndexer indexer;

    /**
     * Must run inside the transaction that made the change: both commit, or neither does. One statement that
     * takes its id from the sequence itself (a persisted entity would first ask the sequence, a second round trip
     * on every vote, like and post).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String entityType, long entityId) {
        record(entityType, entityId, false);
        changes.fire(new ContributionChanged(entityType, entityId));
    }

    /**
     * Like {@link #changed}, for a change that moved only the contribution's counters (a vote, a like, a post under
     * an idea): the indexer then updates those fields ({@link IndexedContributions#counters}) instead of reading and
     * rendering the whole contribution again, the cost a vote used to pay.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void countersChanged(String entityType, long entityId) {
        record(entityType, entityId, true);
    }

    private void record(String entityType, long entityId, boolean countersOnly) {
        em.createNativeQuery("insert into search_outbox (id, entity_type, entity_id, created_at, counters_only) "
                        + "values (nextval('search_outbox_seq'), ?1, ?2, ?3, ?4)")
                .setParameter(1, entityType).setParameter(2, entityId).setParameter(3, Instant.now().atOffset(ZoneOffset.UTC))
                .setParameter(4, countersOnly).executeUpdate();
        indexer.wakeAfterCommit();
    }

    /**
     * Records a change of every row of {@code table} whose {@code column} equals {@code value} (e.g. all posts of a
     * thread that moderation hid), in one statement inside the caller's transaction. Table and column are the
     * calling feature's own names, never input.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int changedWhere(String entityType, String table, String column, long value) {
        changes.fire(new ContributionChanged(entityType, null));
        indexer.wakeAfterCommit();
        return em.createNativeQuery("insert into search_outbox (id, entity_type, entity_id, created_at) "
                        + "select nextval('search_outbox_seq'), ?1, id, ?2 from " + table + " where " + column + " = ?3")
                .setParameter(1, entityType).setParameter(2, Instant.now().atOffset(ZoneOffset.UTC)).setParameter(3, value)
                .executeUpdate();
    }

    /**
     * Like {@link #changedWhere} for several values of the column at once (e.g. all posts of the threads a bulk
     * decision hid), or, with {@code column} "id", like {@link #changed} for a selection of rows: one statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int changedWhereIn(String entityType, String table, String column, Collection<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        changes.fire(new ContributionChanged(entityType, null));
        indexer.wakeAfterCommit();
        Positional p = new Positional();
        String sql = "insert into search_outbox (id, entity_type, entity_id, created_at) select nextval('search_outbox_seq'), "
                + p.add(entityType) + ", id, " + p.add(Instant.now().atOffset(ZoneOffset.UTC)) + " from " + table + " where "
                + column + " in " + p.list(values);
        return p.bind(em.createNativeQuery(sql)).executeUpdate();
    }

    /** Like {@link #countersChanged} for a selection of contributions, in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void countersChangedAll(String entityType, Collection<Long> entityIds) {
        if (entityIds.isEmpty()) {
            return;
        }
        Positional p = new Positional();
        String type = p.add(entityType);
        String at = p.add(Instant.now().atOffset(ZoneOffset.UTC));
        String rows = entityIds.stream().map(id -> "(nextval('search_outbox_seq'), " + type + ", " + p.add(id) + ", " + at + ", true)")
                .collect(Collectors.joining(", "));
        p.bind(em.createNativeQuery("insert into search_outbox (id, entity_type, entity_id, created_at, counters_only) values " + rows))
                .executeUpdate();
        indexer.wakeAfterCommit();
    }

    /** A number higher than every entry id and version handed out so far (the index's external versions). */
    public long nextVersion() {
        return ((Number) em.createNativeQuery("select nextval('search_outbox_seq')").getSingleResult()).longValue();
    }

    /**
     * The oldest pending entries, in the order they were written, locked until the caller's transaction ends: another
     * instance asking meanwhile waits, then gets those its batch left (see {@link OutboxIndexer}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<OutboxEntry> claimOldest(int limit) {
        return em.createNativeQuery("select * from search_outbox order by id limit " + limit + " for update", OutboxEntry.class)
                .getResultList();
    }

    @Transactional
    public void done(List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("delete from OutboxEntry o where o.id in :ids").setParameter("ids", ids).executeUpdate();
        }
    }

    /** When the oldest pending entry was written, or null when there is none. */
    public Instant oldestCreatedAt() {
        return Timestamps.instant(em.createNativeQuery("select min(created_at) from search_outbox").getSingleResult());
    }

    /** Seconds since the oldest pending entry was written; 0 when the outbox is empty. */
    public double lagSeconds() {
        Instant oldest = oldestCreatedAt();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
    }

    public long backlog() {
        return em.createQuery("select count(o) from OutboxEntry o", Long.class).getSingleResult();
    }
}
