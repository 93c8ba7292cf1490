package org.kring.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The search API as the member search page uses it ({@code GET /api/v1/search?facets=type,topic,status,language&q=})
 * against the same query sent straight to Elasticsearch: the request body below is what
 * org.kring.search.control.Search#query builds for it (fuzzy multi_match, published only, the page's four terms
 * facets, highlighting).
 */
final class SearchBench {

    static final int CLIENTS = 8;
    /** Kring and Elasticsearch alone take turns this many times each. */
    private static final int TURNS = 4;
    private static final List<String> SEARCHED = List.of("title^3", "title.nl^3", "title.en^3", "body", "body.nl", "body.en");
    /** The four facets the member search page shows and asks for (its fields; the facet names are the same). */
    private static final List<String> FACETS = List.of("type", "topic", "status", "language");

    private SearchBench() {
    }

    /** Two words of one language, the common ones more often. */
    static String words(SplittableRandom random) {
        List<String> words = random.nextBoolean() ? Words.NL : Words.EN;
        return Words.word(words, random) + " " + Words.word(words, random);
    }

    static String body(String text) {
        String q = Http.quote(text);
        String fields = SEARCHED.stream().map(Http::quote).collect(Collectors.joining(","));
        String highlighted = SEARCHED.stream().map(f -> Http.quote(f.replace("^3", ""))).collect(Collectors.joining(","));
        StringBuilder aggs = new StringBuilder();
        aggs.append(FACETS.stream().map(f -> Http.quote(f) + ":{\"terms\":{\"field\":" + Http.quote(f) + ",\"size\":20}}")
                .collect(Collectors.joining(",")));
        String highlightFields = SEARCHED.stream().map(f -> f.replace("^3", "")).map(f -> Http.quote(f) + ":"
                + (f.startsWith("title") ? "{\"number_of_fragments\":0}" : "{\"fragment_size\":160,\"number_of_fragments\":2}"))
                .collect(Collectors.joining(","));
        return "{\"from\":0,\"size\":20,\"track_total_hits\":true,\"_source\":{\"includes\":[\"type\",\"id\",\"title\"]},"
                + "\"query\":{\"bool\":{\"must\":[{\"multi_match\":{\"query\":" + q + ",\"fields\":[" + fields
                + "],\"fuzziness\":\"AUTO\"}}],\"filter\":[{\"term\":{\"moderation_state\":{\"value\":\"PUBLISHED\"}}}]}},"
                + "\"sort\":[{\"_score\":{\"order\":\"desc\"}}],\"aggregations\":{" + aggs + "},"
                + "\"highlight\":{\"pre_tags\":[\"<em>\"],\"post_tags\":[\"</em>\"],\"encoder\":\"html\","
                + "\"highlight_query\":{\"multi_match\":{\"query\":" + q + ",\"fields\":[" + highlighted + "]}},"
                + "\"fields\":{" + highlightFields + "}}}";
    }

    /** Kring and the same query straight to Elasticsearch, in turns (see {@link Load#inTurns}): the same words for both. */
    static void run(Env env, Facts facts, Duration warmup, Duration measure) throws Exception {
        String url = env.esUrl() + "/" + env.esIndex() + "/_search";
        List<Load.Result> results = Load.inTurns(CLIENTS, warmup, measure, TURNS, env.seed(),
                (client, random) -> Http.get(env.kringUrl() + "/api/v1/search?facets=" + String.join(",", FACETS) + "&q="
                        + URLEncoder.encode(words(random), StandardCharsets.UTF_8)).ok(),
                (client, random) -> Http.send("POST", url, null, body(words(random))).ok());
        results.get(0).save(facts, "search.kring", CLIENTS);
        results.get(1).save(facts, "search.raw", CLIENTS);
    }
}
