package org.kring.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Vote storm: 200 members at once, each sending 50 votes and withdrawals (one in three) on the same 20
 * ideas. Asserts: 0 errors; every idea's vote_count equals its rows in vote; each storm member's vote
 * row exists exactly when their last acknowledged request was a vote; and each count equals the
 * votes of others from before plus the storm's acknowledged outcome.
 */
final class Storm {

    static final int CLIENTS = 200;
    static final int REQUESTS = 50;
    static final int IDEAS = 20;

    private Storm() {
    }

    /** Storms one after the other until one fails or all passed; the failures of the failed one. */
    static List<String> runs(Env env, Facts facts, int runs) throws Exception {
        List<String> failures = List.of();
        int run = 0;
        while (run < runs && failures.isEmpty()) {
            run++;
            failures = run(env, facts);
            System.err.printf("[bench] storm %d of %d: %s in %s s%n", run, runs, failures.isEmpty() ? "passed" : "FAILED",
                    facts.get("storm.seconds"));
        }
        facts.put("storm.runs", run);
        return failures;
    }

    /** The failures found; empty when the storm passed. */
    static List<String> run(Env env, Facts facts) throws Exception {
        long firstMember = 2;
        long[] ideas = new long[IDEAS];
        for (int i = 0; i < IDEAS; i++) {
            ideas[i] = 2 + i;
        }
        String inIdeas = "(" + String.join(",", java.util.Arrays.stream(ideas).mapToObj(Long::toString).toList()) + ")";
        String stormMembers = "member_id between " + firstMember + " and " + (firstMember + CLIENTS - 1);
        Map<Long, Long> others = counts(env, "select idea_id, count(*) from vote where idea_id in " + inIdeas
                + " and not (" + stormMembers + ") group by idea_id");
        // expected[c][i]: after the last acknowledged request of client c on idea i, does the vote exist? null: untouched.
        Boolean[][] expected = new Boolean[CLIENTS][IDEAS];
        Map<Long, Boolean> before = pairs(env, inIdeas, stormMembers);
        for (int c = 0; c < CLIENTS; c++) {
            for (int i = 0; i < IDEAS; i++) {
                expected[c][i] = before.getOrDefault(ideas[i] * 1_000_000 + firstMember + c, false);
            }
        }
        AtomicLong errors = new AtomicLong();
        AtomicLong acknowledged = new AtomicLong();
        List<String> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().start(() -> {
                SplittableRandom random = new SplittableRandom(env.seed() * 7 + client);
                String token = Env.token(firstMember + client);
                for (int k = 0; k < REQUESTS; k++) {
                    int i = random.nextInt(IDEAS);
                    boolean vote = random.nextInt(3) != 0;
                    try {
                        Http.Response r = Http.send(vote ? "PUT" : "DELETE", env.kringUrl() + "/api/v1/ideas/" + ideas[i] + "/vote", token, null);
                        if (r.ok()) {
                            expected[client][i] = vote;
                            acknowledged.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            synchronized (failures) {
                                if (failures.size() < 5) {
                                    failures.add("HTTP " + r.status() + ": " + r.body());
                                }
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        facts.put("storm.requests", acknowledged.get() + errors.get());
        facts.put("storm.errors", errors.get());
        facts.put("storm.seconds", seconds);
        if (errors.get() > 0) {
            failures.add(0, errors.get() + " requests failed");
        }
        Map<Long, Long> counters = counts(env, "select id, vote_count from idea where id in " + inIdeas);
        Map<Long, Long> rows = counts(env, "select idea_id, count(*) from vote where idea_id in " + inIdeas + " group by idea_id");
        Map<Long, Boolean> after = pairs(env, inIdeas, stormMembers);
        for (int i = 0; i < IDEAS; i++) {
            long idea = ideas[i];
            long expectedCount = others.getOrDefault(idea, 0L);
            for (int c = 0; c < CLIENTS; c++) {
                boolean has = after.getOrDefault(idea * 1_000_000 + firstMember + c, false);
                if (has != expected[c][i]) {
                    failures.add("idea " + idea + ", member " + (firstMember + c) + ": vote row " + has + ", acknowledged " + expected[c][i]);
                }
                expectedCount += expected[c][i] ? 1 : 0;
            }
            long counter = counters.getOrDefault(idea, -1L);
            long count = rows.getOrDefault(idea, 0L);
            if (counter != count || count != expectedCount) {
                failures.add("idea " + idea + ": vote_count " + counter + ", vote rows " + count + ", acknowledged " + expectedCount);
            }
        }
        failures.addAll(counterCheck(env));
        facts.put("storm.passed", failures.isEmpty());
        return failures;
    }

    /** Kring's own invariant check (as the admin, member 1) must see what the SQL above saw: no drift. */
    private static List<String> counterCheck(Env env) throws Exception {
        Http.Response r = Http.send("GET", env.kringUrl() + "/api/v1/admin/consistency", Env.token(1), null);
        if (!r.ok()) {
            return List.of("GET /api/v1/admin/consistency: HTTP " + r.status() + ": " + r.body());
        }
        return r.json().get("consistent").asBoolean() ? List.of() : List.of("Kring's counter check: " + r.body());
    }

    /** The storm members' votes on the storm's ideas, keyed idea * 1,000,000 + member. */
    private static Map<Long, Boolean> pairs(Env env, String inIdeas, String stormMembers) throws Exception {
        Map<Long, Boolean> m = new HashMap<>();
        try (Connection db = env.connect(); PreparedStatement ps = db.prepareStatement(
                "select idea_id, member_id from vote where idea_id in " + inIdeas + " and " + stormMembers);
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                m.put(r.getLong(1) * 1_000_000 + r.getLong(2), true);
            }
        }
        return m;
    }

    private static Map<Long, Long> counts(Env env, String sql) throws Exception {
        Map<Long, Long> m = new HashMap<>();
        try (Connection db = env.connect(); PreparedStatement ps = db.prepareStatement(sql); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                m.put(r.getLong(1), r.getLong(2));
            }
        }
        return m;
    }
}
