package org.kring.platform.logging;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the request lines ({@link RequestLogFilter}) on a thread of its own. Logging them on the request thread went
 * through the console handler, which formats and writes under one lock: under 64 concurrent votes, thread dumps showed
 * dozens of request threads waiting for that lock (issue 11). A request thread now only puts its line in a bounded
 * queue; when the queue is full (the console cannot keep up) the line is dropped and counted, and the count is logged,
 * so that logging never holds up a member's request.
 */
@ApplicationScoped
public class RequestLog {

    static final int CAPACITY = 10_000;
    private static final Logger LOG = Logger.getLogger("org.kring.requests");

    @Resource
    ManagedThreadFactory threads;

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private volatile Thread writer;

    void start(@Observes Startup event) {
        Thread thread = threads.newThread(this::drain);
        thread.setName("kring-request-log");
        thread.start();
        writer = thread;
    }

    @PreDestroy
    void stop() {
        Thread thread = writer;
        writer = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Whether request lines are written at all (the logger's level); when not, callers need not make them. */
    public boolean enabled() {
        return LOG.isLoggable(Level.INFO);
    }

    /** Hands a line to the writer; before it started (or after it stopped) the line is written here. */
    public void write(String line) {
        if (writer == null) {
            LOG.info(line);
        } else if (!lines.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    /** The writer: one line after the other, then what was dropped meanwhile; at the end, what is left. */
    void drain() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                LOG.info(lines.take());
                long lost = dropped.getAndSet(0);
                if (lost > 0) {
                    LOG.warning(() -> StructuredLog.line("request-log-dropped", "lines", lost));
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
        for (String line = lines.poll(); line != null; line = lines.poll()) {
            LOG.info(line);
        }
    }
}
