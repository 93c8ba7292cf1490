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

    /**
     * Five times a second; while Elasticsearch is unreachable from 0.5 s up to 4 s between attempts: a failed attempt
     * against a stopped node costs one refused connection, and the bound is how long the index stays behind once it is back.
     */
    private final WorkerLoop loop = new WorkerLoop("kring-outbox-indexer", Duration.ofMillis(200), Duration.ofMillis(500),
            Duration.ofSeconds(4), this::drain, this::failed);
    private volatile String lastError;

    void start(@Observes Startup event) {
        loop.start(threads);
    }

    @PreDestroy
    void stop() {
        loop.stop();
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
        List<OutboxEntry> entries = outbox.oldest(BATCH);
        if (entries.isEmpty()) {
            return 0;
        }
        index.ensureExists();
        // Read after the entries: a change committed after a rebuild began reaches its new index too.
        String rebuilding = rebuilds.target();
        // Taken after the entries were read and before the documents are: see the class comment.
        long version = outbox.nextVersion();
        Map<String, Set<Long>> idsByType = new LinkedHashMap<>();
        for (OutboxEntry e : entries) {
            idsByType.computeIfAbsent(e.getEntityType(), t -> new LinkedHashSet<>()).add(e.getEntityId());
        }
        List<BulkOperation> operations = new ArrayList<>();
        for (var byType : idsByType.entrySet()) {
            String type = byType.getKey();
            Map<Long, Map<String, Object>> documents = source(type).documents(byType.getValue());
            for (long id : byType.getValue()) {
                String docId = type + "-" + id;
                Map<String, Object> document = documents.get(id);
                operations.add(document == null
                        ? BulkOperation.of(op -> op.delete(d -> d.id(docId).version(version).versionType(VersionType.External)))
                        : BulkOperation.of(op -> op.index(i -> i.id(docId).version(version).versionType(VersionType.External)
                                .document(document))));
            }
        }
        write(index.alias(), operations);
        if (rebuilding != null) {
            write(rebuilding, operations);
        }
        outbox.done(entries.stream().map(OutboxEntry::getId).collect(Collectors.toList()));
        return entries.size();
    }

    private void write(String target, List<BulkOperation> operations) throws Exception {
        BulkResponse response = search.client().bulk(b -> b.index(target).operations(operations));
        List<String> failures = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            // 409: the index holds a higher version, a state read after ours (so with our changes too).
            if (item.error() != null && item.status() != 409 && !(item.status() == 404 && "delete".equals(item.operationType().jsonValue()))) {
                failures.add(item.id() + ": " + item.error().reason());
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Elasticsearch refused " + failures.size() + " documents, e.g. " + failures.get(0));
        }
    }

    private IndexedContributions source(String type) {
        return sources.stream().filter(s -> s.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No IndexedContributions for type " + type));
    }

    public String lastError() {
        return lastError;
    }
}
