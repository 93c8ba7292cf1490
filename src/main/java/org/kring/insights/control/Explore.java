package org.kring.insights.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kring.insights.control.Exploration.Bucket;
import org.kring.insights.control.Exploration.Match;
import org.kring.insights.control.Exploration.Side;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.problems.InvalidInput;
import org.kring.search.control.ContributionIndex;
import org.kring.search.control.Search;
import org.kring.search.control.SearchClient;

/**
 * The workbench's explore: one Elasticsearch request answers the counts, a page of matches and every breakdown
 * (aggregations, never a scan of the database); a comparison adds one request with a {@code filters} aggregation
 * holding both groups.
 */
@ApplicationScoped
public class Explore {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    /** Breakdown name (as the API shows it) → keyword field of the index. */
    static final Map<String, String> DIMENSIONS = dimensions();

    /** Values shown per breakdown: enough for every topic, region and tag that matters. */
    private static final int VALUES_PER_DIMENSION = 25;

    private static final List<String> HIGHLIGHTED = List.of("title", "title.nl", "title.en", "body", "body.nl", "body.en");
    private static final int EXCERPT = 240;

    private static Map<String, String> dimensions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("type", "type");
        d.put("topic", "topic");
        d.put("challenge", "challenge");
        d.put("status", "status");
        d.put("tag", "tags");
        d.put("language", "language");
        d.put("ageBand", "age_band");
        d.put("region", "region");
        d.put("customerType", "customer_type");
        d.put("moderationState", "moderation_state");
        return d;
    }

    @Inject
    SearchClient search;

    @Inject
    ContributionIndex index;

    @Inject
    KnownSegments segments;

    /** The question checked (a 400 naming each bad field), then answered. */
    public Exploration explore(Question question) {
        Filter filter = Filter.of(question, segments.regions());
        int size = question.size() == null ? DEFAULT_SIZE : question.size();
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInput.of("size", "must be between 1 and " + MAX_SIZE);
        }
        List<FieldValue> after = question.after() == null || question.after().isBlank() ? null : Cursor.decode(question.after());
        try {
            index.ensureExists();
            return answer(filter, size, after);
        } catch (IOException | RuntimeException e) {
            throw Search.translate(e);
        }
    }

    @SuppressWarnings("rawtypes")
    private Exploration answer(Filter filter, int size, List<FieldValue> after) throws IOException {
        String words = filter.words();
        Query query = Filter.matching(filter.queries(), words);
        SearchResponse<Map> response = search.client().search(s -> {
            s.index(index.alias()).size(size).trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes("suggest")))
                    .query(query).sort(sort(words != null)).aggregations(aggregations(true));
            if (after != null) {
                s.searchAfter(after);
            }
            if (words != null) {
                s.highlight(h -> h.preTags("<em>").postTags("</em>").encoder(HighlighterEncoder.Html)
                        .highlightQuery(hq -> hq.multiMatch(mm -> mm.query(words).fields(HIGHLIGHTED)))
                        .fields(HIGHLIGHTED.stream().map(field -> NamedValue.of(field, field.startsWith("title")
                                ? HighlightField.of(f -> f.numberOfFragments(0))
                                : HighlightField.of(f -> f.fragmentSize(160).numberOfFragments(2)))).toList()));
            }
            return s;
        }, Map.class);
        List<Hit<Map>> hits = response.hits().hits();
        List<Match> matches = hits.stream().map(Explore::match).toList();
        String next = hits.size() < size ? null : Cursor.encode(hits.get(hits.size() - 1).sort());
        long total = response.hits().total() == null ? matches.size() : response.hits().total().value();
        Side all = side(total, response.aggregations());
        return new Exploration(total, all.votes(), all.members(), matches, next, all.breakdowns(),
                filter.comparing() ? compare(filter, Filter.matching(filter.withoutSegment(), words)) : null);
    }

    /** Both groups in one request: a filters aggregation with the breakdowns inside each bucket. */
    @SuppressWarnings("rawtypes")
    private Exploration.Comparison compare(Filter filter, Query ground) throws IOException {
        Query segment = Query.of(q -> q.bool(b -> b.filter(Filter.segmentQueries(filter.segment()))));
        Map<String, Query> groups = Map.of("segment", segment, "versus", filter.versusQuery());
        SearchResponse<Map> response = search.client().search(s -> s.index(index.alias()).size(0)
                .query(ground)
                .aggregations("groups", a -> a.filters(f -> f.filters(b -> b.keyed(groups))).aggregations(aggregations(false))),
                Map.class);
        Map<String, FiltersBucket> buckets = response.aggregations().get("groups").filters().buckets().keyed();
        return new Exploration.Comparison(side(buckets.get("segment").docCount(), buckets.get("segment").aggregations()),
                side(buckets.get("versus").docCount(), buckets.get("versus").aggregations()));
    }

    private static Map<String, Aggregation> aggregations(boolean withMonths) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        DIMENSIONS.forEach((name, field) -> aggregations.put(name,
                Aggregation.of(a -> a.terms(t -> t.field(field).size(VALUES_PER_DIMENSION)))));
        aggregations.put("votes", Aggregation.of(a -> a.sum(sum -> sum.field("vote_count"))));
        aggregations.put("members", Aggregation.of(a -> a.cardinality(c -> c.field("author_id"))));
        if (withMonths) {
            aggregations.put("month", Aggregation.of(a -> a.dateHistogram(d -> d.field("created_at")
                    .calendarInterval(CalendarInterval.Month).format("yyyy-MM").minDocCount(1))));
        }
        return aggregations;
    }

    private static Side side(long total, Map<String, Aggregate> aggregations) {
        Map<String, List<Bucket>> breakdowns = new LinkedHashMap<>();
        DIMENSIONS.keySet().forEach(name -> breakdowns.put(name, aggregations.get(name).sterms().buckets().array().stream()
                .map(b -> new Bucket(b.key().stringValue(), b.docCount())).toList()));
        Aggregate months = aggregations.get("month");
        if (months != null) {
            breakdowns.put("month", months.dateHistogram().buckets().array().stream()
                    .map(b -> new Bucket(b.keyAsString(), b.docCount())).toList());
        }
        return new Side(total, Math.round(aggregations.get("votes").sum().value()),
                aggregations.get("members").cardinality().value(), breakdowns);
    }

    /** Best match first when there are words, newest first otherwise; type and id make every key unique. */
    static List<SortOptions> sort(boolean byScore) {
        List<SortOptions> sort = new ArrayList<>();
        if (byScore) {
            sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(s -> s.field(f -> f.field("created_at").order(SortOrder.Desc))));
        sort.add(SortOptions.of(s -> s.field(f -> f.field("type").order(SortOrder.Asc))));
        sort.add(SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
        return sort;
    }

    @SuppressWarnings("rawtypes")
    private static Match match(Hit<Map> hit) {
        Map source = hit.source();
        List<String> highlights = new ArrayList<>();
        if (hit.highlight() != null) {
            for (String base : List.of("title", "body")) {
                HIGHLIGHTED.stream().filter(f -> f.startsWith(base)).map(hit.highlight()::get)
                        .filter(fragments -> fragments != null && !fragments.isEmpty())
                        .findFirst().ifPresent(highlights::addAll);
            }
        }
        String body = text(source, "body");
        String excerpt = body == null || body.length() <= EXCERPT ? body : body.substring(0, EXCERPT) + "…";
        return new Match(text(source, "type"), number(source, "id"), optionalNumber(source, "idea_id"),
                optionalNumber(source, "thread_id"), text(source, "title"), excerpt, highlights, text(source, "language"),
                text(source, "topic"), text(source, "status"), (int) number(source, "vote_count"),
                text(source, "created_at"), text(source, "age_band"), text(source, "region"),
                text(source, "customer_type"), !ModerationState.PUBLISHED.name().equals(source.get("moderation_state")));
    }

    @SuppressWarnings("rawtypes")
    private static String text(Map source, String field) {
        Object value = source.get(field);
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("rawtypes")
    private static long number(Map source, String field) {
        Long value = optionalNumber(source, field);
        return value == null ? 0 : value;
    }

    @SuppressWarnings("rawtypes")
    private static Long optionalNumber(Map source, String field) {
        Object value = source.get(field);
        return value == null ? null : Long.parseLong(String.valueOf(value));
    }
}
