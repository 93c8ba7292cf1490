package org.kring.platform.work;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.kring.platform.work.WorkerLoop.Outcome;

class WorkerLoopTest {

    private final WorkerLoop loop = new WorkerLoop("test", Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(4),
            () -> Outcome.IDLE, (e, wait) -> { });

    @Test
    void anOutageIsRetriedLessAndLessOftenUpToTheLimit() {
        Duration wait = loop.nextWait(Outcome.IDLE, Duration.ZERO);
        assertThat(wait).isEqualTo(Duration.ofMillis(200));
        StringBuilder waits = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            wait = loop.nextWait(Outcome.FAILED, wait);
            waits.append(wait.toMillis()).append(' ');
        }
        assertThat(waits.toString().trim()).isEqualTo("500 1000 2000 4000 4000 4000");
    }

    @Test
    void theFirstRoundThatWorksAgainBringsBackTheShortPause() {
        assertThat(loop.nextWait(Outcome.IDLE, Duration.ofSeconds(4))).isEqualTo(Duration.ofMillis(200));
        assertThat(loop.nextWait(Outcome.MORE, Duration.ofSeconds(4))).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void anIdleWorkerDoesNotPollButAWakeStartsARoundAtOnce() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        WorkerLoop waking = new WorkerLoop("test-wake", Duration.ofMillis(10), Duration.ofSeconds(60), Duration.ofMillis(500),
                Duration.ofSeconds(4), () -> {
                    rounds.incrementAndGet();
                    return Outcome.IDLE;
                }, (e, wait) -> { });
        waking.start(new PlainThreads());
        try {
            awaitCount(rounds::get, 1);
            Thread.sleep(300);
            assertThat(rounds.get()).as("rounds while idle and nobody woke the worker").isEqualTo(1);
            waking.wake();
            awaitCount(rounds::get, 2);
            Thread.sleep(300);
            assertThat(rounds.get()).as("rounds after one wake").isEqualTo(2);
        } finally {
            waking.stop();
        }
    }

    private static void awaitCount(IntSupplier count, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (count.getAsInt() < expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(count.getAsInt()).isEqualTo(expected);
    }

    /** Plain threads for a unit test (the server's ManagedThreadFactory in production). */
    private static final class PlainThreads implements ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable task) {
            return new Thread(task);
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException();
        }
    }
}
