package org.kring.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.regex.Pattern;

/** The {@code <meta name="description">} of a page: its text, without markup, cut to what search results show. */
@Named
@ApplicationScoped
public class PageMeta {

    static final int MAX_LENGTH = 160;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /**
     * Plain text of HTML that Kring rendered itself (Markdown output, entities escaped), at most MAX_LENGTH
     * characters, cut at a word with an ellipsis. The page escapes it again when it writes the attribute.
     */
    public String summary(String html) {
        if (html == null) {
            return "";
        }
        String text = SPACE.matcher(unescape(TAG.matcher(html).replaceAll(" "))).replaceAll(" ").strip();
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
        return text.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1).strip() + "…";
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
