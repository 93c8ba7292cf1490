package org.kring.search.control;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kring.platform.logging.StructuredLog;

/**
 * Rebuilds the contributions index from the database: a new index version (contributions-v&lt;millis&gt;,
 * from the same JSON definition), filled in batches through the features' {@link IndexedContributions},
 * then the alias moves to it in one update_aliases call and the old version is deleted. Searches go
 * on against the old version meanwhile. While it fills, the new index neither refreshes nor replicates
 * (restored before the swap), and the next batch is read from the database while the last one is indexed.
 * <p>
 * No write is lost: before the first batch is read, every {@link OutboxIndexer} starts writing every
 * change to the new index as well. The rebuild writes its documents with external version 0, the
 * outbox with version = outbox id (&ge; 1), so a change indexed by the outbox always wins over the
 * rebuild's possibly older read of the same contribution, whichever arrives first.
 * The claim ({@link RebuildClaim}) lives in the database, so the outbox indexers of all instances see it and
 * only one rebuild runs in the cluster at a time. Progress is reported by the instance that runs it.
 */
@ApplicationScoped
public class Reindexer {

    public enum State { IDLE, RUNNING, SWAPPING, DONE, FAILED }

    /** Progress: how far, how fast, how long still. */
    public record Progress(State state, String index, long done, long total, double ratePerSecond, Long secondsLeft,
                           Instant startedAt, Instant finishedAt, String error) {
    }

    private static final Logger LOG = Logger.getLogger(Reindexer.class.getName());
    /** Contributions per database read and per bulk request (about 2 MB of JSON). */
    private static final int BATCH = 2_000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    ContributionIndex index;

    @Inject
    SearchClient search;

    @Inject
    RebuildClaim rebuilds;

    @Inject
    Instance<IndexedContributions> sources;

    private volatile State state = State.IDLE;
    private volatile String target;
    private volatile long done;
    private volatile long total;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String error;

    /**
     * Creates the new index version and claims the rebuild for it, then fills it on a thread of its own;
     * false when a rebuild runs already, here or on another instance.
     */
    public synchronized boolean start() {
        if (state == State.RUNNING || state == State.SWAPPING) {
            return false;
        }
        Instant now = Instant.now();
        String newIndex = search.name("contributions-v" + now.toEpochMilli());
        try {
            index.ensureExists();
            // Before the claim: an outbox indexer that sees the claim must find the index there.
            index.createVersion(newIndex);
            if (!rebuilds.claim(newIndex)) {
                deleteQuietly(newIndex);
                return false;
            }
        } catch (IOException | ElasticsearchException e) {
            deleteQuietly(newIndex);
            throw new Search.Unavailable(e);
        }
        state = State.RUNNING;
        done = 0;
        total = 0;
        error = null;
        finishedAt = null;
        startedAt = now;
        target = newIndex;
        Thread worker = threads.newThread(this::run);
        worker.setName("kring-reindex");
        worker.start();
        return true;
    }

    public Progress progress() {
        Instant start = startedAt;
        double seconds = start == null ? 0 : Math.max(0.001, Duration.between(start,
                finishedAt == null ? Instant.now() : finishedAt).toMillis() / 1000.0);
        double rate = seconds == 0 ? 0 : done / seconds;
        Long left = state == State.RUNNING && rate > 0 ? Math.round(Math.max(0, total - done) / rate) : null;
        return new Progress(state, target, done, total, Math.round(rate * 10) / 10.0, left, start, finishedAt, error);
    }

    private void run() {
        String newIndex = target;
        try {
            // Every change the outbox indexes from the claim on also goes to the new index.
            List<String> old = index.indicesBehindAlias();
            ContributionIndex.Settings settings = index.pauseRefresh(newIndex);
            List<IndexedContributions> all = sources.stream().toList();
            long count = 0;
            for (IndexedContributions source : all) {
                count += source.count();
            }
            total = count;
            // One bulk request in flight (the async client; no second managed thread, whose end would close
            // this thread's entity manager): the next batch is read while Elasticsearch indexes the last one.
            CompletableFuture<BulkResponse> pending = CompletableFuture.completedFuture(null);
            int inFlight = 0;
            for (IndexedContributions source : all) {
                long after = 0;
                List<Long> ids;
                while (!(ids = source.idsAfter(after, BATCH)).isEmpty()) {
                    BulkRequest request = request(newIndex, source.type(), source.documents(ids));
                    check(pending);
                    done += inFlight;
                    pending = request == null ? CompletableFuture.completedFuture(null) : search.asyncClient().bulk(request);
                    inFlight = ids.size();
                    after = ids.get(ids.size() - 1);
                    rebuilds.heartbeat(newIndex);
                }
            }
            check(pending);
            done += inFlight;
            index.restore(newIndex, settings);
            state = State.SWAPPING;
            search.client().indices().refresh(r -> r.index(newIndex));
            index.moveAliasTo(newIndex, old);
            rebuilds.release(newIndex);
            for (String o : old) {
                search.client().indices().delete(d -> d.index(o));
            }
            finishedAt = Instant.now();
            state = State.DONE;
            LOG.info(StructuredLog.line("reindex-done", "index", newIndex, "documents", done,
                    "seconds", Duration.between(startedAt, finishedAt).toSeconds()));
        } catch (Exception e) {
            rebuilds.release(newIndex);
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            finishedAt = Instant.now();
            state = State.FAILED;
            LOG.log(Level.WARNING, StructuredLog.line("reindex-failed", "index", newIndex, "error", error), e);
            deleteQuietly(newIndex);
        }
    }

    /** Deletes a version the alias does not point at; an orphan left behind when the cluster is gone is harmless. */
    private void deleteQuietly(String version) {
        try {
            if (!index.indicesBehindAlias().contains(version)) {
                search.client().indices().delete(d -> d.index(version).ignoreUnavailable(true));
            }
        } catch (Exception ignored) {
            // the next rebuild has another name
        }
    }

    /** Version 0: whatever the outbox writes (version = its id, at least 1) wins over this snapshot. */
    private static BulkRequest request(String newIndex, String type, Map<Long, Map<String, Object>> documents) {
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(newIndex);
        documents.forEach((id, document) -> bulk.operations(op -> op.index(i -> i.id(type + "-" + id)
                .version(0L).versionType(VersionType.External).document(document))));
        return documents.isEmpty() ? null : bulk.build();
    }

    /** Waits for a bulk request; a document Elasticsearch refused (other than for an older version) fails the rebuild. */
    private static void check(CompletableFuture<BulkResponse> pending) throws Exception {
        BulkResponse response;
        try {
            response = pending.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        if (response == null) {
            return;
        }
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && item.status() != 409) {
                throw new IllegalStateException("Elasticsearch refused " + item.id() + ": " + item.error().reason());
            }
        }
    }
}
