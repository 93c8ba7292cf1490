package org.kring.members.control;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * What {@link LoginThrottle} holds per account: the last failure from each address, as the text it keeps in a shared
 * map, "address@millis address@millis" (client addresses are literals without spaces or '@' characters). Immutable.
 */
record FailedAddresses(Map<String, Long> lastFailure) {

    static final FailedAddresses NONE = new FailedAddresses(Map.of());

    static FailedAddresses parse(String text) {
        if (text == null) {
            return NONE;
        }
        Map<String, Long> parsed = new LinkedHashMap<>();
        for (String entry : text.split(" ")) {
            int at = entry.lastIndexOf('@');
            parsed.put(entry.substring(0, at), Long.valueOf(entry.substring(at + 1)));
        }
        return new FailedAddresses(parsed);
    }

    /** The text to store; null when no address is left, so the entry goes. */
    String text() {
        return lastFailure.isEmpty() ? null
                : lastFailure.entrySet().stream().map(e -> e.getKey() + "@" + e.getValue()).collect(Collectors.joining(" "));
    }

    /** Without the failures before the window. */
    FailedAddresses within(long now, long window) {
        return new FailedAddresses(lastFailure.entrySet().stream().filter(e -> e.getValue() > now - window)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
    }

    /** With a failure from this address now, keeping the {@code keep} newest addresses (enough to decide a lock). */
    FailedAddresses failed(String address, long at, int keep) {
        Map<String, Long> more = new LinkedHashMap<>(lastFailure);
        more.put(address, at);
        return new FailedAddresses(more.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(keep)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
    }

    /** When the k-th newest failure happened; empty with fewer than k addresses. */
    OptionalLong kthNewest(int k) {
        return lastFailure.values().stream().sorted(Comparator.reverseOrder()).skip(k - 1L)
                .mapToLong(Long::longValue).findFirst();
    }

    int size() {
        return lastFailure.size();
    }
}
