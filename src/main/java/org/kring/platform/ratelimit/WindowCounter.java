package org.kring.platform.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentMap;

/**
 * Fixed-window counters kept in a {@link ConcurrentMap} and changed by compare-and-set only ({@code putIfAbsent},
 * {@code replace(key, old, new)}, {@code remove(key, value)}): exact under any number of parallel callers, in one JVM
 * (a ConcurrentHashMap) and across a cluster (Hazelcast's IMap, whose conditional operations are atomic cluster-wide;
 * see {@link org.kring.platform.cluster.SharedMaps}). A window is the text "end:used", so nothing of Kring's own
 * travels through the data grid.
 */
final class WindowCounter {

    /** A window: when it ends (epoch milliseconds) and how many uses it counted. */
    record Window(long endMillis, int used) {
        static Window parse(String text) {
            int colon = text.indexOf(':');
            return new Window(Long.parseLong(text.substring(0, colon)), Integer.parseInt(text.substring(colon + 1)));
        }

        String text() {
            return endMillis + ":" + used;
        }
    }

    private final ConcurrentMap<String, String> windows;

    WindowCounter(ConcurrentMap<String, String> windows) {
        this.windows = windows;
    }

    /** Counts one use under this key; the window after it (a new one when none runs at {@code now}). */
    Window count(String key, long now, long windowMillis) {
        while (true) {
            String current = windows.get(key);
            Window before = current == null ? null : Window.parse(current);
            Window after = before == null || now >= before.endMillis() ? new Window(now + windowMillis, 1)
                    : new Window(before.endMillis(), before.used() + 1);
            boolean counted = current == null ? windows.putIfAbsent(key, after.text()) == null
                    : windows.replace(key, current, after.text());
            if (counted) {
                return after;
            }
        }
    }

    /** Removes the windows that ended (each only if nobody counted in it meanwhile). */
    void forgetEnded(long now) {
        for (Map.Entry<String, String> window : windows.entrySet()) {
            if (now >= Window.parse(window.getValue()).endMillis()) {
                windows.remove(window.getKey(), window.getValue());
            }
        }
    }

    int size() {
        return windows.size();
    }
}
