package org.kring.moderation.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kring.platform.text.MarkdownRenderer;

/**
 * The plain-text beginning of a contribution's HTML as the queue shows it, computed once per distinct HTML: parsing
 * the HTML was an eighth of a queue page's time, and moderators load the same first pages over and over. Keyed by the
 * whole HTML, so an edited contribution gets its new excerpt at once (a hash alone could be made to collide by an
 * author who wants the queue to show old words). Bounded: the most recently used {@value #ENTRIES} short bodies.
 */
final class Excerpts {

    static final int LENGTH = 280;
    private static final int ENTRIES = 1_000;
    /** Longer bodies are rare and would make the bound a matter of megabytes: they are parsed each time. */
    private static final int CACHED_HTML = 8_192;

    private static final Map<String, String> RECENT = new LinkedHashMap<>(ENTRIES * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > ENTRIES;
        }
    };

    private Excerpts() {
    }

    /** At most {@value #LENGTH} characters of the HTML's text (cut with "…"); null for null. */
    static String of(String html) {
        if (html == null) {
            return null;
        }
        if (html.length() > CACHED_HTML) {
            return excerpt(html);
        }
        synchronized (RECENT) {
            String known = RECENT.get(html);
            if (known != null) {
                return known;
            }
        }
        String excerpt = excerpt(html);
        synchronized (RECENT) {
            RECENT.put(html, excerpt);
        }
        return excerpt;
    }

    private static String excerpt(String html) {
        String text = MarkdownRenderer.toPlainText(html).strip();
        return text.length() <= LENGTH ? text : text.substring(0, LENGTH - 1) + "…";
    }
}
