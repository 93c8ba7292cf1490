package org.kring.insights.control;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A theme's word as people wrote it. Significant terms come from the stemmed fields ("bezorgmoment", "plantaard",
 * "deliveri"); the label is the example word that shares the longest beginning with the stem (the shortest of those),
 * so an analyst reads "bezorgmomenten", "plantaardige", "delivery". Pure, so unit tested.
 */
final class ThemeLabel {

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}'-]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private ThemeLabel() {
    }

    /** The word of {@code text} closest to {@code stem}, lower case; the stem itself when no word is close. */
    static String of(String stem, String text) {
        if (text == null) {
            return stem;
        }
        int needed = Math.max(3, stem.length() - 2);
        record Candidate(String word, int shared) {
        }
        Optional<Candidate> best = WORDS.splitAsStream(text)
                .map(word -> word.toLowerCase(Locale.ROOT))
                .map(word -> new Candidate(word, sharedBeginning(fold(word), stem)))
                .filter(c -> c.shared() >= Math.min(needed, stem.length()))
                .min(Comparator.comparingInt((Candidate c) -> -c.shared()).thenComparingInt(c -> c.word().length()));
        return best.map(Candidate::word).orElse(stem);
    }

    static String fold(String word) {
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    }

    private static int sharedBeginning(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
