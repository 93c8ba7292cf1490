package org.kring.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.kring.search.control.Search;

/**
 * The search page. Highlighted passages come back as HTML-encoded text with the matches in &lt;em&gt;;
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

    /** A hit: an idea (linked) or a discussion post or thread. */
    public record Hit(String type, long id, String title, List<List<Piece>> passages) {
    }

    @Inject
    Search search;

    private String q;
    private List<Hit> hits;
    private long total;
    private boolean unavailable;

    public void load() {
        if (q == null || q.isBlank()) {
            hits = List.of();
            return;
        }
        try {
            Search.Page page = search.query(q.strip(), 0, SIZE);
            total = page.total();
            hits = page.results().stream().map(r -> new Hit(r.type(), r.id(), r.title(),
                    passages(r))).toList();
        } catch (Search.Unavailable e) {
            unavailable = true;
            hits = List.of();
        }
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
