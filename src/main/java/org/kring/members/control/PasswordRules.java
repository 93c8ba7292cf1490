package org.kring.members.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * NIST SP 800-63B's rules for a chosen password: long enough (10 to 200 characters, spaces and any script allowed),
 * no composition rules (no "one digit and one capital"), but not a password attackers try first (a list of the most
 * used ones, a single repeated character, a run of the keyboard or the alphabet) and not the member's own name or
 * address. Each rule gives the reason the member is shown.
 */
final class PasswordRules {

    static final int MIN = 10;
    static final int MAX = 200;
    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** Why this password may not be used, or null when it may. */
    static String refusal(String password, String email, String displayName) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            return "must be " + MIN + " to " + MAX + " characters";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() <= 2) {
            return "is one of the passwords attackers try first; choose a longer phrase of your own";
        }
        if (containsPart(lower, localPart(email)) || containsPart(lower, displayName)) {
            return "must not contain your email address or your name";
        }
        return null;
    }

    private static boolean containsPart(String password, String part) {
        if (part == null) {
            return false;
        }
        String p = part.strip().toLowerCase(Locale.ROOT);
        return p.length() >= 4 && password.contains(p);
    }

    private static String localPart(String email) {
        return email == null || !email.contains("@") ? email : email.substring(0, email.indexOf('@'));
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("common-passwords.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
