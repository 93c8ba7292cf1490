package org.kring.feeds.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One Atom feed as Kring publishes it: links are paths under the site (the boundary makes them absolute), text is
 * as members typed it and {@code html} is the sanitised HTML pages show.
 */
public record Feed(String key, String title, String subtitle, String pagePath, Instant updated, List<Entry> entries) {

    /** An entry; {@code author} null when the community itself speaks (the changelog), {@code html} null for no content. */
    public record Entry(String pagePath, String title, String author, Instant published, Instant updated, String html) {
    }

    /**
     * A validator for conditional GET: changes whenever an entry is added, removed or edited, and when the feed's own
     * title or subtitle changes (an admin renames a topic or challenge).
     */
    public String etag() {
        long hash = 31L * key.hashCode() + Objects.hash(title, subtitle);
        for (Entry e : entries) {
            hash = 31 * hash + e.pagePath().hashCode();
            hash = 31 * hash + e.updated().toEpochMilli();
        }
        return Long.toHexString(hash) + "-" + entries.size();
    }
}
