package org.kring.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * Flag → auto-hidden → gone from member search: a member posts an idea with a word nobody used before; once a visitor's
 * search finds it, members flag it as spam until a flag's answer says it hid the idea (the topic's threshold, 3 flags
 * of members without history); from that answer until a visitor's {@code GET /api/v1/search?q=word} no longer lists the
 * idea (polled every 10 ms, as the freshness step polls). Asserted: each idea hidden in the database with its queue item
 * auto-hidden, and absent from search. Afterwards a moderator upholds the flags in one bulk hide, so the samples leave
 * no waiting items behind (the ideas stay hidden).
 */
final class AutoHide {

    /** The samples' author and flaggers: members of their own, whose weights grow as their flags are upheld run after run. */
    static final long AUTHOR = 250;
    private static final long FIRST_FLAGGER = 251;
    private static final int FLAGGERS = 5;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private AutoHide() {
    }

    static List<String> run(Env env, Facts facts, int samples) throws Exception {
        List<String> failures = new ArrayList<>();
        Histogram gone = new Histogram(3);
        Histogram flagging = new Histogram(3);
        List<Long> ideas = new ArrayList<>();
        List<String> words = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < samples; i++) {
            String word = "modbench" + Long.toString(System.nanoTime(), 36);
            long idea = Merge.post(env, Env.token(AUTHOR), Generator.TOPICS.get(i % Generator.TOPICS.size()), "Benchmark spam " + word);
            ideas.add(idea);
            words.add(word);
            if (!waitFor(env, word, idea, true)) {
                failures.add("idea " + idea + " was not found by search within " + PATIENCE.toSeconds() + " s of posting");
                continue;
            }
            long hiddenAt = 0;
            for (long flagger = FIRST_FLAGGER; flagger < FIRST_FLAGGER + FLAGGERS && hiddenAt == 0; flagger++) {
                long t0 = System.nanoTime();
                Http.Response r = Http.send("POST", env.kringUrl() + "/api/v1/flags", Env.token(flagger), "{\"targetType\": \"IDEA\", "
                        + "\"targetId\": " + idea + ", \"reason\": \"SPAM\", \"text\": \"bench moderation sample\"}");
                if (r.status() != 201) {
                    failures.add("flagging idea " + idea + " answered " + r.status() + ": " + r.body());
                    break;
                }
                if (r.json().path("hidden").asBoolean()) {
                    hiddenAt = System.nanoTime();
                    flagging.recordValue(Math.max(1, (hiddenAt - t0) / 1_000));
                }
            }
            if (hiddenAt == 0) {
                failures.add("idea " + idea + " was not hidden by " + FLAGGERS + " flags");
            } else if (waitFor(env, word, idea, false)) {
                gone.recordValue(Math.max(1, (System.nanoTime() - hiddenAt) / 1_000));
            } else {
                failures.add("idea " + idea + " was still found by search " + PATIENCE.toSeconds() + " s after its flags hid it");
            }
        }
        Load.of(gone, samples - gone.getTotalCount(), (System.nanoTime() - started) / 1e9).save(facts, "moderation.hidden", 1);
        Load.of(flagging, 0, (System.nanoTime() - started) / 1e9).save(facts, "moderation.flag", 1);
        facts.put("moderation.hidden.load", Cpu.loadAverages());
        if (ideas.isEmpty()) {
            return failures;
        }
        String ids = ideas.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<Long> items = new ArrayList<>();
        try (Connection db = env.connect()) {
            long hidden = Merge.single(db, "select count(*) from idea where moderation_state = 'HIDDEN' and id in (" + ids + ")");
            long autoHidden = Merge.single(db, "select count(*) from moderation_item where target_type = 'IDEA' and state = 'OPEN' "
                    + "and auto_hidden and target_id in (" + ids + ")");
            if (hidden != ideas.size() || autoHidden != ideas.size()) {
                failures.add(hidden + " of " + ideas.size() + " flagged ideas hidden, " + autoHidden + " queue items auto-hidden");
            }
            try (var r = db.createStatement().executeQuery("select id from moderation_item where target_type = 'IDEA' and state = 'OPEN' "
                    + "and target_id in (" + ids + ")")) {
                while (r.next()) {
                    items.add(r.getLong(1));
                }
            }
        }
        for (int i = 0; i < ideas.size(); i++) {
            if (found(env, words.get(i), ideas.get(i))) {
                failures.add("idea " + ideas.get(i) + " is hidden but search still finds it");
            }
        }
        uphold(env, items, failures);
        return failures;
    }

    /** A moderator confirms the automatic hides: the items are decided, the ideas stay hidden. */
    private static void uphold(Env env, List<Long> items, List<String> failures) throws Exception {
        for (int from = 0; from < items.size(); from += ModerationBench.BULK) {
            String ids = items.subList(from, Math.min(items.size(), from + ModerationBench.BULK)).stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
            Http.Response r = Http.send("POST", env.kringUrl() + "/api/v1/moderation/actions", Env.token(1),
                    "{\"action\": \"HIDE\", \"itemIds\": [" + ids + "], \"reason\": \"Benchmark: spam\"}");
            if (!r.ok()) {
                failures.add("upholding the automatic hides answered " + r.status() + ": " + r.body());
            }
        }
    }

    /** Polls a visitor's search every 10 ms until it lists the idea (present) or no longer does; false after the patience. */
    private static boolean waitFor(Env env, String word, long idea, boolean present) throws Exception {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < until) {
            if (found(env, word, idea) == present) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private static boolean found(Env env, String word, long idea) throws Exception {
        Http.Response r = Http.get(env.kringUrl() + "/api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        if (!r.ok()) {
            throw new IllegalStateException("search answered " + r.status() + ": " + r.body());
        }
        for (JsonNode hit : r.json().path("results")) {
            if (hit.path("id").asLong() == idea && "idea".equalsIgnoreCase(hit.path("type").asText())) {
                return true;
            }
        }
        return false;
    }
}
