package org.kring.insights.control;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.SignificantStringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.kring.platform.problems.InvalidInput;
import org.kring.search.control.ContributionIndex;
import org.kring.search.control.Search;
import org.kring.search.control.SearchClient;

/**
 * Emerging themes: the words that are unusually frequent in the question's period compared with the rest of the
 * community or with the period before. Elasticsearch's {@code significant_text} inside a {@code sampler} (the best
 * matches per shard, so the cost stays flat at a million contributions), on the Dutch stems of Dutch contributions
 * and the English stems of English ones, with duplicate text filtered out (a quoted reply counts once). A second
 * request counts each theme exactly, now and in the period before.
 */
@ApplicationScoped
public class Themes {

    /** What the period is compared with. */
    public enum Against { REST, PREVIOUS }

    public static final int MAX_THEMES = 30;
    public static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    /** Contributions per shard that the themes are read from. */
    private static final int SAMPLE = 2000;
    /** A word needs this many contributions in the period to be a theme at all. */
    private static final long MIN_CONTRIBUTIONS = 3;
    private static final int EXAMPLES = 3;
    private static final int EXCERPT = 200;

    /** The analysed field per language. */
    private static final Map<String, String> FIELDS = Map.of("nl", "body.nl", "en", "body.en");

    /** The themes of a period, most significant first. */
    @JsonbNillable
    public record Emerging(String from, String to, String against, List<Theme> themes) {
    }

    /**
     * A theme: its stem as indexed ({@code term}, in {@code language}), the word as members wrote it ({@code label}),
     * the contributions that use it in the period and in the period before, the change in percent (null when it is new),
     * and examples.
     */
    @JsonbNillable
    public record Theme(String term, String label, String language, long count, long previousCount, Integer change,
                        double score, List<Example> examples) {
    }

    /** A contribution that uses the theme. */
    public record Example(String type, long id, String title, String excerpt) {
    }

    @Inject
    SearchClient search;

    @Inject
    ContributionIndex index;

    @Inject
    KnownSegments segments;

    Clock clock = Clock.systemUTC();

    public static final int DEFAULT_THEMES = 10;

    /** The themes of the question's period (the last 30 days when it has none); {@code size} of the question: how many. */
    public Emerging emerging(Question question, Against against) {
        int size = question.size() == null ? DEFAULT_THEMES : question.size();
        InvalidInput.check().range("size", size, 1, MAX_THEMES).orThrow();
        Filter asked = Filter.of(question, segments.regions());
        Instant to = asked.to() != null ? asked.to() : clock.instant();
        Instant from = asked.from() != null ? asked.from() : to.minus(DEFAULT_PERIOD);
        Filter now = asked.during(from, to);
        Duration length = Duration.between(from, to);
        Filter before = asked.during(from.minus(length), from.minusMillis(1));
        // The background must hold the foreground (significant_text's scores assume a superset): the period before
        // together with this one, or the whole community.
        Filter background = against == Against.PREVIOUS ? asked.during(before.from(), to) : asked.during(null, null);
        try {
            index.ensureExists();
            List<Theme> themes = significant(now, background, size);
            return new Emerging(from.toString(), to.toString(), against.name().toLowerCase(Locale.ROOT),
                    counted(themes, now, before));
        } catch (IOException | RuntimeException e) {
            throw Search.translate(e);
        }
    }

    @SuppressWarnings("rawtypes")
    private List<Theme> significant(Filter now, Filter background, int size) throws IOException {
        Map<String, Aggregation> perLanguage = new LinkedHashMap<>();
        FIELDS.forEach((language, field) -> perLanguage.put(language, Aggregation.of(a -> a
                .filter(f -> f.term(t -> t.field("language").value(language)))
                .aggregations("terms", t -> t.significantText(st -> st.field(field).sourceFields("title", "body")
                                .filterDuplicateText(true).size(size).minDocCount(MIN_CONTRIBUTIONS)
                                .backgroundFilter(Filter.matching(withLanguage(background.queries(), language), background.words())))))));
        SearchResponse<Map> response = search.client().search(s -> s.index(index.alias()).size(0)
                .query(Filter.matching(now.queries(), now.words()))
                .aggregations("sample", a -> a.sampler(sm -> sm.shardSize(SAMPLE)).aggregations(perLanguage)), Map.class);
        Map<String, Aggregate> sample = response.aggregations().get("sample").sampler().aggregations();
        List<Theme> themes = new ArrayList<>();
        FIELDS.keySet().forEach(language -> sample.get(language).filter().aggregations().get("terms").sigsterms().buckets()
                .array().forEach(bucket -> themes.add(theme(language, bucket))));
        themes.sort(Comparator.comparingDouble(Theme::score).reversed());
        return themes.size() > size ? themes.subList(0, size) : themes;
    }

    private static List<Query> withLanguage(List<Query> filters, String language) {
        List<Query> all = new ArrayList<>(filters);
        all.add(Query.of(q -> q.term(t -> t.field("language").value(language))));
        return all;
    }

    /** A theme as significant_text found it (which takes no sub-aggregations: the examples come with the counts). */
    private static Theme theme(String language, SignificantStringTermsBucket bucket) {
        return new Theme(bucket.key(), bucket.key(), language, bucket.docCount(), 0, null, bucket.score(), List.of());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Example example(Hit<JsonData> hit) {
        Map<String, Object> source = hit.source().to(Map.class);
        String body = source.get("body") == null ? "" : String.valueOf(source.get("body"));
        return new Example(String.valueOf(source.get("type")), Long.parseLong(String.valueOf(source.get("id"))),
                source.get("title") == null ? null : String.valueOf(source.get("title")),
                body.length() <= EXCERPT ? body : body.substring(0, EXCERPT) + "…");
    }

    /**
     * Each theme's exact count in the period and the period before, and its newest examples: one request, two filters
     * aggregations with a bucket per theme. The label is the theme's word as the examples wrote it.
     */
    @SuppressWarnings("rawtypes")
    private List<Theme> counted(List<Theme> themes, Filter now, Filter before) throws IOException {
        if (themes.isEmpty()) {
            return themes;
        }
        Map<String, Query> uses = new LinkedHashMap<>();
        themes.forEach(t -> uses.put(t.language() + ":" + t.term(), Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(tm -> tm.field("language").value(t.language())))
                .filter(f -> f.multiMatch(mm -> mm.query(t.term()).fields(FIELDS.get(t.language()),
                        FIELDS.get(t.language()).replace("body", "title")).analyzer("keyword")))))));
        SearchResponse<Map> response = search.client().search(s -> s.index(index.alias()).size(0)
                .aggregations("now", a -> a.filter(Filter.matching(now.queries(), now.words()))
                        .aggregations("uses", u -> u.filters(f -> f.filters(b -> b.keyed(uses)))
                                .aggregations("examples", ex -> ex.topHits(th -> th.size(EXAMPLES)
                                        .sort(so -> so.field(fs -> fs.field("created_at").order(SortOrder.Desc)))
                                        .source(src -> src.filter(sf -> sf.includes("type", "id", "title", "body")))))))
                .aggregations("before", a -> a.filter(Filter.matching(before.queries(), before.words()))
                        .aggregations("uses", u -> u.filters(f -> f.filters(b -> b.keyed(uses))))), Map.class);
        var nowCounts = response.aggregations().get("now").filter().aggregations().get("uses").filters().buckets().keyed();
        var beforeCounts = response.aggregations().get("before").filter().aggregations().get("uses").filters().buckets().keyed();
        return themes.stream().map(t -> {
            String key = t.language() + ":" + t.term();
            long count = nowCounts.get(key).docCount();
            long previous = beforeCounts.get(key).docCount();
            Integer change = previous == 0 ? null : (int) Math.round(100.0 * (count - previous) / previous);
            List<Example> examples = nowCounts.get(key).aggregations().get("examples").topHits().hits().hits().stream()
                    .map(Themes::example).toList();
            String text = examples.stream().map(e -> (e.title() == null ? "" : e.title() + " ") + e.excerpt())
                    .collect(Collectors.joining(" "));
            return new Theme(t.term(), ThemeLabel.of(t.term(), text), t.language(), count, previous, change, t.score(), examples);
        }).toList();
    }
}
