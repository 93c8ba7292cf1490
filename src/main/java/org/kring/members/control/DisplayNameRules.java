package org.kring.members.control;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A display name is shown beside everything a member writes, so it may not mislead: no invisible or
 * direction-changing characters (a name that shows reversed or hides text in lists), and no name that passes for
 * the company's staff, in Dutch or English, however it is spelled with spaces, dots or look-alike digits. Staff
 * accounts are named by admins, not through sign-up.
 */
final class DisplayNameRules {

    static final int MIN = 2;
    static final int MAX = 60;
    /** Unicode format characters: bidi overrides and isolates, zero-width spaces and joiners, soft hyphens. */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    private static final List<String> STAFF_WORDS = List.of("admin", "beheer", "moderat", "kringteam", "teamkring",
            "klantenservice", "helpdesk", "official", "officieel", "medewerker", "webcare");

    private DisplayNameRules() {
    }

    /** Why this name may not be used, or null when it may (the length is checked with the other fields). */
    static String refusal(String displayName) {
        if (displayName == null) {
            return null;
        }
        if (INVISIBLE.matcher(displayName).find()) {
            return "must not contain invisible or direction-changing characters";
        }
        String folded = fold(displayName);
        if (STAFF_WORDS.stream().anyMatch(folded::contains)) {
            return "may not look like a name of the community's team or moderators";
        }
        return null;
    }

    /** Lower case, accents off, look-alike digits as letters, only letters left: "A.d-m1n" and "Adrnin" → "admin". */
    static String fold(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replace('0', 'o').replace('1', 'i').replace('3', 'e').replace('4', 'a').replace('5', 's')
                .replace('7', 't').replace('|', 'l').replace("$", "s").replace("@", "a").replaceAll("[^\\p{L}]", "")
                .replace("rn", "m");
    }
}
