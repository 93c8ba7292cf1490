package org.kring.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Kring's resident memory, from /proc/PID/status (VmRSS), when bench/run says which process Kring is. */
final class Rss {

    private Rss() {
    }

    /** MB, or -1 when unknown. */
    static double mb() {
        String pid = System.getenv("KRING_PID");
        if (pid == null || pid.isBlank()) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Samples the RSS every 500 ms while a load runs; the peak is in {@link #peak}. */
    static final class Sampler implements AutoCloseable {
        private final Thread thread;
        private volatile double peak = -1;
        private volatile boolean running = true;

        Sampler() {
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    peak = Math.max(peak, mb());
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        double peak() {
            return peak;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }
    }
}
