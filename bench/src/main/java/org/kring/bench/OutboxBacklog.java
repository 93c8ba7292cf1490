package org.kring.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How long Kring's mail outbox held due mails, sampled every 20 ms while a step runs: the sender's busy time. The
 * fan-out step's mail rate spans all its changes, so where the fan-outs queue mails more slowly than the sender sends
 * them (on a busy machine) it measures the fan-outs; mails divided by this time is what the sender itself achieved.
 */
final class OutboxBacklog implements AutoCloseable {

    private static final long EVERY_MS = 20;

    private final Thread sampler;
    private volatile boolean stopped;
    private volatile long busyNanos;
    private volatile SQLException failure;

    OutboxBacklog(Env env) {
        sampler = Thread.ofPlatform().daemon().start(() -> sample(env));
    }

    private void sample(Env env) {
        try (Connection db = env.connect(); PreparedStatement waiting = db.prepareStatement(
                "select exists (select 1 from mail_outbox where sent_at is null and next_attempt_at <= now())")) {
            long last = System.nanoTime();
            while (!stopped) {
                boolean due;
                try (ResultSet rs = waiting.executeQuery()) {
                    rs.next();
                    due = rs.getBoolean(1);
                }
                long now = System.nanoTime();
                if (due) {
                    busyNanos += now - last;
                }
                last = now;
                Thread.sleep(EVERY_MS);
            }
        } catch (SQLException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Seconds during which mails were due, so far; NaN when the sampling failed. */
    double busySeconds() {
        return failure != null ? Double.NaN : busyNanos / 1e9;
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        sampler.join();
    }
}
