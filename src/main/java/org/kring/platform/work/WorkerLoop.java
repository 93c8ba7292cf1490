package org.kring.platform.work;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;

/**
 * One background worker thread that works through a durable queue (the search outbox, notification fan-out, the mail
 * outbox): it runs rounds back to back while a round says there is more, pauses when the queue is empty, and after a
 * failed round (database or remote server away) waits twice as long as the last time, up to a limit, so that an
 * outage costs one attempt per few seconds and the queue is caught up soon after the outage ends.
 * <p>
 * An empty queue is not polled in a tight loop: the code that queues work {@link #wake wakes} the worker once its
 * transaction committed ({@link #wakeAfterCommit}), and the worker looks by itself only every {@code fallback} (for
 * work queued by another instance of a cluster, due later, or left by a crash). Rounds keep at least {@code gap}
 * apart, so that a stream of writes (a vote storm) is worked through in batches rather than one round per write.
 * Polling every queue several times a second cost an idle Kring 0.1–0.2 s of CPU per second (issue 11).
 */
public final class WorkerLoop {

    /** What a round found. */
    public enum Outcome { MORE, IDLE, FAILED }

    /** One round of work; a thrown exception counts as {@link Outcome#FAILED} and is handed to the failure handler. */
    @FunctionalInterface
    public interface Round {
        Outcome run() throws Exception;
    }

    private final String name;
    private final Duration gap;
    private final Duration fallback;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Round round;
    private final BiConsumer<Exception, Duration> onFailure;
    private volatile boolean running;
    private volatile boolean woken;
    private volatile Thread thread;

    /** A worker that nobody wakes: it looks every {@code pause}. */
    public WorkerLoop(String name, Duration pause, Duration firstBackoff, Duration maxBackoff, Round round,
                      BiConsumer<Exception, Duration> onFailure) {
        this(name, pause, pause, firstBackoff, maxBackoff, round, onFailure);
    }

    /**
     * @param gap          the least time from the end of one round to the start of the next
     * @param fallback     how long an idle worker waits for a wake before it looks anyway
     * @param firstBackoff the wait after a first failure (doubled after each further one, up to {@code maxBackoff})
     * @param onFailure    told of each exception and of the wait before the next attempt
     */
    public WorkerLoop(String name, Duration gap, Duration fallback, Duration firstBackoff, Duration maxBackoff, Round round,
                      BiConsumer<Exception, Duration> onFailure) {
        this.name = name;
        this.gap = gap;
        this.fallback = fallback;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.round = round;
        this.onFailure = onFailure;
    }

    public synchronized void start(ManagedThreadFactory threads) {
        running = true;
        thread = threads.newThread(this::loop);
        thread.setName(name);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** There is work: the next round starts as soon as the gap after the last one allows. */
    public void wake() {
        woken = true;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /**
     * Wakes the worker once the caller's transaction has committed (at once when there is none): before that, the
     * worker's own transaction would not see the work. One wake per transaction, however many entries it queued.
     */
    public void wakeAfterCommit(TransactionSynchronizationRegistry transactions) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            wake();
            return;
        }
        if (transactions.getResource(this) == null) {
            transactions.putResource(this, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        wake();
                    }
                }
            });
        }
    }

    private void loop() {
        Duration wait = Duration.ZERO;
        while (running) {
            woken = false; // a wake from now on asks for one more round: this one may have read too early
            Exception failure = null;
            Outcome outcome;
            try {
                do {
                    outcome = round.run();
                } while (running && outcome == Outcome.MORE);
            } catch (Exception e) {
                failure = e;
                outcome = Outcome.FAILED;
            }
            wait = nextWait(outcome, wait);
            if (failure != null) {
                onFailure.accept(failure, wait);
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (outcome != Outcome.FAILED) {
                awaitWake(fallback.minus(gap));
            }
        }
    }

    /** Returns when woken, stopped, or after {@code limit}. */
    private void awaitWake(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        for (long left = limit.toNanos(); running && !woken && left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    /** The wait after a round: the gap when it went well, else the back-off after {@code last} (zero: none yet). */
    Duration nextWait(Outcome outcome, Duration last) {
        if (outcome != Outcome.FAILED) {
            return gap;
        }
        Duration doubled = last.compareTo(firstBackoff) < 0 ? firstBackoff : last.multipliedBy(2);
        return doubled.compareTo(maxBackoff) > 0 ? maxBackoff : doubled;
    }
}
