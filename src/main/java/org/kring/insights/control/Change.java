package org.kring.insights.control;

/** The change of a figure against an earlier one, in whole percent; null when the earlier one was 0 (no base). */
final class Change {

    private Change() {
    }

    static Integer percent(long now, long before) {
        return before == 0 ? null : (int) Math.round(100.0 * (now - before) / before);
    }
}
