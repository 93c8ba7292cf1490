package org.kring.webhooks.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kring.platform.logging.StructuredLog;
import org.kring.platform.work.WorkerLoop;

/**
 * Keeps the delivery log from growing without end: once a minute each instance removes finished deliveries older than
 * KRING_WEBHOOKS_KEEP_DAYS (30), a batch of {@value #BATCH} per transaction, batch after batch until none are left.
 * Two instances may prune at once: a row is deleted once, the other's statement skips it.
 */
@ApplicationScoped
public class DeliveryPruning {

    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(DeliveryPruning.class.getName());

    @Resource
    ManagedThreadFactory threads;
    @Inject
    Deliveries deliveries;
    @Inject
    WebhookSettings settings;

    private final WorkerLoop loop = new WorkerLoop("kring-webhook-pruning", Duration.ofMinutes(1), Duration.ofMinutes(1),
            Duration.ofMinutes(10), this::round, DeliveryPruning::failed);

    void start(@Observes Startup event) {
        loop.start(threads);
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }

    private WorkerLoop.Outcome round() {
        int removed = deliveries.prune(Instant.now().minus(settings.keep()), BATCH);
        if (removed > 0) {
            LOG.info(StructuredLog.line("webhook-deliveries-pruned", "removed", removed));
        }
        return removed == BATCH ? WorkerLoop.Outcome.MORE : WorkerLoop.Outcome.IDLE;
    }

    private static void failed(Exception e, Duration retryIn) {
        LOG.log(Level.WARNING, StructuredLog.line("webhook-pruning-failed", "error", e.getClass().getSimpleName() + ": "
                + e.getMessage(), "retryInMillis", retryIn.toMillis()));
    }
}
