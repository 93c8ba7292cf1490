package org.kring.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WindowCounterTest {

    private final ConcurrentMap<String, String> shared = new ConcurrentHashMap<>();

    @Test
    void parallelCountsAreExactAndEachCallerSeesItsOwnNumber() throws Exception {
        int threads = 16;
        int each = 500;
        // Two counters on one map: two instances of a cluster counting in the same shared map.
        List<WindowCounter> instances = List.of(new WindowCounter(shared), new WindowCounter(shared));
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            WindowCounter counter = instances.get(t % 2);
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    assertThat(seen.add(counter.count("VOTE:7", 1_000, 60_000).used())).as("a number counted twice").isTrue();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(seen).hasSize(threads * each);
        assertThat(WindowCounter.Window.parse(shared.get("VOTE:7")).used()).isEqualTo(threads * each);
    }

    @Test
    void aWindowEndsAndTheNextStartsAtItsFirstUse() {
        WindowCounter counter = new WindowCounter(shared);
        assertThat(counter.count("k", 0, 60_000)).isEqualTo(new WindowCounter.Window(60_000, 1));
        assertThat(counter.count("k", 59_999, 60_000)).isEqualTo(new WindowCounter.Window(60_000, 2));
        assertThat(counter.count("k", 60_000, 60_000)).isEqualTo(new WindowCounter.Window(120_000, 1));
    }

    @Test
    void endedWindowsAreForgottenAndRunningOnesKept() {
        WindowCounter counter = new WindowCounter(shared);
        counter.count("ended", 0, 60_000);
        counter.count("running", 30_000, 60_000);
        counter.forgetEnded(60_000);
        assertThat(shared).containsOnlyKeys("running");
    }
}
