package org.kring.channels.control;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for a channel's name, whoever gives it (a link's utm_source and utm_medium, an API client's header, an
 * admin's short link): lower case, white space as hyphens, only letters, digits, '.', '_', '-' (and the '/' between
 * source and medium), at most 40 characters. Whatever a link carries, what is stored is short and harmless.
 */
public final class ChannelName {

    public static final int MAX_LENGTH = 40;

    private ChannelName() {
    }

    /** The channel of a source (utm_source) and an optional medium (utm_medium): "newsletter", "newsletter/email". */
    public static Optional<String> of(String source, String medium) {
        String s = clean(source);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String m = clean(medium);
        String name = m.isEmpty() ? s : s + "/" + m;
        return Optional.of(name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name);
    }

    /** A name alone (an admin's, a client's header). */
    public static Optional<String> of(String name) {
        return of(name, null);
    }

    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        // Bounded before any work: a link may carry a megabyte of utm_source.
        String v = value.length() > 4 * MAX_LENGTH ? value.substring(0, 4 * MAX_LENGTH) : value;
        String cleaned = v.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-").replaceAll("[^\\p{L}\\p{N}._-]", "");
        return cleaned.replaceAll("^[-._]+|[-._]+$", "");
    }
}
