package org.kring.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * How far the index is behind, as MicroProfile Metrics (GET /metrics): the outbox backlog, the indexing
 * lag (age of the oldest outbox entry), the entries indexed and the indexing errors so far.
 * Not for health checks: Payara's health endpoint runs them outside the application, where the
 * MetricRegistry cannot be injected (NullPointerException in MetricsServiceImpl.getContext).
 */
@ApplicationScoped
public class SearchMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    SearchOutbox outbox;

    private Counter errors;
    private Counter indexed;

    void register(@Observes Startup event) {
        errors();
        indexed();
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

    private synchronized Counter indexed() {
        if (indexed == null) {
            indexed = registry.counter(Metadata.builder().withName("kring_search_outbox_indexed_total")
                    .withDescription("Outbox entries this instance wrote to Elasticsearch (in a cluster, the instances' sum "
                            + "is the number of changes: each is indexed by one instance)").build());
        }
        return indexed;
    }

    /** The outbox indexer wrote this many entries to Elasticsearch and removed them. */
    public void indexed(int entries) {
        indexed().inc(entries);
    }

    /** The outbox indexer failed once more. */
    public void indexingFailed() {
        errors().inc();
    }

    public long backlog() {
        try {
            return outbox.backlog();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The outbox's lag in seconds; -1 when unknown. */
    public double lagSeconds() {
        try {
            return outbox.lagSeconds();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
