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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.kring.platform.logging.StructuredLog;
import org.kring.search.entity.OutboxEntry;

/**
 * Drains the search outbox into Elasticsearch, five times a second, in bulk, on a thread of its own.
 * <ul>
 * <li>Each document is written with external version = the id of its newest outbox entry, so a
 *     replay or a late retry can never replace newer data with older (Elasticsearch refuses it).</li>
 * <li>Entries are removed only after Elasticsearch acknowledged them: a crash of Kring or an
 *     unreachable cluster leaves them in place, and the next run (or instance) catches up.</li>
 * <li>While Elasticsearch is unreachable it backs off, up to 30 s between attempts.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxIndexer {

    private static final Logger LOG = Logger.getLogger(OutboxIndexer.class.getName());
    private static final int BATCH = 500;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private static final long PAUSE_MILLIS = 200;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    SearchOutbox outbox;

    @Inject
    ContributionIndex index;

    @Inject
    SearchClient search;

    @Inject
    Instance<IndexedContributions> sources;

    @Inject
    SearchMetrics metrics;

    private Thread worker;
    private volatile boolean running;
    private Duration backoff = Duration.ZERO;
    private Instant nextAttempt = Instant.EPOCH;
    private volatile Instant lastSuccess;
    private volatile String lastError;

    void start(@Observes Startup event) {
        running = true;
        worker = threads.newThread(this::loop);
        worker.setName("kring-outbox-indexer");
        worker.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void loop() {
        while (running) {
            drainSafely();
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void drainSafely() {
        if (Instant.now().isBefore(nextAttempt)) {
            return;
        }
        try {
            while (drainOnce() == BATCH) {
                // a full batch: there is more, go on at once
            }
            backoff = Duration.ZERO;
            lastError = null;
            lastSuccess = Instant.now();
        } catch (Exception e) {
            backoff = backoff.isZero() ? Duration.ofMillis(500) : min(backoff.multipliedBy(2), MAX_BACKOFF);
            nextAttempt = Instant.now().plus(backoff);
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            metrics.indexingFailed();
            LOG.log(Level.WARNING, StructuredLog.line("index-sync-failed", "error", lastError,
                    "retryInMillis", backoff.toMillis()));
        }
    }

    /** Indexes one batch; returns how many outbox entries it took. */
    int drainOnce() throws Exception {
        List<OutboxEntry> entries = outbox.oldest(BATCH);
        if (entries.isEmpty()) {
            return 0;
        }
        index.ensureExists();
        // Read after the entries: a change committed after a rebuild began reaches its new index too.
        String rebuilding = index.rebuildTarget();
        List<BulkOperation> operations = new ArrayList<>();
        // The newest entry per document wins; its id is the document's version.
        Map<String, Map<Long, Long>> versionsByType = new LinkedHashMap<>();
        for (OutboxEntry e : entries) {
            versionsByType.computeIfAbsent(e.getEntityType(), t -> new LinkedHashMap<>()).put(e.getEntityId(), e.getId());
        }
        for (var byType : versionsByType.entrySet()) {
            String type = byType.getKey();
            Map<Long, Long> versions = byType.getValue();
            Map<Long, Map<String, Object>> documents = source(type).documents(versions.keySet());
            versions.forEach((id, version) -> {
                String docId = type + "-" + id;
                Map<String, Object> document = documents.get(id);
                if (document == null) {
                    operations.add(BulkOperation.of(op -> op.delete(d -> d.id(docId).version(version).versionType(VersionType.External))));
                } else {
                    operations.add(BulkOperation.of(op -> op.index(i -> i.id(docId).version(version).versionType(VersionType.External)
                            .document(document))));
                }
            });
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
            // 409: the index already holds this version or a newer one, which is what we want.
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

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }

    public String lastError() {
        return lastError;
    }
}
