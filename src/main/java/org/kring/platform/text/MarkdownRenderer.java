package org.kring.platform.text;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.kring.platform.problems.InvalidInput;

/**
 * The one way Kring turns what a member typed (Markdown) into HTML that a page may show; used by ideas
 * and threads. The source is stored as typed; only its rendering is shown.
 * <ol>
 * <li>CommonMark renders the Markdown with raw HTML escaped (a typed {@code <script>} shows as text) and
 *     unsafe link schemes ({@code javascript:}, {@code vbscript:}, ...) emptied;</li>
 * <li>jsoup then keeps only an allow-list of tags and attributes (no event handlers, no style, no
 *     images), only http, https and mailto links, and marks every link {@code rel="nofollow ugc noopener"};</li>
 * <li>Unicode bidi override and isolate controls are left out of the rendering, so that a post cannot
 *     reverse the text that follows it (e.g. to disguise a link); the stored source keeps them.</li>
 * </ol>
 * Thread-safe: the parser and renderer are immutable.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr", "del")
            .removeProtocols("a", "href", "ftp")
            .removeEnforcedAttribute("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow ugc noopener");
    /** LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI. */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private MarkdownRenderer() {
    }

    /** Markdown as typed to sanitised HTML; null stays null. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null) {
            return null;
        }
        String html = RENDERER.render(PARSER.parse(BIDI_CONTROLS.matcher(markdown).replaceAll("")));
        return Jsoup.clean(html, "", SAFELIST, new Document.OutputSettings().prettyPrint(false)).strip();
    }

    /**
     * Like {@link #toSafeHtml(String)}, for text that is stored: a text within its character limit can still render
     * to more HTML than its column holds (thousands of reference links), which is the writer's to shorten (a 400
     * naming the field), not a database error.
     */
    public static String toStoredHtml(String markdown, String field, int maxHtml) {
        return toStoredHtml(markdown, field, maxHtml, names -> Map.of());
    }

    /**
     * Like {@link #toStoredHtml(String, String, int)}, with each {@code @Name} that {@code mentionLinks} knows (it maps
     * the mentioned names to links, leaving out names that are no one's) as a link: see {@link Mentions}.
     */
    public static String toStoredHtml(String markdown, String field, int maxHtml, Function<Set<String>, Map<String, String>> mentionLinks) {
        String safe = toSafeHtml(markdown);
        Set<String> names = Mentions.names(safe);
        String html = names.isEmpty() ? safe : Mentions.link(safe, mentionLinks.apply(names));
        InvalidInput.check().that(field, html == null || html.length() <= maxHtml,
                "renders to more than " + maxHtml + " characters of HTML; shorten it").orThrow();
        return html;
    }

    /** The text of a rendered (safe) HTML fragment, without tags: what the search index stores. */
    public static String toPlainText(String safeHtml) {
        return safeHtml == null ? null : Jsoup.parse(safeHtml).text();
    }
}
