package org.kring.search.control;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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
 * No write is lost: before the first batch is read, the {@link OutboxIndexer} starts writing every
 * change to the new index as well. The rebuild writes its documents with external version 0, the
 * outbox with version = outbox id (&ge; 1), so a change indexed by the outbox always wins over the
 * rebuild's possibly older read of the same contribution, whichever arrives first.
 * One rebuild at a time per Kring instance; the outbox of other instances does not see the new index.
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
    Instance<IndexedContributions> sources;

    private volatile State state = State.IDLE;
    private volatile String target;
    private volatile long done;
    private volatile long total;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String error;

    /** Starts a rebuild on a thread of its own; false when one is running already. */
    public synchronized boolean start() {
        if (state == State.RUNNING || state == State.SWAPPING) {
            return false;
        }
        state = State.RUNNING;
        done = 0;
        total = 0;
        error = null;
        finishedAt = null;
        startedAt = Instant.now();
        target = search.name("contributions-v" + startedAt.toEpochMilli());
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
            index.ensureExists();
            List<String> old = index.indicesBehindAlias();
            index.createVersion(newIndex);
            ContributionIndex.Settings settings = index.pauseRefresh(newIndex);
            // From now on every change the outbox indexes also goes to the new index.
            index.rebuildingInto(newIndex);
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
                }
            }
            check(pending);
            done += inFlight;
            index.restore(newIndex, settings);
            state = State.SWAPPING;
            search.client().indices().refresh(r -> r.index(newIndex));
            index.moveAliasTo(newIndex, old);
            index.rebuildingInto(null);
            for (String o : old) {
                search.client().indices().delete(d -> d.index(o));
            }
            finishedAt = Instant.now();
            state = State.DONE;
            LOG.info(StructuredLog.line("reindex-done", "index", newIndex, "documents", done,
                    "seconds", Duration.between(startedAt, finishedAt).toSeconds()));
        } catch (Exception e) {
            index.rebuildingInto(null);
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            finishedAt = Instant.now();
            state = State.FAILED;
            LOG.log(Level.WARNING, StructuredLog.line("reindex-failed", "index", newIndex, "error", error), e);
            try {
                if (!index.indicesBehindAlias().contains(newIndex)) {
                    search.client().indices().delete(d -> d.index(newIndex).ignoreUnavailable(true));
                }
            } catch (Exception ignored) {
                // the cluster is gone; an orphan index is harmless and the next rebuild has another name
            }
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
