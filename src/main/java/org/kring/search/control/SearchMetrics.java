package org.kring.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * How far the index is behind, as MicroProfile Metrics (GET /metrics): the outbox backlog, the indexing
 * lag (age of the oldest outbox entry) and the indexing errors so far.
 */
@ApplicationScoped
public class SearchMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    SearchOutbox outbox;

    private Counter errors;

    void register(@Observes Startup event) {
        errors();
        registry.gauge(Metadata.builder().withName("kring_search_outbox_backlog")
                .withDescription("Changes the search index has not seen yet (rows in search_outbox)").build(),
                this, SearchMetrics::backlog);
        registry.gauge(Metadata.builder().withName("kring_search_indexing_lag_seconds")
                .withDescription("Age of the oldest change the search index has not seen yet; 0 when none")
                .withUnit(MetricUnits.SECONDS).build(),
                this, SearchMetrics::lagSeconds);
    }

    private synchronized Counter errors() {
        if (errors == null) {
            errors = registry.counter(Metadata.builder().withName("kring_search_indexing_errors_total")
                    .withDescription("Failed attempts to write outbox changes to Elasticsearch").build());
        }
        return errors;
    }

    /** The outbox indexer failed once more. */
    public void indexingFailed() {
        errors().inc();
    }

    public long errorCount() {
        return errors().getCount();
    }

    public long backlog() {
        try {
            return outbox.backlog();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Seconds since the oldest pending outbox entry was written; 0 when the outbox is empty; -1 when unknown. */
    public double lagSeconds() {
        try {
            Instant oldest = outbox.oldestCreatedAt();
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
