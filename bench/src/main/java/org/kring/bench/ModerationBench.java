package org.kring.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Moderation at scale (issue 12): 10,000 waiting queue items, written straight into the database as Kring's flag path
 * writes them (one item per target, one to two member flags of weight 1 each, below the auto-hide threshold of 3);
 * then the queue API (first page, a keyset page half-way down, filtered by reason and type) and the queue page, each
 * against the same SQL over JDBC; flag → auto-hidden → gone from search ({@link AutoHide}); a bulk hide of 200 items
 * and the undo of each from the log, asserted in the database. Removes its queue items, flags and log lines at the end
 * (and at the start, after a run that stopped half-way), so that later steps and runs find the queue as it was.
 */
final class ModerationBench {

    static final int WAITING = 10_000;
    static final int BULK = 200;
    static final int BULK_ROUNDS = 3;
    static final int CLIENTS = 8;
    /** The text of the flags this step writes into the database: what it removes again. */
    static final String MARK = "bench moderation";
    /** Members who flag in the database (the samples' author and flaggers, AutoHide, are below: their weights differ). */
    static final long FIRST_FLAGGER = 260;
    private static final List<String> REASONS = List.of("SPAM", "OFFENSIVE", "OFF_TOPIC", "PERSONAL_DATA");
    private static final long ADMIN = 1;

    private ModerationBench() {
    }

    static List<String> run(Env env, Facts facts, Duration warmup, Duration measure, int samples) throws Exception {
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        try (Connection db = env.connect()) {
            cleanUp(env, db);
            long t0 = System.nanoTime();
            int made = fill(db, env.size(), env.seed());
            facts.put("moderation.fill.items", made);
            facts.put("moderation.fill.seconds", (System.nanoTime() - t0) / 1e9);
            long waiting = Merge.single(db, "select count(*) from moderation_item where state = 'OPEN'");
            facts.put("moderation.waiting", waiting);
            if (waiting < WAITING) {
                failures.add("only " + waiting + " items wait, expected at least " + WAITING);
            }
        }
        queue(env, facts, warmup, measure);
        page(env, facts, warmup, measure);
        failures.addAll(AutoHide.run(env, facts, samples));
        failures.addAll(bulk(env, facts));
        try (Connection db = env.connect()) {
            cleanUp(env, db);
            long left = Merge.single(db, "select count(*) from flag where text = '" + MARK + "'");
            if (left > 0) {
                failures.add(left + " of the step's flags are still there after its clean-up");
            }
        }
        facts.put("moderation.seconds", (System.nanoTime() - started) / 1e9);
        facts.put("moderation.passed", failures.isEmpty());
        return failures;
    }

    /**
     * Opens {@value #WAITING} queue items on contributions and members that have none, in a fixed mixed order (idea 1
     * and the vote storm's ideas 2–21 stay out), opened over the last two days; returns how many it opened.
     */
    static int fill(Connection db, Size size, long seed) throws Exception {
        db.setAutoCommit(false);
        List<Object[]> targets = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("select type, id, author, topic from ("
                + "select 'POST' as type, p.id, p.author_id as author, t.topic_id as topic from post p "
                + "join discussion_thread t on t.id = p.thread_id where not p.deleted and p.moderation_state = 'PUBLISHED' "
                + "union all select 'IDEA', id, author_id, topic_id from idea where id > 21 and moderation_state = 'PUBLISHED' "
                + "union all select 'THREAD', id, author_id, topic_id from discussion_thread where idea_id is null "
                + "and moderation_state = 'PUBLISHED' "
                + "union all select 'MEMBER', id, id, null from member where id between 2 and ?) c "
                + "where not exists (select 1 from moderation_item i where i.target_type = c.type and i.target_id = c.id) "
                + "order by md5(c.type || c.id) limit ?")) {
            s.setLong(1, size.members());
            s.setInt(2, WAITING);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    targets.add(new Object[] {r.getString(1), r.getLong(2), r.getLong(3), r.getObject(4)});
                }
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        Instant now = Instant.now();
        long flaggers = size.members() - FIRST_FLAGGER + 1;
        try (PreparedStatement item = db.prepareStatement("insert into moderation_item (id, target_type, target_id, author_id, "
                + "topic_id, state, score, flag_count, last_reason, auto_hidden, opened_at) "
                + "values (nextval('moderation_item_seq'), ?, ?, ?, ?, 'OPEN', ?, ?, ?, false, ?) returning id");
             PreparedStatement flag = db.prepareStatement("insert into flag (id, item_id, flagger_id, reason, text, weight, "
                     + "weight_basis, created_at, updated_at) values (nextval('flag_seq'), ?, ?, ?, ?, 1, 'member', ?, ?)")) {
            for (Object[] t : targets) {
                int count = 1 + random.nextInt(2);
                long author = (Long) t[2];
                long[] who = new long[count];
                for (int f = 0; f < count; f++) {
                    do {
                        who[f] = FIRST_FLAGGER + random.nextLong(flaggers);
                    } while (who[f] == author || f == 1 && who[1] == who[0]);
                }
                String[] reasons = {REASONS.get(random.nextInt(REASONS.size())), REASONS.get(random.nextInt(REASONS.size()))};
                Instant opened = now.minus(Duration.ofMinutes(2 + random.nextInt(48 * 60)));
                item.setString(1, (String) t[0]);
                item.setLong(2, (Long) t[1]);
                item.setLong(3, author);
                item.setObject(4, t[3]);
                item.setBigDecimal(5, BigDecimal.valueOf(count));
                item.setInt(6, count);
                item.setString(7, reasons[count - 1]);
                item.setTimestamp(8, Timestamp.from(opened));
                long itemId;
                try (ResultSet r = item.executeQuery()) {
                    r.next();
                    itemId = r.getLong(1);
                }
                for (int f = 0; f < count; f++) {
                    Timestamp at = Timestamp.from(opened.plus(Duration.ofMinutes(f)));
                    flag.setLong(1, itemId);
                    flag.setLong(2, who[f]);
                    flag.setString(3, reasons[f]);
                    flag.setString(4, MARK);
                    flag.setTimestamp(5, at);
                    flag.setTimestamp(6, at);
                    flag.addBatch();
                }
            }
            flag.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        db.createStatement().execute("analyze moderation_item, flag");
        return targets.size();
    }

    /** The queue API and its raw limit: the first page, a keyset page half-way down, and filtered by reason and type. */
    private static void queue(Env env, Facts facts, Duration warmup, Duration measure) throws Exception {
        String cursor;
        BigDecimal afterScore;
        long afterId;
        try (Connection db = env.connect(); ResultSet r = db.createStatement().executeQuery("select score, id from moderation_item "
                + "where state = 'OPEN' order by score desc, id desc offset " + (WAITING / 2 - 1) + " limit 1")) {
            r.next();
            afterScore = r.getBigDecimal(1);
            afterId = r.getLong(2);
            cursor = afterScore.toPlainString() + "_" + afterId;
        }
        String api = env.kringUrl() + "/api/v1/moderation/queue?limit=" + QueueSql.PAGE;
        measure(env, facts, "moderation.queue.first", api, new QueueSql.Page(null, null, null, null), warmup, measure);
        measure(env, facts, "moderation.queue.deep", api + "&cursor=" + cursor, new QueueSql.Page(afterScore, afterId, null, null),
                warmup, measure);
        measure(env, facts, "moderation.queue.filtered", api + "&reason=SPAM&type=POST", new QueueSql.Page(null, null, "SPAM", "POST"),
                warmup, measure);
    }

    private static void measure(Env env, Facts facts, String key, String url, QueueSql.Page page, Duration warmup, Duration measure)
            throws Exception {
        String token = Env.token(ADMIN);
        Measured.load(env, facts, key + ".kring", CLIENTS, warmup, measure, (client, random) -> {
            Http.Response r = Http.send("GET", url, token, null);
            return r.ok() && r.json().path("items").size() == QueueSql.PAGE;
        });
        raw(env, facts, key + ".raw", page, warmup, measure);
    }

    /** The same SQL as a queue page, one JDBC connection per client. */
    private static void raw(Env env, Facts facts, String key, QueueSql.Page page, Duration warmup, Duration measure) throws Exception {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int c = 0; c < CLIENTS; c++) {
                connections.add(env.connect());
            }
            Load.Result raw = Load.run(CLIENTS, warmup, measure, env.seed(),
                    (client, random) -> QueueSql.page(connections.get(client), ADMIN, page) == QueueSql.PAGE);
            raw.save(facts, key, CLIENTS);
            facts.put(key + ".load", Cpu.loadAverages());
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** The moderators' page (moderation.xhtml, its first 50 rows), each client logged in as the admin with its own session. */
    private static void page(Env env, Facts facts, Duration warmup, Duration measure) throws Exception {
        List<StaffSession> sessions = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            sessions.add(StaffSession.login(env.kringUrl()));
        }
        String first = sessions.get(0).get("/moderation.xhtml").body();
        int rows = first.split("class=\"kring-queue-row", -1).length - 1;
        if (rows != QueueSql.PAGE || !first.contains("id=\"logout:logout\"")) {
            throw new IllegalStateException("The moderation page shows " + rows + " rows (logged in: " + first.contains("logout:logout") + ")");
        }
        facts.put("moderation.page.bytes", first.length());
        Measured.load(env, facts, "moderation.page", CLIENTS, warmup, measure, (client, random) -> {
            Http.Response page = sessions.get(client).get("/moderation.xhtml");
            return page.ok() && page.body().contains("kring-queue-row") && page.body().contains("</html>");
        });
    }

    /**
     * {@value #BULK_ROUNDS} times: 200 waiting posts hidden in one {@code POST /moderation/actions}, asserted in the
     * database, then each hide undone from the log (the posts are published and their items wait again).
     */
    private static List<String> bulk(Env env, Facts facts) throws Exception {
        List<String> failures = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        List<Double> undoSeconds = new ArrayList<>();
        List<Double> cpuMillis = new ArrayList<>();
        String admin = Env.token(ADMIN);
        for (int round = 0; round < BULK_ROUNDS; round++) {
            List<Long> items = new ArrayList<>();
            List<Long> posts = new ArrayList<>();
            try (Connection db = env.connect(); PreparedStatement s = db.prepareStatement("select i.id, i.target_id from moderation_item i "
                    + "where i.state = 'OPEN' and i.target_type = 'POST' and exists (select 1 from flag f where f.item_id = i.id "
                    + "and f.text = ?) order by i.id offset ? limit ?")) {
                s.setString(1, MARK);
                s.setInt(2, round * BULK);
                s.setInt(3, BULK);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        items.add(r.getLong(1));
                        posts.add(r.getLong(2));
                    }
                }
            }
            String ids = items.stream().map(String::valueOf).collect(Collectors.joining(","));
            double cpuBefore = Cpu.kringMillis();
            long t0 = System.nanoTime();
            Http.Response hidden = Http.send("POST", env.kringUrl() + "/api/v1/moderation/actions", admin,
                    "{\"action\": \"HIDE\", \"itemIds\": [" + ids + "], \"reason\": \"Benchmark: a spam wave\"}");
            seconds.add((System.nanoTime() - t0) / 1e9);
            cpuMillis.add(cpuBefore < 0 ? Double.NaN : Cpu.kringMillis() - cpuBefore);
            if (!hidden.ok()) {
                failures.add("bulk hide of " + items.size() + " items answered " + hidden.status() + ": " + hidden.body());
                continue;
            }
            String postIds = posts.stream().map(String::valueOf).collect(Collectors.joining(","));
            try (Connection db = env.connect()) {
                expect(failures, "round " + round + ": posts hidden after the bulk hide", Merge.single(db,
                        "select count(*) from post where moderation_state = 'HIDDEN' and id in (" + postIds + ")"), BULK);
                expect(failures, "round " + round + ": items decided HIDE", Merge.single(db, "select count(*) from moderation_item "
                        + "where state = 'DECIDED' and decision = 'HIDE' and id in (" + ids + ")"), BULK);
            }
            t0 = System.nanoTime();
            for (JsonNode entry : hidden.json()) {
                Http.Response undone = Http.send("POST", env.kringUrl() + "/api/v1/moderation/log/" + entry.get("id").asLong() + "/undo",
                        admin, "");
                if (!undone.ok()) {
                    failures.add("undo of log entry " + entry.get("id") + " answered " + undone.status() + ": " + undone.body());
                }
            }
            undoSeconds.add((System.nanoTime() - t0) / 1e9);
            try (Connection db = env.connect()) {
                expect(failures, "round " + round + ": posts published again after the undos", Merge.single(db,
                        "select count(*) from post where moderation_state = 'PUBLISHED' and id in (" + postIds + ")"), BULK);
                expect(failures, "round " + round + ": items waiting again", Merge.single(db, "select count(*) from moderation_item "
                        + "where state = 'OPEN' and id in (" + ids + ")"), BULK);
            }
        }
        facts.put("moderation.bulk.items", BULK);
        facts.put("moderation.bulk.seconds", seconds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s))
                .collect(Collectors.joining(", ")));
        facts.put("moderation.bulk.max", seconds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        facts.put("moderation.bulk.cpuMs", cpuMillis.stream().map(c -> String.format(Locale.ROOT, "%.0f", c))
                .collect(Collectors.joining(", ")));
        facts.put("moderation.bulk.undoSeconds", undoSeconds.stream().map(s -> String.format(Locale.ROOT, "%.1f", s))
                .collect(Collectors.joining(", ")));
        facts.put("moderation.bulk.load", Cpu.loadAverages());
        return failures;
    }

    /**
     * Removes the step's own queue items with their flags and log lines. Hides of them still in force (a run that stopped
     * half-way) are undone through Kring first, so that the posts are published and searchable again.
     */
    static void cleanUp(Env env, Connection db) throws Exception {
        List<Long> hides = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("select a.id from moderation_action a where a.action = 'HIDE' "
                + "and a.undone_by_id is null and a.item_id in (select item_id from flag where text = ?)")) {
            s.setString(1, MARK);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    hides.add(r.getLong(1));
                }
            }
        }
        for (long hide : hides) {
            Http.Response undone = Http.send("POST", env.kringUrl() + "/api/v1/moderation/log/" + hide + "/undo", Env.token(ADMIN), "");
            if (!undone.ok()) {
                throw new IllegalStateException("undoing an earlier run's hide " + hide + " answered " + undone.status() + ": " + undone.body());
            }
        }
        db.setAutoCommit(false);
        List<Long> items = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("select distinct item_id from flag where text = ?")) {
            s.setString(1, MARK);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    items.add(r.getLong(1));
                }
            }
        }
        Array ids = db.createArrayOf("bigint", items.toArray());
        for (String sql : List.of("delete from flag where item_id = any(?)", "delete from moderation_action where item_id = any(?)",
                "delete from moderation_item where id = any(?)")) {
            try (PreparedStatement s = db.prepareStatement(sql)) {
                s.setArray(1, ids);
                s.executeUpdate();
            }
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private static void expect(List<String> failures, String what, long actual, long expected) {
        if (actual != expected) {
            failures.add(what + ": " + actual + ", expected " + expected);
        }
    }
}
