package org.kring.notifications.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kring.platform.logging.StructuredLog;
import org.kring.platform.work.WorkerLoop;

/**
 * Expands announced events into notifications on a thread of its own, twice a second and then page after page
 * until none is pending; after a failure (the database away) it waits up to 4 s before the next attempt.
 */
@ApplicationScoped
public class FanOutWorker {

    private static final Logger LOG = Logger.getLogger(FanOutWorker.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    FanOuts fanOuts;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Woken by each announcement, else every 5 s; while the database is away from 1 s up to 4 s between attempts. */
    private final WorkerLoop loop = new WorkerLoop("kring-notification-fanout", Duration.ofMillis(500), Duration.ofSeconds(5),
            Duration.ofSeconds(1), Duration.ofSeconds(4), this::expand, FanOutWorker::failed);

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

    private WorkerLoop.Outcome expand() {
        return fanOuts.expandNext() ? WorkerLoop.Outcome.MORE : WorkerLoop.Outcome.IDLE;
    }

    private static void failed(Exception e, Duration retryIn) {
        LOG.log(Level.WARNING, StructuredLog.line("notification-fanout-failed", "error",
                e.getClass().getSimpleName() + ": " + e.getMessage(), "retryInMillis", retryIn.toMillis()));
    }
}
