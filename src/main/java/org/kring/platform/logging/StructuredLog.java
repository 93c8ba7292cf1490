package org.kring.platform.logging;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** One log line as a JSON object, so that log shippers can index it without parsing prose. */
public final class StructuredLog {

    private StructuredLog() {
    }

    /** @param pairs alternating names and values; numbers stay numbers, everything else becomes a string */
    public static String line(String event, Object... pairs) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("event", event);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            String name = String.valueOf(pairs[i]);
            Object value = pairs[i + 1];
            if (value == null) {
                json.addNull(name);
            } else if (value instanceof Integer || value instanceof Long) {
                json.add(name, ((Number) value).longValue());
            } else if (value instanceof Number number) {
                json.add(name, number.doubleValue());
            } else {
                json.add(name, value.toString());
            }
        }
        return json.build().toString();
    }
}
