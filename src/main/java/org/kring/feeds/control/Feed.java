package org.kring.feeds.control;

import java.time.Instant;
import java.util.List;

/**
 * One Atom feed as Kring publishes it: links are paths under the site (the boundary makes them absolute), text is
 * as members typed it and {@code html} is the sanitised HTML pages show.
 */
public record Feed(String title, String subtitle, String pagePath, Instant updated, List<Entry> entries) {

    /** An entry; {@code author} null when the community itself speaks (the changelog), {@code html} null for no content. */
    public record Entry(String pagePath, String title, String author, Instant published, Instant updated, String html) {
    }
}
