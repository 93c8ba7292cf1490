package org.kring.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.parser.Parser;
import org.kring.platform.faces.LocaleBean;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.problems.TooManyRequests;
import org.kring.search.control.Search;
import org.kring.search.control.VisitorSearchQuota;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

/**
 * The search page: hits with highlights, a few facets to narrow them, suggestions while typing. Highlighted passages come back as HTML-encoded text with the matches in &lt;em&gt;;
 * they are split into plain pieces here and rendered escaped, the matches in &lt;mark&gt;, so no search
 * text is ever written to the page unescaped.
 */
@Named
@RequestScoped
public class SearchPageBean {

    static final int SIZE = 20;
    private static final Pattern MARK = Pattern.compile("<em>(.*?)</em>", Pattern.DOTALL);

    /** A piece of a highlighted passage: plain text, marked when it matched. */
    public record Piece(String text, boolean marked) {
    }

    /** A hit: an idea, a thread or the team's answer (linked; an answer to its idea), or a discussion post. */
    public record Hit(String type, long id, String title, List<List<Piece>> passages) {
    }

    @Inject
    Search search;

    @Inject
    VisitorSearchQuota quota;
    @Inject
    Topics topics;
    @Inject
    LocaleBean locale;

    private String q;
    private final Map<String, String> chosen = new LinkedHashMap<>();
    private List<Hit> hits;
    private List<SearchFilters.Facet> facets = List.of();
    private Map<String, String> topicNames;
    private long total;
    private boolean unavailable;

    public void load() {
        if (q == null || q.isBlank()) {
            hits = List.of();
            return;
        }
        try {
            quota.charge();
            Search.Page page = search.query(new Search.Criteria(q.strip(), filter("type"), filter("topic"), List.of(),
                    filter("status"), List.of(), filter("language"), null, null, Search.Sort.RELEVANCE, false, 0, SIZE,
                    Set.copyOf(SearchFilters.FACETS)));
            total = page.total();
            hits = page.results().stream().map(r -> new Hit(r.type(), r.id(), r.title(), passages(r))).toList();
            facets = SearchFilters.facets(q.strip(), chosen, page.facets(), this::label);
        } catch (Search.Unavailable e) {
            unavailable = true;
            hits = List.of();
        } catch (TooManyRequests e) {
            PageMessages.global(FacesMessage.SEVERITY_WARN, "error.tooMany", e.retryAfterSeconds());
            hits = List.of();
        } catch (RuntimeException e) { // a query Elasticsearch refuses: no hits, not a 500
            hits = List.of();
        }
    }

    private List<String> filter(String facet) {
        String value = chosen.get(facet);
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    private String label(String facet, String value) {
        return switch (facet) {
            case "topic" -> topicNames().getOrDefault(value, value);
            case "type" -> PageMessages.text("search.type." + value);
            case "status" -> PageMessages.text("status." + value);
            default -> PageMessages.text("language." + value);
        };
    }

    private Map<String, String> topicNames() {
        if (topicNames == null) {
            topicNames = topics.all().stream().collect(Collectors.toMap(Topic::getSlug, t -> t.name(locale.getLocale())));
        }
        return topicNames;
    }

    /** The marked passages of a hit, leaving out the one that only repeats its title. */
    static List<List<Piece>> passages(Search.Result result) {
        return result.highlights().stream().filter(h -> !h.isBlank())
                .map(SearchPageBean::pieces)
                .filter(pieces -> result.title() == null || !result.title().strip().equals(
                        String.join("", pieces.stream().map(Piece::text).toList()).strip()))
                .limit(2).toList();
    }

    /** Splits an encoded, highlighted passage into plain (decoded) pieces. */
    static List<Piece> pieces(String highlighted) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = MARK.matcher(highlighted);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                pieces.add(new Piece(plain(highlighted.substring(at, m.start())), false));
            }
            pieces.add(new Piece(plain(m.group(1)), true));
            at = m.end();
        }
        if (at < highlighted.length()) {
            pieces.add(new Piece(plain(highlighted.substring(at)), false));
        }
        return pieces;
    }

    private static String plain(String encoded) {
        return Parser.unescapeEntities(encoded.replaceAll("</?em>", ""), false);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    /** The chosen filter per facet (type, topic, status, language), bound to the page's query parameters. */
    public Map<String, String> getChosen() {
        return chosen;
    }

    public List<SearchFilters.Facet> getFacets() {
        if (hits == null) {
            load();
        }
        return facets;
    }

    public List<Hit> getHits() {
        if (hits == null) {
            load();
        }
        return hits;
    }

    public long getTotal() {
        return total;
    }

    public boolean isUnavailable() {
        return unavailable;
    }
}
