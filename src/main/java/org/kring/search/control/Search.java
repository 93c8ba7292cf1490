package org.kring.search.control;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.util.NamedValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.problems.InvalidInput;

/** Full-text search over the community's contributions: filters, facets, sorting, similar ideas, suggestions. */
@ApplicationScoped
public class Search {

    /** One hit: what it is, its title, and the matching passages with the terms marked by &lt;em&gt;. */
    @JsonbNillable
    public record Result(String type, long id, String title, double score, List<String> highlights) {
    }

    /** One facet value and how many hits have it. */
    public record Bucket(String value, long count) {
    }

    /** A page of hits, with per facet (type, topic, challenge, status, tag, language, month) the counts of its values. */
    public record Page(long total, int page, int size, List<Result> results, Map<String, List<Bucket>> facets) {
    }

    /** An idea much like the one being typed. */
    public record Similar(long id, String title, String language, int voteCount, double score) {
    }

    /** A completion for what a member has typed so far. */
    public record Completion(String text, String type, long id) {
    }

    public enum Sort { RELEVANCE, NEWEST, VOTES }

    /**
     * What to search for. Each list filters on any of its values (empty: no filter); {@code from} and
     * {@code to} bound created_at (inclusive); hidden content only when {@code includeHidden}.
     */
    public record Criteria(String text, List<String> types, List<String> topics, List<String> challenges,
                           List<String> statuses, List<String> tags, List<String> languages,
                           Instant from, Instant to, Sort sort, boolean includeHidden, int page, int size,
                           Set<String> facets) {

        public Criteria {
            checkWindow("page", (long) page * size, size);
            facets = Set.copyOf(facets);
        }

        /** Text only, published only, by relevance, with every facet. */
        public static Criteria text(String text, int page, int size) {
            return new Criteria(text, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                    Sort.RELEVANCE, false, page, size, FACET_NAMES);
        }
    }

    /**
     * The facets a search can count (each is an aggregation Elasticsearch computes over every hit, so a caller asks
     * only for those it shows): the keyword fields below and {@code month}, the hits per month of creation.
     */
    public static final Set<String> FACET_NAMES = Set.of("type", "topic", "challenge", "status", "tag", "language", "month");

    /** Thrown when Elasticsearch does not answer; the API turns it into a 503. */
    public static class Unavailable extends RuntimeException {
        public Unavailable(Throwable cause) {
            super("Search is unavailable right now: the search engine does not answer. Everything else in Kring works.", cause);
        }
    }

    private static final String PUBLISHED = ModerationState.PUBLISHED.name();

    /** Elasticsearch's index.max_result_window, left at its default. */
    static final int MAX_RESULT_WINDOW = 10_000;

    /** Title weighs three times the body; every text field is searched as written (folded) and stemmed in both languages. */
    static final List<String> SEARCHED = List.of("title^3", "title.nl^3", "title.en^3", "body", "body.nl", "body.en");

    /** Each text field and its language sub-fields: whichever matched gives the marked passage. */
    private static final List<String> HIGHLIGHTED = List.of("title", "title.nl", "title.en", "body", "body.nl", "body.en");

    /** Facet name → keyword field. */
    private static final Map<String, String> FACETS = facets();

    private static Map<String, String> facets() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", "type");
        f.put("topic", "topic");
        f.put("challenge", "challenge");
        f.put("status", "status");
        f.put("tag", "tags");
        f.put("language", "language");
        return f;
    }

    @Inject
    SearchClient search;

    @Inject
    ContributionIndex index;

    @SuppressWarnings("rawtypes")
    public Page query(Criteria c) {
        try {
            index.ensureExists();
            List<Query> filters = filters(c);
            Map<String, Aggregation> aggregations = new LinkedHashMap<>();
            FACETS.forEach((name, field) -> {
                if (c.facets().contains(name)) {
                    aggregations.put(name, Aggregation.of(a -> a.terms(t -> t.field(field).size(20))));
                }
            });
            if (c.facets().contains("month")) {
                aggregations.put("month", Aggregation.of(a -> a.dateHistogram(d -> d.field("created_at")
                        .calendarInterval(CalendarInterval.Month).format("yyyy-MM").minDocCount(1))));
            }
            SearchResponse<Map> response = search.client().search(s -> s
                    .index(index.alias())
                    .from(c.page() * c.size()).size(c.size())
                    .trackTotalHits(t -> t.enabled(true))
                    // A hit shows its type, id and title (the passages come from the highlighter): the rest of the
                    // document, the body above all, would only be sent, parsed and dropped (half of each answer).
                    .source(src -> src.filter(f -> f.includes("type", "id", "title")))
                    .query(q -> q.bool(b -> b
                            .must(m -> m.multiMatch(mm -> mm.query(c.text()).fields(SEARCHED).fuzziness("AUTO")))
                            .filter(filters)))
                    .sort(sort(c.sort()))
                    .aggregations(aggregations)
                    // Highlighting with the fuzzy query costs 20x the search itself (550 ms vs 25 ms at the demo
                    // size, measured with curl straight to Elasticsearch): mark the exact and stemmed matches only.
                    .highlight(h -> h.preTags("<em>").postTags("</em>").encoder(HighlighterEncoder.Html)
                            .highlightQuery(hq -> hq.multiMatch(mm -> mm.query(c.text()).fields(HIGHLIGHTED)))
                            .fields(HIGHLIGHTED.stream().map(field -> NamedValue.of(field, field.startsWith("title")
                                    ? HighlightField.of(f -> f.numberOfFragments(0))
                                    : HighlightField.of(f -> f.fragmentSize(160).numberOfFragments(2)))).toList())),
                    Map.class);
            List<Result> results = response.hits().hits().stream().map(Search::result).toList();
            long total = response.hits().total() == null ? results.size() : response.hits().total().value();
            Map<String, List<Bucket>> facets = new LinkedHashMap<>();
            FACETS.keySet().stream().filter(c.facets()::contains)
                    .forEach(name -> facets.put(name, terms(response.aggregations().get(name))));
            if (c.facets().contains("month")) {
                facets.put("month", response.aggregations().get("month").dateHistogram().buckets().array().stream()
                        .map(b -> new Bucket(b.keyAsString(), b.docCount())).toList());
            }
            return new Page(total, c.page(), c.size(), results, facets);
        } catch (IOException | RuntimeException e) {
            throw translate(e);
        }
    }

    /** The compatible entry point: text only, published only, by relevance. */
    public Page query(String text, int from, int size) {
        return query(Criteria.text(text, from / Math.max(size, 1), size));
    }

    /** The published ideas most like this title and body, in either language (both are matched stemmed in nl and en). */
    @SuppressWarnings("rawtypes")
    public List<Similar> similarIdeas(String title, String body, int size) {
        String text = body == null || body.isBlank() ? title : title + "\n" + body;
        try {
            index.ensureExists();
            SearchResponse<Map> response = search.client().search(s -> s
                    .index(index.alias()).size(size)
                    .source(src -> src.filter(f -> f.includes("id", "title", "language", "vote_count")))
                    .query(q -> q.bool(b -> b
                            .should(sh -> sh.multiMatch(mm -> mm.query(title).fields(List.of("title^2", "title.nl^2", "title.en^2",
                                    "body", "body.nl", "body.en")).fuzziness("AUTO")))
                            .should(sh -> sh.moreLikeThis(mlt -> mlt.fields("title", "title.nl", "title.en", "body", "body.nl", "body.en")
                                    .like(l -> l.text(text)).minTermFreq(1).minDocFreq(1).maxQueryTerms(40)
                                    .minimumShouldMatch("30%")))
                            .minimumShouldMatch("1")
                            .filter(f -> f.term(t -> t.field("type").value("idea")))
                            .filter(shownToMembers()))),
                    Map.class);
            return response.hits().hits().stream().map(hit -> {
                Map source = hit.source();
                return new Similar(Long.parseLong(String.valueOf(source.get("id"))), String.valueOf(source.get("title")),
                        source.get("language") == null ? null : String.valueOf(source.get("language")),
                        source.get("vote_count") == null ? 0 : ((Number) source.get("vote_count")).intValue(),
                        hit.score() == null ? 0 : hit.score());
            }).toList();
        } catch (IOException | RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * Completions of a prefix from the titles of published contributions (the completion suggester
     * cannot filter, so hidden ones are dropped here from a larger candidate list).
     */
    @SuppressWarnings("rawtypes")
    public List<Completion> suggest(String prefix, int size) {
        try {
            index.ensureExists();
            SearchResponse<Map> response = search.client().search(s -> s
                    .index(index.alias())
                    .source(src -> src.filter(f -> f.includes("type", "id", "moderation_state")))
                    .suggest(su -> su.suggesters("titles", fs -> fs.prefix(prefix)
                            .completion(cs -> cs.field("suggest").skipDuplicates(true).size(size * 3)))),
                    Map.class);
            List<Completion> suggestions = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Suggestion<Map> suggestion : response.suggest().getOrDefault("titles", List.of())) {
                for (CompletionSuggestOption<Map> option : suggestion.completion().options()) {
                    Map source = option.source();
                    if (source == null || !PUBLISHED.equals(source.get("moderation_state")) || !seen.add(option.text())) {
                        continue;
                    }
                    suggestions.add(new Completion(option.text(), String.valueOf(source.get("type")),
                            Long.parseLong(String.valueOf(source.get("id")))));
                    if (suggestions.size() == size) {
                        return suggestions;
                    }
                }
            }
            return suggestions;
        } catch (IOException | RuntimeException e) {
            throw translate(e);
        }
    }

    private static List<Query> filters(Criteria c) {
        List<Query> filters = new ArrayList<>();
        if (!c.includeHidden()) {
            filters.add(shownToMembers());
        }
        terms(filters, "type", c.types());
        terms(filters, "topic", c.topics());
        terms(filters, "challenge", c.challenges());
        terms(filters, "status", c.statuses());
        terms(filters, "tags", c.tags());
        terms(filters, "language", c.languages());
        if (c.from() != null || c.to() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("created_at");
                if (c.from() != null) {
                    d.gte(c.from().toString());
                }
                if (c.to() != null) {
                    d.lte(c.to().toString());
                }
                return d;
            }))));
        }
        return filters;
    }

    /**
     * The one search filter of what members see: each document's moderation_state is the state a reader meets
     * (a post under a hidden thread or idea is indexed as hidden; see the features' documents).
     */
    private static Query shownToMembers() {
        return Query.of(q -> q.term(t -> t.field("moderation_state").value(PUBLISHED)));
    }

    private static void terms(List<Query> filters, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            List<FieldValue> any = values.stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(any)))));
        }
    }

    private static List<SortOptions> sort(Sort sort) {
        SortOptions score = SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)));
        return switch (sort == null ? Sort.RELEVANCE : sort) {
            case RELEVANCE -> List.of(score);
            case NEWEST -> List.of(SortOptions.of(s -> s.field(f -> f.field("created_at").order(SortOrder.Desc))), score);
            case VOTES -> List.of(SortOptions.of(s -> s.field(f -> f.field("vote_count").order(SortOrder.Desc).missing("_last"))),
                    score);
        };
    }

    private static List<Bucket> terms(Aggregate aggregate) {
        if (aggregate == null || !aggregate.isSterms()) {
            return List.of();
        }
        return aggregate.sterms().buckets().array().stream().map(b -> new Bucket(b.key().stringValue(), b.docCount())).toList();
    }

    /**
     * Elasticsearch pages no deeper than its max_result_window (10,000 hits): a deeper page is the caller's to
     * narrow (a 400 that says so), not a failure of the engine.
     */
    static void checkWindow(String field, long from, int size) {
        if (from + size > MAX_RESULT_WINDOW) {
            throw InvalidInput.of(field, "goes past the first " + MAX_RESULT_WINDOW
                    + " results (page × size + size); narrow the search with words or filters instead");
        }
    }

    /** A search Elasticsearch refused (4xx) is a bad request, named as such; anything else: the engine is unavailable. */
    public static RuntimeException translate(Exception e) {
        if (e instanceof ElasticsearchException refused && refused.status() < 500) {
            return InvalidInput.of("q", "the search engine refused this search: " + refused.error().reason());
        }
        return new Unavailable(e);
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
        return new Result(String.valueOf(source.get("type")), Long.parseLong(String.valueOf(source.get("id"))),
                source.get("title") == null ? null : String.valueOf(source.get("title")), hit.score() == null ? 0 : hit.score(), highlights);
    }
}
