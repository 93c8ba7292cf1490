package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.kring.moderation.entity.WatchedWord;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;

/**
 * The watched words admins keep (ADMIN only; see {@link PreModeration} for what they do to a contribution). Read for
 * every contribution, so held in memory as one compiled {@link WordPatterns}: rebuilt after a change commits on this
 * instance, and at least every {@value #RELOAD_SECONDS} s (so another instance of a cluster sees a change within that
 * time). A thousand words load and compile in milliseconds.
 */
@ApplicationScoped
public class WatchedWords {

    public static final int MAX_WORD = 100;
    public static final int MAX_REPLACEMENT = 100;
    /** More words than this would make every contribution's match slow and the list unreadable. */
    public static final int MAX_WORDS = 2_000;
    static final long RELOAD_SECONDS = 60;
    static final Set<String> LANGUAGES = Set.of("nl", "en", WatchedWord.ANY);

    /** A word as an admin sends it; language nl, en or any (default any); replacement only for REPLACE. */
    public record WordInput(String word, String language, String action, String replacement) {
    }

    /** Fired inside the transaction that changed the list; the cache is dropped once it committed. */
    public record Changed() {
    }

    private record Loaded(WordPatterns patterns, Instant at) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportContext imports;

    @Inject
    Event<Changed> changed;

    private volatile Loaded loaded;
    /** Counts changes, so that a load that read the list before a change committed is not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    /** Every watched word, by language and word. */
    public List<WatchedWord> list() {
        return em.createQuery("select w from WatchedWord w order by w.language, w.word", WatchedWord.class).getResultList();
    }

    @Transactional
    public WatchedWord add(WordInput input, long adminId) {
        WordInput in = input == null ? new WordInput(null, null, null, null) : input;
        String word = in.word() == null ? "" : WordPatterns.key(in.word());
        String language = in.language() == null || in.language().isBlank() ? WatchedWord.ANY : in.language().strip().toLowerCase();
        Optional<WatchedWord.Action> action = Flags.parse(WatchedWord.Action.class, in.action());
        String replacement = in.replacement() == null || in.replacement().isBlank() ? null : in.replacement().strip();
        InvalidInput.check()
                .that("word", !word.isEmpty(), "must be a word or phrase")
                .that("word", word.length() <= MAX_WORD, "must be at most " + MAX_WORD + " characters")
                .that("word", word.isEmpty() || word.codePoints().anyMatch(Character::isLetterOrDigit), "must contain a letter or digit")
                .that("language", LANGUAGES.contains(language), "must be nl, en or any")
                .that("action", action.isPresent(), "must be one of " + Arrays.toString(WatchedWord.Action.values()))
                .that("replacement", replacement == null || action.orElse(null) == WatchedWord.Action.REPLACE,
                        "goes only with REPLACE")
                .that("replacement", replacement == null || replacement.length() <= MAX_REPLACEMENT,
                        "must be at most " + MAX_REPLACEMENT + " characters")
                .orThrow();
        if (em.createQuery("select count(w) from WatchedWord w", Long.class).getSingleResult() >= MAX_WORDS) {
            throw new Conflict("There are already " + MAX_WORDS + " watched words: remove some first.", "word",
                    "at most " + MAX_WORDS + " watched words");
        }
        if (!em.createQuery("select w.id from WatchedWord w where w.word = :word and w.language = :language", Long.class)
                .setParameter("word", word).setParameter("language", language).getResultList().isEmpty()) {
            throw new Conflict("\u201c" + word + "\u201d is already watched for " + language + ".", "word", "is already watched");
        }
        WatchedWord watched = new WatchedWord(word, language, action.get(), replacement, adminId,
                imports.now().truncatedTo(ChronoUnit.MICROS));
        em.persist(watched);
        em.flush();
        changed.fire(new Changed());
        return watched;
    }

    @Transactional
    public void remove(long id) {
        WatchedWord word = em.find(WatchedWord.class, id);
        if (word == null) {
            throw new NotFound("There is no watched word " + id + ".");
        }
        em.remove(word);
        changed.fire(new Changed());
    }

    /** The compiled words, loaded when missing or older than the reload interval. */
    WordPatterns patterns() {
        Loaded now = loaded;
        if (now == null || now.at().isBefore(Instant.now().minus(Duration.ofSeconds(RELOAD_SECONDS)))) {
            long before = generation.get();
            now = new Loaded(new WordPatterns(list().stream().map(WordPatterns.Word::of).toList()), Instant.now());
            if (generation.get() == before) {
                loaded = now;
            }
        }
        return now.patterns();
    }

    /** After a change committed, the next contribution compiles the list anew. */
    void drop(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        generation.incrementAndGet();
        loaded = null;
    }
}
