package org.kring.members.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@link LoginThrottle} holds per account+address pair and per address, as the text it keeps in a shared map:
 * when each attempt still running was reserved and when each recent failure happened (epoch milliseconds, oldest
 * first), "r1,r2/f1,f2". Immutable: every change is a new value, swapped in by compare-and-set.
 */
record LoginTries(List<Long> running, List<Long> failures) {

    static final LoginTries NONE = new LoginTries(List.of(), List.of());

    static LoginTries parse(String text) {
        if (text == null) {
            return NONE;
        }
        int slash = text.indexOf('/');
        return new LoginTries(times(text.substring(0, slash)), times(text.substring(slash + 1)));
    }

    /** The text to store; null when nothing is left, so the entry goes. */
    String text() {
        return isEmpty() ? null : join(running) + "/" + join(failures);
    }

    boolean isEmpty() {
        return running.isEmpty() && failures.isEmpty();
    }

    /**
     * Without what happened before the window. An attempt whose instance stopped before handing it back leaves with
     * the window too, having counted as a failure until then.
     */
    LoginTries within(long now, long window) {
        return new LoginTries(after(running, now - window), after(failures, now - window));
    }

    LoginTries reserved(long at) {
        return new LoginTries(append(running, at, Integer.MAX_VALUE), failures);
    }

    /** Hands back the attempt reserved at this time (one of them, if two were reserved in the same millisecond). */
    LoginTries finished(long reservedAt) {
        List<Long> left = new ArrayList<>(running);
        left.remove(Long.valueOf(reservedAt));
        return new LoginTries(List.copyOf(left), failures);
    }

    /** With one more failure, keeping the newest {@code keep} (older ones cannot change a decision any more). */
    LoginTries failed(long at, int keep) {
        return new LoginTries(running, append(failures, at, keep));
    }

    LoginTries withoutFailures() {
        return new LoginTries(running, List.of());
    }

    private static List<Long> append(List<Long> times, long at, int keep) {
        List<Long> more = new ArrayList<>(times);
        more.add(at);
        return List.copyOf(more.subList(Math.max(0, more.size() - keep), more.size()));
    }

    private static List<Long> after(List<Long> times, long cutoff) {
        return times.stream().filter(at -> at > cutoff).toList();
    }

    private static List<Long> times(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }

    private static String join(List<Long> times) {
        return String.join(",", times.stream().map(String::valueOf).toList());
    }
}
