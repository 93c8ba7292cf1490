package org.kring.search.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.kring.search.control.Search;

/**
 * The search page's facets as links: each value narrows the search to it (or, when chosen, widens it
 * again). Pure, so it is unit tested; the labels come from the page.
 */
public final class SearchFilters {

    /** The facets the page offers, in the order shown. */
    static final List<String> FACETS = List.of("type", "topic", "status", "language");
    static final int VALUES_SHOWN = 6;

    /** One value of a facet: its label, how many hits have it, whether it is chosen, and the page that toggles it. */
    public record Choice(String label, long count, boolean chosen, String href) {
    }

    /** One facet and its values. */
    public record Facet(String name, List<Choice> choices) {
    }

    private SearchFilters() {
    }

    /** The facets with values, most frequent first; chosen holds the filter value per facet. */
    static List<Facet> facets(String q, Map<String, String> chosen, Map<String, List<Search.Bucket>> buckets,
                              BiFunction<String, String, String> label) {
        return FACETS.stream().filter(name -> !buckets.getOrDefault(name, List.of()).isEmpty())
                .map(name -> new Facet(name, buckets.get(name).stream().limit(VALUES_SHOWN).map(b -> {
                    boolean on = b.value().equals(chosen.get(name));
                    Map<String, String> next = new LinkedHashMap<>(chosen);
                    if (on) {
                        next.remove(name);
                    } else {
                        next.put(name, b.value());
                    }
                    return new Choice(label.apply(name, b.value()), b.count(), on, href(q, next));
                }).toList())).toList();
    }

    /** search.xhtml with this text and these filters, encoded. */
    static String href(String q, Map<String, String> filters) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        FACETS.stream().filter(f -> filters.get(f) != null && !filters.get(f).isBlank()).forEach(f -> params.put(f, filters.get(f)));
        return "/search.xhtml?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
