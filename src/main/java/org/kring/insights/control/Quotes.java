package org.kring.insights.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a quote must be to its source: a passage that really occurs in it, as written (Markdown) or as read on the page
 * (the rendered text, which a reader selects), whatever the white space and letter case; and a digest of the source's
 * text, so that a later read tells whether the source changed since it was quoted. Pure, so unit tested.
 */
public final class Quotes {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private Quotes() {
    }

    /** Whether the quote occurs in the source's Markdown or in its rendered HTML's text. */
    public static boolean occursIn(String quote, String markdown, String html) {
        String wanted = normal(quote);
        return !wanted.isEmpty() && (normal(markdown).contains(wanted) || normal(text(html)).contains(wanted));
    }

    /** SHA-256 of the source's text, hex. */
    public static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    static String normal(String text) {
        return text == null ? "" : WHITE_SPACE.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** The text a reader sees of stored (sanitised) HTML: tags as spaces, the entities the sanitiser writes decoded. */
    static String text(String html) {
        if (html == null) {
            return "";
        }
        return TAG.matcher(html).replaceAll(" ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
