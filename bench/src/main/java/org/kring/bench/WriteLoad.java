package org.kring.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A write load that survives faults: 16 members voting and replying for a given time, writing every
 * acknowledged write (a 2xx answer) to a file as it comes, and counting the other answers: 503 (Kring says it
 * cannot serve right now, the right answer during a fault), other 5xx (a failure a client cannot act on) and no
 * answer at all. {@link #verify} then checks, after the fault, that each acknowledged write is in the database, that
 * the index caught up, and, while Kring kept running, that no answer was a 5xx other than 503.
 */
final class WriteLoad {

    static final int CLIENTS = 16;
    /**
     * Faults whose 5xx answers other than 503 are counted but fail nothing, and why they come. kill9: while Kring deploys
     * after its restart, Payara answers before Kring can (its readiness says DOWN then, so a load balancer sends nothing).
     * cluster.kill: the requests in flight to the instance that was killed, which nginx answers with a 502 (it retries
     * no POST once sent: the instance may have applied it).
     */
    static final Map<String, String> SERVER_ERRORS_REPORTED = Map.of(
            "kill9", "while Kring was deploying after the restart: Payara's answers; readiness DOWN then",
            "cluster.kill", "nginx's 502 for the requests in flight to the killed instance");

    private WriteLoad() {
    }

    static void run(Env env, Facts facts, String key, Path acked, Duration duration) throws Exception {
        Size size = env.size();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong unavailable = new AtomicLong();
        AtomicLong serverErrors = new AtomicLong();
        AtomicLong slowest503 = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        try (BufferedWriter out = Files.newBufferedWriter(acked)) {
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                threads.add(Thread.ofPlatform().start(() -> {
                    SplittableRandom random = new SplittableRandom(env.seed() * 13 + client);
                    while (System.nanoTime() < end) {
                        long member = VoteBench.voter(size, random);
                        long idea = VoteBench.idea(size, random);
                        String line;
                        long pause = 50;
                        long t0 = System.nanoTime();
                        try {
                            Http.Response r;
                            if (random.nextBoolean()) {
                                r = Http.send("PUT", env.kringUrl() + "/api/v1/ideas/" + idea + "/vote", Env.token(member), null);
                                line = r.ok() ? "vote " + idea + " " + member : null;
                            } else {
                                r = Http.send("POST", env.kringUrl() + "/api/v1/threads/" + idea + "/posts", Env.token(member),
                                        "{\"body\":" + Http.quote(Words.text(Generator.language(idea), 80, random)) + "}");
                                line = r.ok() ? "post " + r.json().path("id").asLong() : null;
                            }
                            if (r.status() == 503) {
                                unavailable.incrementAndGet();
                                slowest503.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
                                // As a client should: wait what Kring asks (at most 5 s, so the load resumes soon after).
                                pause = Math.min(5, Math.max(r.retryAfterSeconds(), 0)) * 1000L;
                            } else if (r.status() >= 500) {
                                serverErrors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            line = null;
                        }
                        if (line == null) {
                            errors.incrementAndGet();
                            sleep(Math.max(pause, 50));
                            continue;
                        }
                        ok.incrementAndGet();
                        synchronized (out) {
                            try {
                                out.write(line);
                                out.newLine();
                                out.flush();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        facts.put(key + ".acked", ok.get());
        facts.put(key + ".refused", errors.get());
        facts.put(key + ".unavailable", unavailable.get());
        facts.put(key + ".serverErrors", serverErrors.get());
        facts.put(key + ".unavailable.slowestMillis", slowest503.get());
        System.err.printf("[bench] %s: %,d writes acknowledged, %,d refused or failed (%,d answered 503, %,d another 5xx)%n",
                key, ok.get(), errors.get(), unavailable.get(), serverErrors.get());
    }

    /**
     * Every acknowledged write is in the database; then, within {@code within}, every acknowledged post is
     * in the index and Kring's consistency check says consistent with an empty outbox.
     */
    static List<String> verify(Env env, Facts facts, String key, Path acked, Duration within) throws Exception {
        List<String> failures = new ArrayList<>();
        List<Long> posts = new ArrayList<>();
        long votes = 0;
        try (Connection db = env.connect();
             PreparedStatement vote = db.prepareStatement("select 1 from vote where idea_id = ? and member_id = ?");
             PreparedStatement post = db.prepareStatement("select 1 from post where id = ?")) {
            for (String line : Files.readAllLines(acked)) {
                String[] f = line.split(" ");
                PreparedStatement ps = f[0].equals("vote") ? vote : post;
                ps.setLong(1, Long.parseLong(f[1]));
                if (f[0].equals("vote")) {
                    ps.setLong(2, Long.parseLong(f[2]));
                    votes++;
                } else {
                    posts.add(Long.parseLong(f[1]));
                }
                try (ResultSet r = ps.executeQuery()) {
                    if (!r.next()) {
                        failures.add("acknowledged but missing from the database: " + line);
                    }
                }
            }
        }
        facts.put(key + ".lost", failures.size());
        Double serverErrors = facts.number(key + ".serverErrors");
        if (!SERVER_ERRORS_REPORTED.containsKey(key) && serverErrors != null && serverErrors > 0) {
            failures.add(String.format("%.0f writes answered with a 5xx other than 503 during the fault", serverErrors));
        }
        long t0 = System.nanoTime();
        String missing = "not checked";
        boolean consistent = false;
        while (System.nanoTime() - t0 < within.toNanos()) {
            missing = missingFromIndex(env, posts);
            JsonNode c = Http.send("GET", env.kringUrl() + "/api/v1/admin/search/consistency", Env.token(1), null).json();
            consistent = c.path("consistent").asBoolean();
            if (missing == null && consistent) {
                break;
            }
            Thread.sleep(500);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        facts.put(key + ".catchup", seconds);
        if (missing != null) {
            failures.add("not in the index after " + within.toSeconds() + " s: " + missing);
        } else if (!consistent) {
            failures.add("the consistency check did not say consistent within " + within.toSeconds() + " s");
        }
        facts.put(key + ".passed", failures.isEmpty());
        System.err.printf("[bench] %s: %,d acknowledged votes and %,d posts checked; index caught up after %.1f s%n",
                key, votes, posts.size(), seconds);
        return failures;
    }

    /** null when every post is in the index; otherwise a short description. */
    private static String missingFromIndex(Env env, List<Long> posts) throws Exception {
        long missing = 0;
        String first = null;
        for (int from = 0; from < posts.size(); from += 1_000) {
            StringBuilder ids = new StringBuilder();
            for (Long id : posts.subList(from, Math.min(posts.size(), from + 1_000))) {
                ids.append(ids.isEmpty() ? "" : ",").append("\"post-").append(id).append('"');
            }
            Http.Response r = Http.send("POST", env.esUrl() + "/" + env.esIndex() + "/_mget?_source=false", null,
                    "{\"ids\":[" + ids + "]}");
            if (!r.ok()) {
                return "Elasticsearch answered " + r.status();
            }
            for (JsonNode doc : r.json().path("docs")) {
                if (!doc.path("found").asBoolean()) {
                    missing++;
                    first = first == null ? doc.path("_id").asText() : first;
                }
            }
        }
        return missing == 0 ? null : missing + " posts, e.g. " + first;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
