package org.kring.insights.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.kring.platform.problems.InvalidInput;

/**
 * The keyset of the next page of matches: the sort values of the last match (Elasticsearch's search_after), as one
 * opaque URL-safe string. Deep pages cost what the first page costs, unlike from/size.
 */
public final class Cursor {

    private static final String SEPARATOR = "\n";

    private Cursor() {
    }

    public static String encode(List<FieldValue> sortValues) {
        List<String> parts = new ArrayList<>();
        for (FieldValue value : sortValues) {
            if (value.isDouble()) {
                parts.add("d" + value.doubleValue());
            } else if (value.isLong()) {
                parts.add("l" + value.longValue());
            } else {
                parts.add("s" + value.stringValue());
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The sort values of a cursor this class made; {@link InvalidInput} on field {@code after} for anything else. */
    public static List<FieldValue> decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<FieldValue> values = new ArrayList<>();
            for (String part : text.split(SEPARATOR, -1)) {
                String value = part.substring(1);
                values.add(switch (part.charAt(0)) {
                    case 'd' -> FieldValue.of(Double.parseDouble(value));
                    case 'l' -> FieldValue.of(Long.parseLong(value));
                    case 's' -> FieldValue.of(value);
                    default -> throw new IllegalArgumentException(part);
                });
            }
            return values;
        } catch (RuntimeException e) {
            throw InvalidInput.of("after", "must be the next cursor of an earlier answer");
        }
    }
}
