package org.kring.insights.control;

import java.util.List;

/**
 * What an analyst asks the workbench, as typed (GET parameters or a JSON body): every part optional. No words means
 * every contribution; each list matches any of its values; {@code from}/{@code to} are dates (2026-11-01) or
 * instants, inclusive; {@code segment} narrows to authors with those profile attributes, and {@code versus} (another
 * segment) or {@code versusRest} puts it side by side with a second group. {@link Filter#of} checks it.
 */
public record Question(String q, List<String> type, List<String> topic, List<String> challenge, List<String> status,
                       List<String> tag, List<String> language, String from, String to, Segment segment,
                       Integer minVotes, Boolean includeHidden, Segment versus, Boolean versusRest,
                       Integer size, String after) {

    /** Authors by their profile attributes; each list matches any of its values, empty lists match everyone. */
    public record Segment(List<String> ageBand, List<String> region, List<String> customerType) {

        public static final Segment EVERYONE = new Segment(List.of(), List.of(), List.of());
    }
}
