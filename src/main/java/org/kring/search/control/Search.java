package org.kring.search.control;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Full-text search over the community's contributions. */
@ApplicationScoped
public class Search {

    /** One hit: what it is, its title, and the matching passages with the terms marked by &lt;em&gt;. */
    @JsonbNillable
    public record Result(String type, long id, String title, double score, List<String> highlights) {
    }

    public record Page(long total, List<Result> results) {
    }

    /** Thrown when Elasticsearch does not answer; the API turns it into a 503. */
    public static class Unavailable extends RuntimeException {
        public Unavailable(Throwable cause) {
            super("Search is unavailable right now: the search engine does not answer. Everything else in Kring works.", cause);
        }
    }

    /** Each text field and its language sub-fields: whichever matched gives the marked passage. */
    private static final List<String> HIGHLIGHTED = List.of("title", "title.nl", "title.en", "body", "body.nl", "body.en");

    @Inject
    SearchClient search;

    @Inject
    ContributionIndex index;

    @SuppressWarnings("rawtypes")
    public Page query(String text, int from, int size) {
        try {
            index.ensureExists();
            SearchResponse<Map> response = search.client().search(s -> s
                    .index(index.alias())
                    .from(from).size(size)
                    .query(q -> q.bool(b -> b
                            .must(m -> m.multiMatch(mm -> mm.query(text)
                                    .fields("title^3", "title.nl^3", "title.en^3", "body", "body.nl", "body.en")
                                    .fuzziness("AUTO")))
                            .filter(f -> f.term(t -> t.field("moderation_state").value("PUBLISHED")))))
                    // Highlighting with the fuzzy query costs 20x the search itself (550 ms vs 25 ms at the demo
                    // size, measured with curl straight to Elasticsearch): mark the exact and stemmed matches only.
                    .highlight(h -> h.preTags("<em>").postTags("</em>").encoder(HighlighterEncoder.Html)
                            .highlightQuery(hq -> hq.multiMatch(mm -> mm.query(text).fields(HIGHLIGHTED)))
                            .fields(HIGHLIGHTED.stream().map(field -> NamedValue.of(field, field.startsWith("title")
                                    ? HighlightField.of(f -> f.numberOfFragments(0))
                                    : HighlightField.of(f -> f.fragmentSize(160).numberOfFragments(2)))).toList())),
                    Map.class);
            List<Result> results = response.hits().hits().stream().map(Search::result).toList();
            long total = response.hits().total() == null ? results.size() : response.hits().total().value();
            return new Page(total, results);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ElasticsearchException refused && refused.status() < 500) {
                throw refused;
            }
            throw new Unavailable(e);
        }
    }

    @SuppressWarnings("rawtypes")
    private static Result result(Hit<Map> hit) {
        Map source = hit.source();
        List<String> highlights = new ArrayList<>();
        for (String base : List.of("title", "body")) {
            HIGHLIGHTED.stream().filter(f -> f.startsWith(base)).map(hit.highlight()::get)
                    .filter(fragments -> fragments != null && !fragments.isEmpty())
                    .findFirst().ifPresent(highlights::addAll);
        }
        return new Result(String.valueOf(source.get("type")), ((Number) source.get("id")).longValue(),
                source.get("title") == null ? null : String.valueOf(source.get("title")), hit.score() == null ? 0 : hit.score(), highlights);
    }
}
