package org.kring.bench;

import java.util.List;
import java.util.SplittableRandom;

/** Dutch and English community text from a fixed vocabulary, so that search terms are known to match. */
final class Words {

    static final List<String> NL = List.of("verpakking", "bezorging", "fiets", "statiegeld", "recycling", "app",
            "donkere", "modus", "kassa", "winkel", "klant", "bestelling", "retour", "kartonnen", "doos", "plastic",
            "groente", "vlees", "plantaardig", "korting", "spaarpunten", "levering", "tijdslot", "kerst", "zomer",
            "duurzaam", "prijs", "kwaliteit", "service", "wachtrij", "parkeren", "laadpaal", "elektrische", "auto",
            "betalen", "pinnen", "bonnetje", "account", "wachtwoord", "melding", "vriendelijk", "snel", "langzaam",
            "graag", "beter", "minder", "meer", "nieuwe", "oude", "handig", "lastig", "idee", "voorstel", "zou", "kunnen",
            "moeten", "willen", "fijn", "jammer", "product", "etiket", "allergenen", "suiker", "zout", "ontbijt");
    static final List<String> EN = List.of("packaging", "delivery", "bike", "deposit", "recycling", "app", "dark",
            "mode", "checkout", "store", "customer", "order", "return", "cardboard", "box", "plastic", "vegetables",
            "meat", "plant", "based", "discount", "loyalty", "points", "slot", "christmas", "summer", "sustainable",
            "price", "quality", "service", "queue", "parking", "charger", "electric", "car", "payment", "card",
            "receipt", "account", "password", "notification", "friendly", "fast", "slow", "please", "better", "less",
            "more", "new", "old", "useful", "annoying", "idea", "proposal", "would", "could", "should", "want", "nice",
            "shame", "product", "label", "allergens", "sugar", "salt", "breakfast");

    private Words() {
    }

    static List<String> of(String language) {
        return "nl".equals(language) ? NL : EN;
    }

    /** A Zipf-like pick: the first words of the list are the common ones. */
    static String word(List<String> words, SplittableRandom random) {
        double u = random.nextDouble();
        return words.get((int) (words.size() * u * u));
    }

    static String title(String language, SplittableRandom random) {
        List<String> words = of(language);
        StringBuilder s = new StringBuilder();
        int n = 4 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            String w = word(words, random);
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return s.toString();
    }

    /** Sentences of about {@code chars} characters in all. */
    static String text(String language, int chars, SplittableRandom random) {
        List<String> words = of(language);
        StringBuilder s = new StringBuilder(chars + 16);
        int sentence = 0;
        while (s.length() < chars) {
            String w = word(words, random);
            if (sentence == 0) {
                s.append(s.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            } else {
                s.append(' ').append(w);
            }
            if (++sentence > 6 + random.nextInt(8)) {
                s.append('.');
                sentence = 0;
            }
        }
        if (sentence != 0) {
            s.append('.');
        }
        return s.toString();
    }
}
