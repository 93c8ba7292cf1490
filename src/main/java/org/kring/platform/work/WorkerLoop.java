package org.kring.platform.work;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * One background worker thread that works through a durable queue (the search outbox, notification fan-out, the mail
 * outbox): it runs rounds back to back while a round says there is more, pauses when the queue is empty, and after a
 * failed round (database or remote server away) waits twice as long as the last time, up to a limit, so that an
 * outage costs one attempt per few seconds and the queue is caught up soon after the outage ends.
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
    private final Duration pause;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Round round;
    private final BiConsumer<Exception, Duration> onFailure;
    private volatile boolean running;
    private Thread thread;

    /**
     * @param firstBackoff the wait after a first failure (doubled after each further one, up to {@code maxBackoff})
     * @param onFailure    told of each exception and of the wait before the next attempt
     */
    public WorkerLoop(String name, Duration pause, Duration firstBackoff, Duration maxBackoff, Round round,
                      BiConsumer<Exception, Duration> onFailure) {
        this.name = name;
        this.pause = pause;
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

    private void loop() {
        Duration wait = Duration.ZERO;
        while (running) {
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
        }
    }

    /** The wait after a round: the pause when it went well, else the back-off after {@code last} (zero: none yet). */
    Duration nextWait(Outcome outcome, Duration last) {
        if (outcome != Outcome.FAILED) {
            return pause;
        }
        Duration doubled = last.compareTo(firstBackoff) < 0 ? firstBackoff : last.multipliedBy(2);
        return doubled.compareTo(maxBackoff) > 0 ? maxBackoff : doubled;
    }
}
