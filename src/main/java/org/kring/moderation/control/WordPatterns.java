package org.kring.moderation.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kring.moderation.entity.WatchedWord;
import org.kring.moderation.entity.WatchedWord.Action;
import org.kring.platform.problems.InvalidInput;

/**
 * The watched words compiled once: per language of the text (nl, en; words for "any" in both) and per action one
 * pattern of all their words, matched ignoring case on word boundaries (a letter, digit or underscore next to a match
 * means it is part of another word), the longest word first, written as a trie (see {@link Node}). A phrase matches
 * across any white space. Immutable:
 * {@link WatchedWords} swaps it as a whole when admins change the list.
 */
final class WordPatterns {

    /** What replaces a REPLACE word without a replacement of its own. */
    static final String DEFAULT_REPLACEMENT = "***";
    private static final List<String> LANGUAGES = List.of("nl", "en");

    static final WordPatterns NONE = new WordPatterns(List.of());

    /** One watched word as the patterns need it. */
    record Word(String word, String language, Action action, String replacement) {
        static Word of(WatchedWord w) {
            return new Word(w.getWord(), w.getLanguage(), w.getAction(), w.getReplacement());
        }
    }

    /** The texts after censoring, and the first HOLD word found in them (empty: none). */
    record Screened(Map<String, String> fields, Optional<String> holdWord) {
    }

    private record Compiled(Pattern block, Pattern replace, Pattern hold, Map<String, String> replacements) {
    }

    /** Per text language ("nl", "en", and null for a text whose language is unknown: every word). */
    private final Map<String, Compiled> byLanguage = new HashMap<>();

    WordPatterns(List<Word> words) {
        for (String language : LANGUAGES) {
            byLanguage.put(language, compile(words.stream()
                    .filter(w -> w.language().equals(language) || w.language().equals(WatchedWord.ANY)).toList()));
        }
        byLanguage.put(null, compile(words));
    }

    /**
     * Refuses a text with a BLOCK word (a 400 naming each such field and the word), censors REPLACE words, and finds a
     * HOLD word in the censored text.
     */
    Screened screen(String language, Map<String, String> fields) {
        Compiled c = byLanguage.getOrDefault(language, byLanguage.get(null));
        InvalidInput.Checks checks = InvalidInput.check();
        fields.forEach((field, text) -> first(c.block(), text).ifPresent(word ->
                checks.that(field, false, "contains \u201c" + word + "\u201d, which this community does not allow; reword it",
                        "invalid.watchedWord", word)));
        checks.orThrow();
        Map<String, String> censored = new LinkedHashMap<>();
        fields.forEach((field, text) -> censored.put(field, c.replace() == null ? text : c.replace().matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(c.replacements().getOrDefault(key(m.group()), DEFAULT_REPLACEMENT)))));
        Optional<String> hold = censored.values().stream().map(text -> first(c.hold(), text)).flatMap(Optional::stream).findFirst();
        return new Screened(censored, hold);
    }

    private static Optional<String> first(Pattern pattern, String text) {
        if (pattern == null || text == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static Compiled compile(List<Word> words) {
        Map<String, String> replacements = new HashMap<>();
        // A word watched for the text's own language wins over the same word for any language.
        words.stream().filter(w -> w.action() == Action.REPLACE).sorted(Comparator.comparing(w -> w.language().equals(WatchedWord.ANY) ? 0 : 1))
                .forEach(w -> replacements.put(key(w.word()), w.replacement() == null ? DEFAULT_REPLACEMENT : w.replacement()));
        return new Compiled(pattern(words, Action.BLOCK), pattern(words, Action.REPLACE), pattern(words, Action.HOLD), replacements);
    }

    private static Pattern pattern(List<Word> words, Action action) {
        Node root = new Node();
        words.stream().filter(w -> w.action() == action).map(w -> key(w.word())).forEach(root::add);
        if (root.children.isEmpty()) {
            return null;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}_])" + root.regex() + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The words as a trie, written as one regular expression: at each character the matcher tries only the branches
     * that start with it (a few), not every word (a plain alternation of 1,000 words tries 1,000 at every position).
     * Longer words are tried first; a space matches any white space.
     */
    private static final class Node {
        private final Map<Integer, Node> children = new TreeMap<>();
        private boolean end;

        void add(String word) {
            Node at = this;
            for (int c : word.codePoints().toArray()) {
                at = at.children.computeIfAbsent(c, k -> new Node());
            }
            at.end = true;
        }

        String regex() {
            List<String> branches = new ArrayList<>();
            children.forEach((c, child) -> branches.add(literal(c) + child.regex()));
            if (branches.isEmpty()) {
                return "";
            }
            String any = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
            return end ? "(?:" + any + ")?" : any;
        }

        private static String literal(int c) {
            if (c == ' ') {
                return "\\s+";
            }
            return Character.isLetterOrDigit(c) ? new String(Character.toChars(c)) : "\\x{" + Integer.toHexString(c) + "}";
        }
    }

    /** How a word is stored and looked up: lower case, single spaces. */
    static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
