package org.kring.bench;

/** Prints how far a long step is, at most every two seconds: done/total, rate and time left. */
final class Progress {

    private final String what;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long lastPrint = started;

    Progress(String what, long total) {
        this.what = what;
        this.total = total;
    }

    synchronized void add(long n) {
        done += n;
        long now = System.nanoTime();
        if (now - lastPrint > 2_000_000_000L) {
            lastPrint = now;
            print(done, total, now);
        }
    }

    void finish() {
        print(done, total, System.nanoTime());
    }

    private void print(long d, long t, long now) {
        double seconds = Math.max(0.001, (now - started) / 1e9);
        double rate = d / seconds;
        String left = rate > 0 && t > d ? String.format(", %.0f s left", (t - d) / rate) : "";
        System.err.printf("[bench] %s: %,d / %,d (%.0f%%), %,.0f/s%s%n", what, d, t, 100.0 * d / Math.max(1, t), rate, left);
    }

    /** The same line for progress that another process reports. */
    static void show(String what, long done, long total, double rate) {
        System.err.printf("[bench] %s: %,d / %,d (%.0f%%), %,.0f/s%n", what, done, total, 100.0 * done / Math.max(1, total), rate);
    }
}
