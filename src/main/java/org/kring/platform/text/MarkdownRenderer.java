package org.kring.platform.text;

/** Placeholder until the shared renderer lands (threads branch); escapes everything. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String toSafeHtml(String markdown) {
        return "<p>" + markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;") + "</p>";
    }
}
