package org.kring.platform.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Mentions of members ({@code @Name}) in rendered, sanitised HTML: only in the text a reader sees, never inside a link,
 * inline code or a code block (there an {@code @} is someone's e-mail address or code). A name is a run of letters,
 * digits, {@code _}, {@code -} and {@code .} (a trailing dot ends the sentence, not the name); at most
 * {@link #MAX_PER_TEXT} different names count, so that one post cannot tell the whole community.
 */
public final class Mentions {

    public static final int MAX_PER_TEXT = 20;
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_@.])@([\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]{0,59})");
    private static final Set<String> NOT_TEXT = Set.of("a", "code", "pre");

    private Mentions() {
    }

    /** The names mentioned in this safe HTML fragment, in order of appearance (null: none). */
    public static Set<String> names(String safeHtml) {
        Set<String> names = new LinkedHashSet<>();
        if (safeHtml != null) {
            textNodes(fragment(safeHtml), node -> {
                Matcher m = MENTION.matcher(node.getWholeText());
                while (m.find() && names.size() < MAX_PER_TEXT) {
                    names.add(name(m));
                }
            });
        }
        return names;
    }

    /**
     * The fragment with each mention of a known name turned into a link to {@code hrefs.get(name)} (marked
     * {@code class="mention"}); mentions of unknown names stay text.
     */
    public static String link(String safeHtml, Map<String, String> hrefs) {
        if (safeHtml == null || hrefs.isEmpty()) {
            return safeHtml;
        }
        Element body = fragment(safeHtml);
        textNodes(body, node -> {
            String text = node.getWholeText();
            Matcher m = MENTION.matcher(text);
            int done = 0;
            Node last = node;
            while (m.find()) {
                String href = hrefs.get(name(m));
                if (href == null) {
                    continue;
                }
                int end = m.start() + 1 + name(m).length();
                TextNode before = new TextNode(text.substring(done, m.start()));
                Element a = new Element("a").attr("href", href).attr("class", "mention").attr("rel", "nofollow ugc noopener")
                        .text(text.substring(m.start(), end));
                last.after(before);
                before.after(a);
                last = a;
                done = end;
            }
            if (done > 0) {
                last.after(new TextNode(text.substring(done)));
                node.remove();
            }
        });
        return body.html();
    }

    private static String name(Matcher m) {
        return m.group(1).replaceAll("[.-]+$", "");
    }

    private static Element fragment(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return doc.body();
    }

    /** Visits the text nodes outside links and code (collected first: visiting may replace them). */
    private static void textNodes(Element root, Consumer<TextNode> visit) {
        List<TextNode> nodes = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.parent() instanceof Element parent && Stream.concat(Stream.of(parent), parent.parents().stream()).noneMatch(p -> NOT_TEXT.contains(p.normalName()))) {
                nodes.add(t);
            }
        });
        nodes.forEach(visit);
    }
}
