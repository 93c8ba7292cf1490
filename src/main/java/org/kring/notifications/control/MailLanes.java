package org.kring.notifications.control;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.kring.notifications.control.MailOutbox.Attempt;

/**
 * Lanes to the SMTP server, each a thread of its own with its own connection, so that the waits for the server's
 * answers (four per mail) overlap instead of adding up. A batch's mail number i goes to lane i % lanes: each lane
 * keeps the batch's order (oldest due first), and a lane whose mail failed tries none of the batch's later ones
 * (they stay due) while the others go on.
 */
final class MailLanes implements AutoCloseable {

    /** Hands one mail to the server over the connection of lane {@code lane}; throws when the server did not take it. */
    @FunctionalInterface
    interface Send {
        void over(int lane) throws Exception;
    }

    private final List<ExecutorService> lanes = new ArrayList<>();

    MailLanes(ThreadFactory threads, String name, int count) {
        for (int i = 1; i <= count; i++) {
            String laneName = name + i;
            lanes.add(Executors.newSingleThreadExecutor(task -> {
                Thread thread = threads.newThread(task);
                thread.setName(laneName);
                return thread;
            }));
        }
    }

    int count() {
        return lanes.size();
    }

    Batch batch() {
        return new Batch();
    }

    /** Lets the mails handed over go out (at most a batch), then ends the threads. */
    @Override
    public void close() {
        lanes.forEach(ExecutorService::shutdown);
    }

    /** One batch: its mails are handed to the lanes as they are ready, then {@link #attempts} waits for all. */
    final class Batch {

        private final List<CompletableFuture<Attempt>> attempts = new ArrayList<>();
        /** Per lane, whether one of this batch's mails failed there; each lane's own thread alone reads and writes it. */
        private final boolean[] failed = new boolean[lanes.size()];

        void add(Send send) {
            int lane = attempts.size() % lanes.size();
            attempts.add(CompletableFuture.supplyAsync(() -> {
                if (failed[lane]) {
                    return Attempt.NOT_TRIED;
                }
                try {
                    send.over(lane);
                    return Attempt.SENT;
                } catch (Exception e) {
                    failed[lane] = true;
                    return Attempt.failed(e);
                }
            }, lanes.get(lane)));
        }

        /** A mail that failed before it reached a lane (while it was written); the caller hands out no more. */
        void failed(Exception failure) {
            attempts.add(CompletableFuture.completedFuture(Attempt.failed(failure)));
        }

        /**
         * Waits until every lane is done with this batch (not interrupted: each mail handed over is sent or failed before
         * the batch is marked); answers what became of each of the batch's {@code mails}, those never handed over not tried.
         */
        List<Attempt> attempts(int mails) {
            List<Attempt> all = new ArrayList<>(attempts.stream().map(CompletableFuture::join).toList());
            while (all.size() < mails) {
                all.add(Attempt.NOT_TRIED);
            }
            return all;
        }
    }
}
