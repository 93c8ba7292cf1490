package org.kring.search.boundary;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.kring.search.control.SearchClient;
import org.kring.search.control.OutboxIndexer;
import org.kring.search.control.SearchMetrics;
import org.kring.search.control.SearchOutbox;

/**
 * Ready only while Elasticsearch answers with a yellow or green cluster. Reports the outbox backlog:
 * how many changes the index has not seen yet.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @Inject
    SearchClient search;

    @Inject
    SearchOutbox outbox;

    @Inject
    SearchMetrics metrics;

    @Inject
    OutboxIndexer indexer;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("elasticsearch");
        try {
            response.withData("outboxBacklog", outbox.backlog());
            response.withData("indexingLagSeconds", String.valueOf(metrics.lagSeconds()));
        } catch (RuntimeException e) {
            response.withData("outboxBacklog", "unknown (database unavailable)");
        }
        response.withData("indexingErrors", metrics.errorCount());
        if (indexer.lastError() != null) {
            response.withData("lastIndexingError", indexer.lastError());
        }
        try {
            HealthStatus status = search.client().cluster().health(h -> h.timeout(t -> t.time("2s"))).status();
            return response.status(status != HealthStatus.Red).withData("cluster", status.jsonValue()).build();
        } catch (Exception e) {
            return response.down().withData("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
