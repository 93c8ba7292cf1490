package org.kring.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load: N clients, each sending its next request as soon as the last one answered, for a
 * fixed time after a warm-up. Latencies go into an HdrHistogram (microseconds, 3 significant digits).
 */
final class Load {

    /** One request; true when it succeeded (an exception or false counts as an error). */
    @FunctionalInterface
    interface Call {
        boolean run(int client, SplittableRandom random) throws Exception;
    }

    /** What a load measured. Latencies in milliseconds. */
    record Result(long calls, long ok, long errors, double seconds, double p50, double p95, double p99, double max, String firstError) {

        double throughput() {
            return ok / seconds;
        }

        /** Stores the figures as facts under this key (key.p50, key.rate, ...). */
        void save(Facts facts, String key, int clients) {
            facts.put(key + ".clients", clients);
            facts.put(key + ".ok", ok);
            facts.put(key + ".errors", errors);
            facts.put(key + ".p50", p50);
            facts.put(key + ".p95", p95);
            facts.put(key + ".p99", p99);
            facts.put(key + ".max", max);
            facts.put(key + ".rate", throughput());
            System.err.printf("[bench] %s: %,d ok, %,d errors, %.0f/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%s%n", key, ok,
                    errors, throughput(), p50, p95, p99, firstError == null ? "" : " (first error: " + firstError + ")");
        }
    }

    private Load() {
    }

    static Result run(int clients, Duration warmup, Duration measure, long seed, Call call) throws InterruptedException {
        return load(clients, warmup, measure, seed, call).result(measure);
    }

    /**
     * Two loads measured in turns after both warmed up: {@code a} then {@code b} for a slice of {@code measure} each,
     * {@code turns} times, each turn with the same seed for both. Measured one after the other, the second would find
     * the caches the first warmed (and the machine in another minute); in turns, both get the same share of each.
     */
    static List<Result> inTurns(int clients, Duration warmup, Duration measure, int turns, long seed, Call a, Call b)
            throws InterruptedException {
        load(clients, warmup, Duration.ZERO, seed, a);
        load(clients, warmup, Duration.ZERO, seed, b);
        Duration slice = measure.dividedBy(turns);
        Tally sumA = load(clients, Duration.ZERO, slice, seed + 1, a);
        Tally sumB = load(clients, Duration.ZERO, slice, seed + 1, b);
        for (int turn = 2; turn <= turns; turn++) {
            sumA = sumA.plus(load(clients, Duration.ZERO, slice, seed + turn, a));
            sumB = sumB.plus(load(clients, Duration.ZERO, slice, seed + turn, b));
        }
        Duration each = slice.multipliedBy(turns);
        return List.of(sumA.result(each), sumB.result(each));
    }

    /** The latencies (microseconds) and counts of one load. */
    private record Tally(Histogram latencies, long calls, long ok, long errors, String firstError) {

        Tally plus(Tally other) {
            latencies.add(other.latencies);
            return new Tally(latencies, calls + other.calls, ok + other.ok, errors + other.errors,
                    firstError != null ? firstError : other.firstError);
        }

        Result result(Duration measured) {
            Histogram h = latencies;
            return new Result(calls, ok, errors, measured.toNanos() / 1e9, h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(95) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0,
                    firstError);
        }
    }

    private static Tally load(int clients, Duration warmup, Duration measure, long seed, Call call) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong calls = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            SplittableRandom random = new SplittableRandom(seed * 1_000 + c);
            threads.add(Thread.ofPlatform().name("load-" + c).start(() -> {
                long now;
                while ((now = System.nanoTime()) < end) {
                    boolean success;
                    String error = null;
                    try {
                        success = call.run(client, random);
                    } catch (Exception e) {
                        success = false;
                        error = e.toString();
                    }
                    long after = System.nanoTime();
                    calls.incrementAndGet();
                    if (now < measureFrom) {
                        continue;
                    }
                    if (success) {
                        recorder.recordValue(Math.max(1, (after - now) / 1_000));
                        ok.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, error == null ? "refused" : error);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Tally(recorder.getIntervalHistogram(), calls.get(), ok.get(), errors.get(), firstError.get());
    }

    /** Percentiles of single samples (e.g. freshness), in milliseconds. */
    static Result of(Histogram h, long errors, double seconds) {
        return new Result(h.getTotalCount() + errors, h.getTotalCount(), errors, seconds, h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(95) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, null);
    }
}
