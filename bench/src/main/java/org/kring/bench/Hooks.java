package org.kring.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Webhook fan-out (issue 16): members post ideas at {@link #PER_MINUTE} a minute (open loop, one every 60 ms) for
 * {@link #PHASE} without webhooks, then as long with five hooks on {@code idea.posted} (three healthy receivers, one
 * answering in 1 s, one down; see {@link HookReceivers}), each phase after {@link #WARMUP} of the same posts that are
 * not measured, so that neither compares a cold Kring (JIT, pools, the delivery workers' first rounds) with a warm
 * one: the posts' p50/p95 with hooks off and on, and the share of
 * deliveries to the healthy receivers that arrived within a minute of the post. Then {@link #KILL_PHASE} more of posts,
 * and bench/run kills Kring (kill -9); after the restart {@link #verify} asserts that share (≥ 99.9 %) and that every
 * idea posted while the hooks were on reached each of the four receivers that answer (at least once: a delivery in
 * flight at the kill may come twice, with the same Kring-Delivery id).
 */
final class Hooks {

    static final int PER_MINUTE = 1000;
    static final Duration PHASE = Duration.ofSeconds(60);
    /** Unmeasured posts before each phase: the first phase was once the cold one, which made hooks look free. */
    static final Duration WARMUP = Duration.ofSeconds(15);
    static final Duration KILL_PHASE = Duration.ofSeconds(10);
    private static final Duration WITHIN = Duration.ofMinutes(1);
    private static final Duration VERIFY_WAIT = Duration.ofSeconds(180);
    /** Authors: the generated members with a token, but the admin (member 1). */
    private static final int AUTHORS = 200;

    /** An acknowledged post: its idea and when Kring answered. */
    private record Posted(long idea, long ackMillis, double millis) {
    }

    private Hooks() {
    }

    static List<String> measure(Env env, Facts facts, int base, Path state, Path log) throws Exception {
        List<String> failures = new ArrayList<>();
        String admin = Env.token(1);
        removeHooks(env, admin, base);
        String topic;
        try (Connection db = env.connect()) {
            topic = Merge.text(db, "select slug from topic order by id limit 1");
        }
        post(env, topic, WARMUP, "warming up without webhooks", failures);
        List<Posted> off = phase(env, facts, "hooks.off", topic, "without webhooks", failures);
        for (int port = base; port <= base + HookReceivers.HEALTHY + 1; port++) {
            addHook(env, admin, port);
        }
        post(env, topic, WARMUP, "warming up with five webhooks", failures);
        List<Posted> on = phase(env, facts, "hooks.on", topic, "with five webhooks", failures);
        long lastAck = on.stream().mapToLong(Posted::ackMillis).max().orElse(System.currentTimeMillis());
        // Every healthy delivery, or a minute after the last post.
        while (System.currentTimeMillis() < lastAck + WITHIN.toMillis() && !allHealthy(on, received(log), base)) {
            Thread.sleep(500);
        }
        Map<String, Long> first = received(log);
        long timely = 0;
        for (Posted p : on) {
            for (int port = base; port < base + HookReceivers.HEALTHY; port++) {
                Long at = first.get(port + "/" + p.idea());
                timely += at != null && at - p.ackMillis() <= WITHIN.toMillis() ? 1 : 0;
            }
        }
        double share = on.isEmpty() ? Double.NaN : 100.0 * timely / (on.size() * (double) HookReceivers.HEALTHY);
        facts.put("hooks.posts", off.size() + on.size());
        facts.put("hooks.off.p50", percentile(off, 0.50));
        facts.put("hooks.off.p95", percentile(off, 0.95));
        facts.put("hooks.on.p50", percentile(on, 0.50));
        facts.put("hooks.on.p95", percentile(on, 0.95));
        facts.put("hooks.timely.percent", share);
        // The posts during which bench/run kills Kring: written as acknowledged, with those while the hooks were on.
        List<Posted> killed = post(env, topic, KILL_PHASE, "before the kill", failures);
        List<String> lines = new ArrayList<>();
        on.forEach(p -> lines.add(String.valueOf(p.idea())));
        killed.forEach(p -> lines.add(String.valueOf(p.idea())));
        Files.write(state, lines);
        return failures;
    }

    /** After the kill and restart: each acknowledged idea reached each receiver that answers; then the hooks go. */
    static List<String> verify(Env env, Facts facts, int base, Path state, Path log) throws Exception {
        List<String> failures = new ArrayList<>();
        List<Posted> acked = Files.readAllLines(state).stream().filter(l -> !l.isBlank())
                .map(l -> new Posted(Long.parseLong(l.strip()), 0, 0)).toList();
        long t0 = System.nanoTime();
        Map<String, Long> first = received(log);
        while (!allAnswering(acked, first, base) && System.nanoTime() - t0 < VERIFY_WAIT.toNanos()) {
            Thread.sleep(1000);
            first = received(log);
        }
        long missing = 0;
        for (Posted p : acked) {
            for (int port = base; port <= base + HookReceivers.HEALTHY; port++) {
                missing += first.containsKey(port + "/" + p.idea()) ? 0 : 1;
            }
        }
        facts.put("hooks.kill.ideas", acked.size());
        facts.put("hooks.kill.missing", missing);
        facts.put("hooks.kill.seconds", (System.nanoTime() - t0) / 1e9);
        facts.put("hooks.repeats", repeats(log));
        if (missing > 0) {
            failures.add(missing + " deliveries of " + acked.size() + " acknowledged ideas × " + (HookReceivers.HEALTHY + 1)
                    + " answering receivers never arrived within " + VERIFY_WAIT.toSeconds() + " s of the restart");
        }
        // Measured before the kill, asserted here: a miss there must not skip the kill.
        Double share = facts.number("hooks.timely.percent");
        if (share == null || !(share >= 99.9)) {
            failures.add("only " + share + " % of the healthy deliveries arrived within a minute of the post (goal ≥ 99.9 %)");
        }
        try (Connection db = env.connect()) {
            facts.put("hooks.down.state", Merge.text(db, "select case when enabled then 'enabled' else 'disabled: ' "
                    + "|| coalesce(disabled_reason, '') end from webhook where url = 'http://127.0.0.1:" + (base + HookReceivers.HEALTHY + 1)
                    + "/hook' order by id desc limit 1"));
        }
        removeHooks(env, Env.token(1), base);
        facts.put("hooks.passed", failures.isEmpty());
        return failures;
    }

    /**
     * A measured phase's posts, with Kring's CPU time per post over it (with hooks on, their deliveries included: what
     * the hooks cost the machine that serves the members) and the machine's load average at its end.
     */
    private static List<Posted> phase(Env env, Facts facts, String key, String topic, String label, List<String> failures) throws Exception {
        double cpuFrom = Cpu.kringMillis();
        List<Posted> posted = post(env, topic, PHASE, label, failures);
        double cpuTo = Cpu.kringMillis();
        if (cpuFrom >= 0 && cpuTo >= 0 && !posted.isEmpty()) {
            facts.put(key + ".cpuMs", (cpuTo - cpuFrom) / posted.size());
        }
        facts.put(key + ".load", Cpu.loadAverage());
        return posted;
    }

    /** Posts one idea every 60 ms for {@code length} (each by the next author); answers the acknowledged ones. */
    private static List<Posted> post(Env env, String topic, Duration length, String label, List<String> failures) throws Exception {
        List<Posted> posted = Collections.synchronizedList(new ArrayList<>());
        long interval = 60_000_000_000L / PER_MINUTE;
        int count = (int) (length.toNanos() / interval);
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                long author = 2 + i % (AUTHORS - 1);
                String title = "Bench webhook idea " + i + " " + label;
                clients.submit(() -> {
                    long t0 = System.nanoTime();
                    try {
                        Http.Response r = Http.send("POST", env.kringUrl() + "/api/v1/ideas", Env.token(author), "{\"title\": "
                                + Http.quote(title) + ", \"body\": \"A webhook benchmark idea.\", \"topic\": " + Http.quote(topic)
                                + ", \"language\": \"en\", \"tags\": []}");
                        if (r.status() == 201) {
                            posted.add(new Posted(r.json().get("id").asLong(), System.currentTimeMillis(), (System.nanoTime() - t0) / 1e6));
                        }
                    } catch (Exception e) {
                        // Counted below as not acknowledged.
                    }
                });
            }
        }
        if (posted.size() < count) {
            failures.add((count - posted.size()) + " of " + count + " posts " + label + " were not acknowledged");
        }
        System.err.printf("[bench] hooks: %d ideas posted %s%n", posted.size(), label);
        return new ArrayList<>(posted);
    }

    private static void addHook(Env env, String admin, int port) throws Exception {
        Http.Response r = Http.send("POST", env.kringUrl() + "/api/v1/admin/webhooks", admin,
                "{\"url\": \"http://127.0.0.1:" + port + "/hook\", \"events\": [\"idea.posted\"]}");
        if (r.status() != 201) {
            throw new IllegalStateException("adding a webhook answered " + r.status() + ": " + r.body()
                    + " (bench/run starts Kring with KRING_WEBHOOKS_ALLOW_PRIVATE=true)");
        }
    }

    /** Removes the hooks of earlier runs that point at these receivers, so no other step pays for them. */
    private static void removeHooks(Env env, String admin, int base) throws Exception {
        JsonNode hooks = Http.send("GET", env.kringUrl() + "/api/v1/admin/webhooks", admin, null).json().path("webhooks");
        for (JsonNode hook : hooks) {
            String url = hook.path("url").asText();
            for (int port = base; port <= base + HookReceivers.HEALTHY + 1; port++) {
                if (url.equals("http://127.0.0.1:" + port + "/hook")) {
                    Http.send("DELETE", env.kringUrl() + "/api/v1/admin/webhooks/" + hook.path("id").asLong(), admin, null);
                }
            }
        }
    }

    /** The receivers' log: "port/idea" → when it first arrived. */
    private static Map<String, Long> received(Path log) throws Exception {
        Map<String, Long> first = new HashMap<>();
        for (String line : Files.readAllLines(log)) {
            String[] cells = line.split("\t");
            if (cells.length == 4 && !cells[3].isEmpty()) {
                first.merge(cells[1] + "/" + cells[3], Long.parseLong(cells[0]), Math::min);
            }
        }
        return first;
    }

    /** Deliveries that arrived more than once (the same Kring-Delivery id at the same receiver). */
    private static long repeats(Path log) throws Exception {
        Set<String> seen = new HashSet<>();
        return Files.readAllLines(log).stream().map(l -> l.split("\t")).filter(c -> c.length == 4)
                .filter(c -> !seen.add(c[1] + "/" + c[2])).count();
    }

    private static boolean allHealthy(List<Posted> posted, Map<String, Long> first, int base) {
        return posted.stream().allMatch(p -> {
            for (int port = base; port < base + HookReceivers.HEALTHY; port++) {
                if (!first.containsKey(port + "/" + p.idea())) {
                    return false;
                }
            }
            return true;
        });
    }

    private static boolean allAnswering(List<Posted> posted, Map<String, Long> first, int base) {
        return allHealthy(posted, first, base) && posted.stream().allMatch(p -> first.containsKey((base + HookReceivers.HEALTHY) + "/" + p.idea()));
    }

    /** The nearest-rank percentile of the posts' times in ms. */
    private static double percentile(List<Posted> posted, double p) {
        List<Double> sorted = posted.stream().map(Posted::millis).sorted().toList();
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.ceil(p * sorted.size()) - 1);
    }
}
