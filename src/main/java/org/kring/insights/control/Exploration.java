package org.kring.insights.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import java.util.Map;

/**
 * What the workbench answers: how many contributions match, their votes and distinct authors, a page of them
 * (with the next page's cursor, null on the last), the breakdowns by each dimension, and the comparison of two
 * groups when asked for.
 */
@JsonbNillable
public record Exploration(long total, long votes, long members, List<Match> matches, String next,
                          Map<String, List<Bucket>> breakdowns, Comparison comparison) {

    /** One value of a dimension and how many matching contributions have it. */
    public record Bucket(String value, long count) {
    }

    /**
     * One matching contribution: what and where it is, its passages with the words marked by &lt;em&gt; (when there were
     * words), an excerpt otherwise, and its author's segment. {@code hidden} marks content taken out of view.
     */
    @JsonbNillable
    public record Match(String type, long id, Long ideaId, Long threadId, String title, String excerpt,
                        List<String> highlights, String language, String topic, String status, int votes,
                        String createdAt, String ageBand, String region, String customerType, boolean hidden) {
    }

    /** One side of a comparison: its counts and breakdowns. */
    public record Side(long total, long votes, long members, Map<String, List<Bucket>> breakdowns) {
    }

    /** The segment asked for beside the other group (another segment, or the rest), under the same other filters. */
    public record Comparison(Side segment, Side versus) {
    }
}
