package org.kring.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static String render(String markdown) {
        return MarkdownRenderer.toSafeHtml(markdown);
    }

    @Test
    void rendersMarkdown() {
        assertThat(render("Hello **world**\n\n- one\n- two"))
                .isEqualTo("<p>Hello <strong>world</strong></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
    }

    @Test
    void scriptIsShownAsTextNeverRun() {
        String html = render("<script>alert(1)</script> and <b>bold</b>");
        assertThat(html).doesNotContain("<script").doesNotContain("<b>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void scriptInsideAnHtmlBlockIsEscapedToo() {
        assertThat(render("<div>\n<script>alert(1)</script>\n</div>")).doesNotContain("<script").doesNotContain("<div");
    }

    @Test
    void eventHandlersNeverBecomeAttributes() {
        String html = render("<img src=x onerror=alert(1)> ![x](http://example.org/x.png\" onerror=\"alert(1))");
        assertThat(html).doesNotContain("<img");
        assertThat(attributeNames(html)).noneMatch(name -> name.startsWith("on"));
        String link = render("[a](http://example.org \"t\\\" onmouseover=\\\"alert(1)\")");
        assertThat(attributeNames(link)).containsOnly("href", "rel");
    }

    /** Every attribute name of every element in the fragment, as a browser would parse it. */
    private static java.util.List<String> attributeNames(String html) {
        return Jsoup.parseBodyFragment(html).body().getAllElements().stream()
                .flatMap(e -> e.attributes().asList().stream()).map(a -> a.getKey().toLowerCase()).toList();
    }

    @Test
    void javascriptLinksLoseTheirTarget() {
        for (String url : new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "javascript&#58;alert(1)",
                "&#106;avascript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4="}) {
            String html = render("[click](" + url + ")");
            assertThat(html).as(url).doesNotContainIgnoringCase("javascript").doesNotContain("vbscript")
                    .doesNotContain("data:").contains("click");
        }
        assertThat(render("<javascript:alert(1)>")).doesNotContain("href");
    }

    @Test
    void linksAreMarkedAsUserContent() {
        assertThat(render("[Kring](https://kring.example/ideas?x=1&y=2)"))
                .isEqualTo("<p><a href=\"https://kring.example/ideas?x=1&amp;y=2\" rel=\"nofollow ugc noopener\">Kring</a></p>");
        assertThat(render("[m](mailto:a@b.example)")).contains("href=\"mailto:a@b.example\"");
    }

    @Test
    void bidiOverridesDoNotReachThePageButOtherUnicodeDoes() {
        String typed = "file\u202Egnp.exe zero\u200Bwidth family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \u05E9\u05DC\u05D5\u05DD caf\u00E9";
        String html = render(typed);
        assertThat(html).doesNotContain("\u202E");
        assertThat(html).contains("zero\u200Bwidth").contains("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67")
                .contains("\u05E9\u05DC\u05D5\u05DD").contains("caf\u00E9");
        assertThat(render("\u2066\u2067\u2068\u2069\u202A\u202B\u202C\u202D x")).isEqualTo("<p>x</p>");
    }

    @Test
    void nulCharactersAreReplaced() {
        assertThat(render("a\u0000b")).doesNotContain("\u0000");
    }

    @Test
    void plainTextHasNoTags() {
        assertThat(MarkdownRenderer.toPlainText(render("Hello **world** & <b>you</b>"))).isEqualTo("Hello world & <b>you</b>");
        assertThat(MarkdownRenderer.toSafeHtml(null)).isNull();
    }
}
