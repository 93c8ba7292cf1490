package org.kring.insights.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kring.search.control.ContributionIndex;
import org.kring.search.control.Search;
import org.kring.search.control.SearchClient;

/**
 * Every contribution that matches the workbench's filter, row by row, for CSV and JSON exports: pages of the index
 * through search_after (keyset), handed on one at a time, so a million rows take the memory of one page.
 */
@ApplicationScoped
public class Export {

    /** The columns, in order: the export's header and each row's keys. */
    public static final List<String> COLUMNS = List.of("type", "id", "idea_id", "thread_id", "title", "text", "language",
            "topic", "challenge", "status", "tags", "votes", "created_at", "age_band", "region", "customer_type",
            "moderation_state");

    /** Index fields per column where they differ. */
    private static final Map<String, String> FIELDS = Map.of("text", "body", "votes", "vote_count");

    private static final int PAGE = 2000;

    /** Where the rows go; may throw when the reader went away. */
    @FunctionalInterface
    public interface Rows {
        void row(Map<String, Object> row) throws IOException;
    }

    @Inject
    SearchClient search;

    @Inject
    ContributionIndex index;

    @Inject
    KnownSegments segments;

    /** The question checked before anything is written, so that a bad filter is a 400, not a broken download. */
    public Filter check(Question question) {
        return Filter.of(question, segments.regions());
    }

    /** Each matching contribution, newest first, as a row of {@link #COLUMNS}. */
    @SuppressWarnings("rawtypes")
    public void each(Filter filter, Rows rows) throws IOException {
        try {
            index.ensureExists();
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<Map> page = search.client().search(s -> {
                    s.index(index.alias()).size(PAGE).trackTotalHits(t -> t.enabled(false))
                            .source(src -> src.filter(f -> f.excludes("suggest")))
                            .query(Filter.matching(filter.queries(), filter.words())).sort(Explore.sort(false));
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, Map.class);
                List<Hit<Map>> hits = page.hits().hits();
                for (Hit<Map> hit : hits) {
                    rows.row(row(hit.source()));
                }
                if (hits.size() < PAGE) {
                    return;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (RuntimeException e) { // an I/O failure, of the engine or of the reader, ends the download as it is

            throw Search.translate(e);
        }
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Object> row(Map source) {
        Map<String, Object> row = new LinkedHashMap<>();
        COLUMNS.forEach(column -> row.put(column, source.get(FIELDS.getOrDefault(column, column))));
        return row;
    }
}
