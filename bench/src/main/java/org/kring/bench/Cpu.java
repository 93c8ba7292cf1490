package org.kring.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Kring's CPU time, from /proc/PID/stat (user + system), when bench/run says which process Kring is. CPU time per
 * request is the figure that a shared or busy machine disturbs least: throughput falls with every other process on
 * the cores, the work a request costs hardly does.
 */
final class Cpu {

    /** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ). */
    private static final double MS_PER_TICK = 10;

    private Cpu() {
    }

    /** Kring's CPU time so far in ms, or -1 when unknown. */
    static double kringMillis() {
        String pid = System.getenv("KRING_PID");
        if (pid == null || pid.isBlank()) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU time in ms of Kring's threads whose name starts with {@code prefix} (Linux keeps the first 15 characters of a
     * Java thread's name as its task's name), summed, or -1 when unknown. A thread that ended meanwhile is not counted.
     */
    static double kringThreadsMillis(String prefix) {
        String pid = System.getenv("KRING_PID");
        if (pid == null || pid.isBlank()) {
            return -1;
        }
        try (var tasks = Files.list(Path.of("/proc", pid, "task"))) {
            double total = 0;
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith(prefix)) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MS_PER_TICK;
                    }
                } catch (IOException e) {
                    // the thread ended while being read
                }
            }
            return total;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The load average over the last minute, or -1 when unknown. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The machine's load averages over 1, 5 and 15 minutes, as /proc/loadavg says them. */
    static String loadAverages() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    /**
     * Kring's CPU ms per second while no load runs (its background workers, the JVM): subtracted from a load's CPU
     * time, what is left is what the requests cost. -1 when unknown.
     */
    static double idleMillisPerSecond(Duration window) throws InterruptedException {
        double from = kringMillis();
        Thread.sleep(window);
        double to = kringMillis();
        return from < 0 || to < 0 ? -1 : (to - from) / (window.toMillis() / 1000.0);
    }

    /** Reads Kring's CPU time at the end of a load's warm-up and at its end: what the measured part cost. */
    static final class Window implements AutoCloseable {
        private final Thread thread;
        private volatile double millis = -1;

        Window(Duration warmup, Duration measure) {
            thread = Thread.ofPlatform().daemon().start(() -> {
                try {
                    Thread.sleep(warmup);
                    double from = kringMillis();
                    Thread.sleep(measure);
                    double to = kringMillis();
                    millis = from < 0 || to < 0 ? -1 : to - from;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        /** Kring's CPU ms over the measured window, or -1 when unknown. */
        double millis() throws InterruptedException {
            thread.join();
            return millis;
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }
}
