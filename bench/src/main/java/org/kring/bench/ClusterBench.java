package org.kring.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks of the cluster step (issue 11): two Kring instances in one Hazelcast data grid behind nginx. Each instance
 * is reached directly by its own URL, the pair through nginx (which names the instance that answered in the header
 * {@value #UPSTREAM}).
 */
final class ClusterBench {

    /** The response header bench/run's nginx adds: the address of the instance that answered. */
    static final String UPSTREAM = "X-Kring-Upstream";
    /** The stored limit of the rate-limit check: votes per minute, for every member while the check runs. */
    static final int VOTE_LIMIT = 20;
    /** Votes the rate-limit check sends, alternately to each instance: three times the limit. */
    static final int VOTES_SENT = 3 * VOTE_LIMIT;
    private static final Pattern INDEXED = Pattern.compile("(?m)^kring_search_outbox_indexed_total(?:\\{[^}]*})? (\\S+)$");
    private static final String LOGGED_IN = "id=\"logout\"";
    /** A word the generated community uses often (Words), so that each search reads the index for real. */
    private static final String SEARCHED = "idee";

    private ClusterBench() {
    }

    /**
     * Once the outbox is empty and PostgreSQL's row counts settled, records them and each instance's count of indexed
     * outbox entries (an earlier load's last entries would otherwise be counted on one side only).
     */
    static void outboxBefore(Env env, List<String> instances, Path state) throws Exception {
        settle(env);
        Properties p = new Properties();
        for (int i = 0; i < instances.size(); i++) {
            p.setProperty("indexed." + i, String.valueOf(indexed(instances.get(i))));
        }
        long[] rows = outboxRows(env);
        p.setProperty("inserted", String.valueOf(rows[0]));
        p.setProperty("deleted", String.valueOf(rows[1]));
        try (var w = Files.newBufferedWriter(state)) {
            p.store(w, null);
        }
    }

    /**
     * Once the outbox is empty: the entries the instances indexed since {@link #outboxBefore} add up to the entries
     * written meanwhile (each change indexed by one instance), and both instances took part.
     */
    static List<String> outboxAfter(Env env, Facts facts, List<String> instances, Path state) throws Exception {
        List<String> failures = new ArrayList<>();
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(state)) {
            p.load(r);
        }
        settle(env);
        long[] rows = outboxRows(env);
        long inserted = rows[0] - Long.parseLong(p.getProperty("inserted"));
        long deleted = rows[1] - Long.parseLong(p.getProperty("deleted"));
        List<Long> byInstance = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            byInstance.add(indexed(instances.get(i)) - Long.parseLong(p.getProperty("indexed." + i)));
        }
        long indexed = byInstance.stream().mapToLong(Long::longValue).sum();
        facts.put("cluster.outbox.inserted", inserted);
        facts.put("cluster.outbox.deleted", deleted);
        facts.put("cluster.outbox.indexed", indexed);
        facts.put("cluster.outbox.byInstance", byInstance.stream().map(String::valueOf).collect(Collectors.joining(" + ")));
        if (backlog(env) > 0) {
            failures.add("the outbox was not empty 60 s after the load");
        }
        if (indexed != inserted || deleted != inserted) {
            failures.add("outbox entries written " + inserted + ", removed " + deleted + ", indexed by the instances " + byInstance
                    + ": each change must be indexed exactly once");
        }
        if (byInstance.stream().anyMatch(n -> n == 0)) {
            failures.add("an instance indexed nothing " + byInstance + ": the pair did not share the work");
        }
        facts.put("cluster.outbox.passed", failures.isEmpty());
        System.err.printf("[bench] outbox: %,d entries written, %,d removed, indexed by the instances %s%n", inserted, deleted, byInstance);
        return failures;
    }

    /**
     * With a stored limit of {@value #VOTE_LIMIT} votes a minute, one member votes {@value #VOTES_SENT} times on as many
     * ideas, alternately through each instance (not through nginx): counted in the shared grid, at most the limit is
     * accepted in all (counted per instance, twice the limit would be).
     */
    static List<String> limits(Env env, Facts facts, List<String> instances, long member) throws Exception {
        List<String> failures = new ArrayList<>();
        String setting = "kring.rate-limit.votes-per-minute";
        settings(instances.get(0), "{\"settings\":{\"" + setting + "\":\"" + VOTE_LIMIT + "\"}}");
        long accepted = 0;
        long refused = 0;
        List<String> other = new ArrayList<>();
        try {
            // The other instance reads stored settings again within 5 s (StoredSettings.FRESH).
            Thread.sleep(6_000);
            for (int i = 0; i < VOTES_SENT; i++) {
                String base = instances.get(i % instances.size());
                Http.Response r = Http.send("PUT", base + "/api/v1/ideas/" + (100 + i) + "/vote", Env.token(member), null);
                if (r.ok()) {
                    accepted++;
                } else if (r.status() == 429) {
                    refused++;
                } else {
                    other.add(r.status() + " from " + base);
                }
            }
        } finally {
            settings(instances.get(0), "{\"settings\":{\"" + setting + "\":null}}");
        }
        facts.put("cluster.limit.accepted", accepted);
        facts.put("cluster.limit.refused", refused);
        if (accepted > VOTE_LIMIT) {
            failures.add(accepted + " of " + VOTES_SENT + " votes accepted with a limit of " + VOTE_LIMIT + " a minute");
        }
        if (accepted == 0) {
            failures.add("no vote was accepted");
        }
        if (!other.isEmpty()) {
            failures.add("answers other than 2xx and 429: " + other.subList(0, Math.min(5, other.size())));
        }
        facts.put("cluster.limit.passed", failures.isEmpty());
        System.err.printf("[bench] limits: %d of %d votes accepted, %d refused with 429 (limit %d a minute)%n",
                accepted, VOTES_SENT, refused, VOTE_LIMIT);
        return failures;
    }

    /**
     * Logs the admin in through nginx (the login form: its GET and POST may well reach different instances) and loads
     * the home page; writes the session's cookies and the instance that served that page to {@code state} and prints
     * that instance's address.
     */
    static void sessionLogin(String nginx, Path state) throws Exception {
        StaffSession session = StaffSession.login(nginx);
        CookieManager cookies = session.cookies();
        HttpResponse<String> home = get(HttpClient.newBuilder().cookieHandler(cookies).build(), nginx + "/", null);
        if (home.statusCode() != 200 || !home.body().contains(LOGGED_IN)) {
            throw new IllegalStateException("Right after the login the home page answered " + home.statusCode() + " without the logout button");
        }
        Properties p = new Properties();
        p.setProperty("cookie", cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; ")));
        p.setProperty("servedBy", home.headers().firstValue(UPSTREAM).orElse("?"));
        try (var w = Files.newBufferedWriter(state)) {
            p.store(w, null);
        }
        System.out.println(p.getProperty("servedBy"));
    }

    /** After the instance that served the session was killed: the next page, from the other one, still shows the admin logged in. */
    static List<String> sessionCheck(Facts facts, String nginx, Path state) throws Exception {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(state)) {
            p.load(r);
        }
        HttpResponse<String> home = get(HttpClient.newHttpClient(), nginx + "/", p.getProperty("cookie"));
        String servedBy = home.headers().firstValue(UPSTREAM).orElse("?");
        List<String> failures = new ArrayList<>();
        if (servedBy.equals(p.getProperty("servedBy"))) {
            failures.add("the page came from " + servedBy + ", the instance that was killed");
        }
        if (home.statusCode() != 200 || !home.body().contains(LOGGED_IN)) {
            failures.add("the home page from " + servedBy + " answered " + home.statusCode() + " and does not show the admin logged in");
        }
        facts.put("cluster.session.before", p.getProperty("servedBy"));
        facts.put("cluster.session.after", servedBy);
        facts.put("cluster.session.passed", failures.isEmpty());
        System.err.printf("[bench] session: logged in on %s, next page from %s: %s%n", p.getProperty("servedBy"), servedBy,
                failures.isEmpty() ? "still logged in" : failures);
        return failures;
    }

    /**
     * The write load, and next to it a member searching through nginx twice a second: while bench/run kills an
     * Elasticsearch node, the answers that were not a 200 are counted (the index has a replica of each shard).
     */
    static void searchingWriteLoad(Env env, Facts facts, String key, Path acked, Duration duration) throws Exception {
        long[] sent = new long[1];
        long[] answered = new long[1];
        long end = System.nanoTime() + duration.toNanos();
        Thread searching = Thread.ofPlatform().start(() -> {
            while (System.nanoTime() < end) {
                sent[0]++;
                try {
                    if (Http.send("GET", env.kringUrl() + "/api/v1/search?q=" + SEARCHED, Env.token(2), null).status() == 200) {
                        answered[0]++;
                    }
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    // not answered: counted as sent only
                }
            }
        });
        WriteLoad.run(env, facts, key, acked, duration);
        searching.join();
        facts.put(key + ".searchesSent", sent[0]);
        facts.put(key + ".searches", answered[0]);
        System.err.printf("[bench] %s: search answered %d of %d times%n", key, answered[0], sent[0]);
    }

    /** Every search of {@link #searchingWriteLoad} answered; the write load's own checks are {@link WriteLoad#verify}'s. */
    static List<String> searchesAnswered(Facts facts, String key) {
        Double sent = facts.number(key + ".searchesSent"), answered = facts.number(key + ".searches");
        return sent != null && sent.equals(answered) && sent > 0 ? List.of()
                : List.of("search answered " + answered + " of " + sent + " times while an Elasticsearch node was down");
    }

    private static HttpResponse<String> get(HttpClient client, String url, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (cookie != null && !cookie.isEmpty()) {
            b.header("Cookie", cookie);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void settings(String base, String json) throws Exception {
        Http.Response r = Http.send("PUT", base + "/api/v1/admin/settings", Env.token(1), json);
        if (!r.ok()) {
            throw new IllegalStateException("PUT /admin/settings answered " + r.status() + ": " + r.body());
        }
    }

    private static long indexed(String base) throws Exception {
        Http.Response r = Http.get(base + "/metrics");
        Matcher m = INDEXED.matcher(r.body());
        if (!r.ok() || !m.find()) {
            throw new IllegalStateException(base + "/metrics answered " + r.status() + " without kring_search_outbox_indexed_total");
        }
        return (long) Double.parseDouble(m.group(1));
    }

    /** Rows ever inserted into and deleted from search_outbox, as PostgreSQL counts them. */
    private static long[] outboxRows(Env env) throws Exception {
        try (Connection db = env.connect(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select n_tup_ins, n_tup_del from pg_stat_user_tables where relname = 'search_outbox'")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    /** Waits until the outbox is empty (at most 60 s) and PostgreSQL published the row counts of its last changes. */
    private static void settle(Env env) throws Exception {
        long t0 = System.nanoTime();
        while (backlog(env) > 0 && System.nanoTime() - t0 < Duration.ofSeconds(60).toNanos()) {
            Thread.sleep(500);
        }
        // PostgreSQL publishes a connection's row counts up to 10 s after its last transaction when it is idle.
        Thread.sleep(12_000);
    }

    private static long backlog(Env env) throws Exception {
        try (Connection db = env.connect(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select count(*) from search_outbox")) {
            r.next();
            return r.getLong(1);
        }
    }
}
