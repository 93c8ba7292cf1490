package org.kring.notifications.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kring.platform.logging.StructuredLog;

/**
 * Expands announced events into notifications on a thread of its own, twice a second and then page after page
 * until none is pending; after a failure (the database away) it waits up to 4 s before the next attempt.
 */
@ApplicationScoped
public class FanOutWorker {

    private static final Logger LOG = Logger.getLogger(FanOutWorker.class.getName());
    private static final long PAUSE_MILLIS = 500;
    private static final long MAX_BACKOFF_MILLIS = 4000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    FanOuts fanOuts;

    private Thread worker;
    private volatile boolean running;

    void start(@Observes Startup event) {
        running = true;
        worker = threads.newThread(this::loop);
        worker.setName("kring-notification-fanout");
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
        long pause = PAUSE_MILLIS;
        while (running) {
            try {
                while (running && fanOuts.expandNext()) {
                    // more pending: go on at once
                }
                pause = PAUSE_MILLIS;
            } catch (RuntimeException e) {
                pause = Math.min(pause * 2, MAX_BACKOFF_MILLIS);
                LOG.log(Level.WARNING, StructuredLog.line("notification-fanout-failed", "error",
                        e.getClass().getSimpleName() + ": " + e.getMessage(), "retryInMillis", pause));
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
