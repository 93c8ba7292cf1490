package org.kring.search.control;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch._types.VersionType;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.kring.platform.database.InTransaction;
import org.kring.platform.logging.StructuredLog;
import org.kring.platform.work.WorkerLoop;
import org.kring.search.entity.OutboxEntry;

/**
 * Drains the search outbox into Elasticsearch, five times a second, in bulk, on a thread of its own.
 * <ul>
 * <li>Each batch takes a version from the outbox's sequence after it read its entries and before it reads the
 *     documents, and writes every document with it as external version. So a state read later always carries a
 *     higher version: a replay, a late retry or a second indexer can never replace newer data with older
 *     (Elasticsearch refuses it), and a change whose transaction committed after a later one (its entry has
 *     the lower id) still reaches the index. Versioning by entry id lost such a change: its document was
 *     refused as older than the one already indexed, although it had been read later.</li>
 * <li>Entries are removed only after Elasticsearch acknowledged them: a crash of Kring or an
 *     unreachable cluster leaves them in place, and the next run (or instance) catches up.</li>
 * <li>A batch is one transaction that locks its entries from reading them until their removal, so the instances of a
 *     cluster drain the outbox one batch after the other: each change is indexed once, not once per instance, and a
 *     batch reads its documents only after the one before it was written (as on a single instance, so counters never
 *     go back to an older state). An instance that dies mid-batch loses its connection, and with it the locks.</li>
 * <li>A change that moved only counters (a vote, a like) updates those fields of the document instead of writing it
 *     whole: no reading and rendering of the contribution for each vote.</li>
 * <li>While Elasticsearch is unreachable it backs off, up to 4 s between attempts ({@link WorkerLoop}).</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxIndexer {

    private static final Logger LOG = Logger.getLogger(OutboxIndexer.class.getName());
    private static final int BATCH = 500;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    SearchOutbox outbox;

    @Inject
    RebuildClaim rebuilds;

    @Inject
    ContributionIndex index;

    @Inject
    SearchClient search;

    @Inject
    Instance<IndexedContributions> sources;

    @Inject
    SearchMetrics metrics;

    /** Runs each batch, from claiming its entries to removing them, in one transaction. */
    @Inject
    InTransaction batches;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Woken by every committed change (rounds at least 0.2 s apart), else every 2 s; while Elasticsearch is unreachable
     * from 0.5 s up to 4 s between attempts: a failed attempt against a stopped node costs one refused connection, and
     * the bound is how long the index stays behind once it is back.
     */
    private final WorkerLoop loop = new WorkerLoop("kring-outbox-indexer", Duration.ofMillis(200), Duration.ofSeconds(2),
            Duration.ofMillis(500), Duration.ofSeconds(4), this::drain, this::failed);
    private volatile String lastError;

    void start(@Observes Startup event) {
        loop.start(threads);
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }

    /** Sends the worker to the queue once the caller's transaction has committed. */
    public void wakeAfterCommit() {
        loop.wakeAfterCommit(transactions);
    }

    private WorkerLoop.Outcome drain() throws Exception {
        int taken = drainOnce();
        lastError = null;
        // a full batch: there is more, go on at once
        return taken == BATCH ? WorkerLoop.Outcome.MORE : WorkerLoop.Outcome.IDLE;
    }

    private void failed(Exception e, Duration retryIn) {
        lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
        metrics.indexingFailed();
        LOG.log(Level.WARNING, StructuredLog.line("index-sync-failed", "error", lastError, "retryInMillis", retryIn.toMillis()));
    }

    /** Indexes one batch; returns how many outbox entries it took. */
    int drainOnce() throws Exception {
        int taken = batches.call(() -> {
            Batch batch = read();
            if (batch == null) {
                return 0;
            }
            write(index.alias(), batch.operations());
            if (batch.rebuilding() != null) {
                write(batch.rebuilding(), batch.operations());
            }
            outbox.done(batch.entryIds());
            return batch.entryIds().size();
        });
        metrics.indexed(taken);
        return taken;
    }

    /** A batch as read from the database: its outbox entries, the rebuild's index (or null), what to send. */
    private record Batch(List<Long> entryIds, String rebuilding, List<BulkOperation> operations) {
    }

    /** Claims the oldest entries and reads their documents; null when there is nothing to index. */
    private Batch read() throws Exception {
        List<OutboxEntry> entries = outbox.claimOldest(BATCH);
        if (entries.isEmpty()) {
            return null;
        }
        index.ensureExists();
        // Read after the entries: a change committed after a rebuild began reaches its new index too.
        String rebuilding = rebuilds.target();
        // Taken after the entries were read and before the documents are: see the class comment.
        long version = outbox.nextVersion();
        Map<String, Set<Long>> documents = new LinkedHashMap<>();
        Map<String, Set<Long>> counters = new LinkedHashMap<>();
        for (OutboxEntry e : entries) {
            // While a rebuild copies documents it may have read a contribution before its counters moved; only a whole
            // document with a later version is sure to win over that copy.
            boolean countersOnly = e.isCountersOnly() && rebuilding == null;
            (countersOnly ? counters : documents).computeIfAbsent(e.getEntityType(), t -> new LinkedHashSet<>()).add(e.getEntityId());
        }
        List<BulkOperation> operations = new ArrayList<>();
        for (var byType : documents.entrySet()) {
            String type = byType.getKey();
            Map<Long, Map<String, Object>> read = source(type).documents(byType.getValue());
            for (long id : byType.getValue()) {
                String docId = type + "-" + id;
                Map<String, Object> document = read.get(id);
                operations.add(document == null
                        ? BulkOperation.of(op -> op.delete(d -> d.id(docId).version(version).versionType(VersionType.External)))
                        : BulkOperation.of(op -> op.index(i -> i.id(docId).version(version).versionType(VersionType.External)
                                .document(document))));
            }
        }
        for (var byType : counters.entrySet()) {
            String type = byType.getKey();
            // a whole document of this batch carries the counters already
            byType.getValue().removeAll(documents.getOrDefault(type, Set.of()));
            if (!byType.getValue().isEmpty()) {
                source(type).counters(byType.getValue()).forEach((id, fields) -> operations.add(countersUpdate(type + "-" + id, fields)));
            }
        }
        return new Batch(entries.stream().map(OutboxEntry::getId).collect(Collectors.toList()), rebuilding, operations);
    }

    /**
     * A partial update of the counters (Elasticsearch's update cannot take an external version). It still leaves the
     * document's version below the next whole document's: the update adds one to the version, and every batch that
     * updates takes a number from the sequence that versions the documents.
     */
    private static BulkOperation countersUpdate(String docId, Map<String, Object> fields) {
        return BulkOperation.of(op -> op.<Map<String, Object>, Map<String, Object>>update(u -> u.id(docId).retryOnConflict(3)
                .action(a -> a.doc(fields))));
    }

    private void write(String target, List<BulkOperation> operations) throws Exception {
        BulkResponse response = search.client().bulk(b -> b.index(target).operations(operations));
        List<String> failures = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && !harmless(item)) {
                failures.add(item.id() + ": " + item.error().reason());
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Elasticsearch refused " + failures.size() + " documents, e.g. " + failures.get(0));
        }
    }

    /**
     * A whole document refused as older (409: the index holds a state read after ours, so with our changes too), or
     * nothing to delete or to update (404: the document is gone, or not indexed yet and its whole document follows).
     */
    private static boolean harmless(BulkResponseItem item) {
        return switch (item.operationType()) {
            case Index -> item.status() == 409;
            case Delete, Update -> item.status() == 404;
            default -> false;
        };
    }

    private IndexedContributions source(String type) {
        return sources.stream().filter(s -> s.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No IndexedContributions for type " + type));
    }

    public String lastError() {
        return lastError;
    }
}
