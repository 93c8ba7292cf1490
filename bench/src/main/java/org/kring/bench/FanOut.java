package org.kring.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Telling 10,000 voters (issue 13): two new ideas, each voted on and followed by the same 10,000 members written
 * straight into the database (one in ten of them wants status mails at once, the rest chose "off" for mails and
 * still get the in-app notification). Three status changes per idea through Kring's API, one after the other:
 * the request's time, the time until all 10,000 in-app notifications are stored, and the rate at which the mails
 * reach the SMTP sink. Then a fourth change, and bench/run kills Kring (kill -9) while it fans out; after the restart
 * {@link #verify} asserts that every fan-out told each member exactly once, in the app and by mail (only the mails of
 * the batch in flight at the kill may arrive twice, with the same Message-IDs).
 */
final class FanOut {

    static final int AUDIENCE = 10_000;
    /** One in this many of the audience gets status mails at once. */
    static final int MAILED_ONE_IN = 10;
    static final String DOMAIN = "@fanout.bench.invalid";
    private static final String[] CHANGES = {"UNDER_REVIEW", "PLANNED", "IN_PROGRESS"};
    private static final Duration WAIT = Duration.ofSeconds(120);
    /** How long the mails of all measured changes may take to reach the sink (6,000 at 20/s on a busy machine). */
    private static final Duration MAIL_WAIT = Duration.ofSeconds(300);
    /** Kring marks mails sent in batches of this many (its MailOutbox.BATCH): at most these are sent again after a kill. */
    static final int MAILS_IN_FLIGHT = 10;
    /** The first 15 characters of the names of Kring's mail sender threads (what Linux keeps of a thread's name). */
    private static final String MAIL_THREADS = "kring-mail-send";

    private FanOut() {
    }

    /** Runs the measured changes, then starts the one to be killed; writes its idea to {@code state}. */
    static List<String> measure(Env env, Facts facts, Path state, Path mails) throws Exception {
        List<String> failures = new ArrayList<>();
        String admin = Env.token(1);
        long[] ideas = new long[2];
        String topic;
        try (Connection db = env.connect()) {
            long first = audience(db);
            topic = Merge.text(db, "select slug from topic order by id limit 1");
            for (int i = 0; i < ideas.length; i++) {
                ideas[i] = Merge.post(env, admin, topic, "Bench fan-out idea " + (i + 1));
                Merge.votes(db, ideas[i], first, AUDIENCE);
                follows(db, ideas[i], first);
            }
        }
        // One unmeasured change of an idea nobody follows first, so that the measured ones do not time the first call's
        // class loading and compilation in Kring.
        change(env, admin, Merge.post(env, admin, topic, "Bench fan-out warm-up"), "UNDER_REVIEW");
        List<Double> requests = new ArrayList<>();
        List<Double> stored = new ArrayList<>();
        List<Long> fanOuts = new ArrayList<>();
        long mailsFrom = System.currentTimeMillis();
        OutboxBacklog backlog = new OutboxBacklog(env);
        double cpuFrom = Cpu.kringMillis();
        double mailCpuFrom = Cpu.kringThreadsMillis(MAIL_THREADS);
        for (String status : CHANGES) {
            for (long idea : ideas) {
                long t0 = System.nanoTime();
                change(env, admin, idea, status);
                requests.add((System.nanoTime() - t0) / 1e6);
                long fanOut = awaitStored(env, idea, status, AUDIENCE, t0);
                stored.add((System.nanoTime() - t0) / 1e9);
                fanOuts.add(fanOut);
            }
        }
        Map<Long, List<Long>> received = awaitMails(env, mails, fanOuts);
        backlog.close();
        double cpuTo = Cpu.kringMillis();
        double mailCpuTo = Cpu.kringThreadsMillis(MAIL_THREADS);
        facts.put("fanout.loadAverage", Cpu.loadAverage());
        long mailed = received.values().stream().mapToLong(List::size).sum();
        long last = received.values().stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(mailsFrom);
        long firstMail = received.values().stream().flatMap(List::stream).mapToLong(Long::longValue).min().orElse(mailsFrom);
        try (Connection db = env.connect()) {
            for (long fanOut : fanOuts) {
                exact(db, failures, fanOut, received, 0);
            }
        }
        facts.put("fanout.audience", AUDIENCE);
        facts.put("fanout.changes", requests.size());
        facts.put("fanout.request.max", requests.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        facts.put("fanout.request.median", median(requests));
        facts.put("fanout.request.p95", percentile(requests, 0.95));
        facts.put("fanout.stored.max", stored.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        facts.put("fanout.stored.median", median(stored));
        facts.put("fanout.mails", mailed);
        facts.put("fanout.mail.rate", last > firstMail ? mailed * 1000.0 / (last - firstMail) : Double.NaN);
        facts.put("fanout.mail.busySeconds", backlog.busySeconds());
        facts.put("fanout.mail.busyRate", mailed / backlog.busySeconds());
        if (cpuFrom >= 0 && cpuTo >= 0 && mailCpuFrom >= 0 && mailCpuTo >= 0 && mailed > 0) {
            // The sender threads' own time per mail (composing, SMTP, the outbox's statements), and all of Kring's over
            // the measured changes (the fan-outs into 60,000 notifications included) per mail.
            facts.put("fanout.mail.cpuMs", (mailCpuTo - mailCpuFrom) / mailed);
            facts.put("fanout.kring.cpuMs", (cpuTo - cpuFrom) / mailed);
        }

        // The change that bench/run interrupts: it returns as soon as part of the audience has its notification.
        long t0 = System.nanoTime();
        change(env, admin, ideas[0], "DONE");
        long seen = awaitCount(env, ideas[0], "DONE", 1, t0);
        facts.put("fanout.kill.storedBefore", seen);
        Files.writeString(state, ideas[0] + "\n");
        return failures;
    }

    /** After the kill and restart: the interrupted fan-out completes and tells everyone exactly once. */
    static List<String> verify(Env env, Facts facts, Path state, Path mails) throws Exception {
        List<String> failures = new ArrayList<>();
        long idea = Long.parseLong(Files.readString(state).strip());
        long fanOut = awaitStored(env, idea, "DONE", AUDIENCE, System.nanoTime());
        Map<Long, List<Long>> received = awaitMails(env, mails, List.of(fanOut));
        try (Connection db = env.connect()) {
            exact(db, failures, fanOut, received, MAILS_IN_FLIGHT);
        }
        facts.put("fanout.kill.repeats", received.values().stream().mapToInt(times -> times.size() - 1).sum());
        facts.put("fanout.passed", failures.isEmpty());
        return failures;
    }

    /**
     * The fan-out's notifications are one per member of the audience (SQL: voters and followers but the actor),
     * its mails one outbox row per member who wants them, each received by the sink; a repeat (the same Message-ID
     * twice) only for the batch in flight at a kill, so at most {@code repeatsAllowed}.
     */
    private static void exact(Connection db, List<String> failures, long fanOut, Map<Long, List<Long>> received, int repeatsAllowed)
            throws Exception {
        long notifications = Merge.single(db, "select count(*) from notification where fanout_id = " + fanOut);
        long members = Merge.single(db, "select count(distinct member_id) from notification where fanout_id = " + fanOut);
        if (notifications != AUDIENCE || members != AUDIENCE) {
            failures.add("fan-out " + fanOut + ": " + notifications + " notifications for " + members + " members, expected "
                    + AUDIENCE + " for as many");
        }
        Set<Long> outbox = ids(db, "select id from mail_outbox where fanout_id = " + fanOut);
        if (outbox.size() != AUDIENCE / MAILED_ONE_IN) {
            failures.add("fan-out " + fanOut + ": " + outbox.size() + " mails in the outbox, expected " + AUDIENCE / MAILED_ONE_IN);
        }
        long missing = outbox.stream().filter(id -> !received.containsKey(id)).count();
        long repeats = outbox.stream().mapToLong(id -> received.getOrDefault(id, List.of()).size()).filter(n -> n > 1).map(n -> n - 1).sum();
        if (missing > 0 || repeats > repeatsAllowed) {
            failures.add("fan-out " + fanOut + ": " + missing + " mails never reached the SMTP server, " + repeats + " sent again");
        }
    }

    /**
     * The first member of the fan-out audience: 10,000 members of their own (created once, kept for later runs), one
     * in ten with status mails at once, the others with status mails off.
     */
    private static long audience(Connection db) throws Exception {
        if (Merge.single(db, "select count(*) from member where email like '%" + DOMAIN + "'") < AUDIENCE) {
            // Ids past any block Kring's EclipseLink may hold (it takes 50 at a time from member_seq).
            long base = Merge.single(db, "select setval('member_seq', nextval('member_seq') + " + (AUDIENCE + 50) + ") - "
                    + (AUDIENCE + 50));
            try (PreparedStatement insert = db.prepareStatement("insert into member (id, email, display_name, password_hash, role, "
                    + "created_at) select ? + g, 'fanout-' || g || '" + DOMAIN + "', 'Fan-out ' || g, "
                    + "(select password_hash from member where id = 1), 'MEMBER', now() from generate_series(1, ?) g")) {
                insert.setLong(1, base);
                insert.setInt(2, AUDIENCE);
                insert.executeUpdate();
            }
        }
        // The split is set on every run, so that a change of MAILED_ONE_IN holds on an existing bench database too.
        db.createStatement().execute("delete from notification_choice where member_id in (select id from member where email like '%"
                + DOMAIN + "')");
        db.createStatement().execute("insert into notification_choice (member_id, kind, delivery, updated_at) select id, "
                + "'RESPONSES', 'OFF', now() from member where email like '%" + DOMAIN + "' and id % " + MAILED_ONE_IN + " <> 0");
        return Merge.single(db, "select min(id) from member where email like '%" + DOMAIN + "'");
    }

    private static void follows(Connection db, long idea, long first) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("insert into follow (id, member_id, target_type, target_id, created_at) "
                + "select nextval('follow_seq'), id, 'IDEA', ?, now() from member where id between ? and ? on conflict do nothing")) {
            insert.setLong(1, idea);
            insert.setLong(2, first);
            insert.setLong(3, first + AUDIENCE - 1);
            insert.executeUpdate();
        }
    }

    private static void change(Env env, String token, long idea, String status) throws Exception {
        Http.Response r = Http.send("PUT", env.kringUrl() + "/api/v1/ideas/" + idea + "/status", token,
                "{\"status\": \"" + status + "\"}");
        if (!r.ok()) {
            throw new IllegalStateException("changing idea " + idea + " to " + status + " answered " + r.status() + ": " + r.body());
        }
    }

    /** Waits until the change's notifications number {@code expected}; answers its fan-out. */
    private static long awaitStored(Env env, long idea, String status, int expected, long since) throws Exception {
        awaitCount(env, idea, status, expected, since);
        try (Connection db = env.connect()) {
            return Merge.single(db, "select min(fanout_id) from notification where link = '/idea.xhtml?id=" + idea
                    + "' and status = '" + status + "'");
        }
    }

    /** Polls every 50 ms until at least {@code atLeast} notifications of the change are stored; answers how many. */
    private static long awaitCount(Env env, long idea, String status, int atLeast, long since) throws Exception {
        try (Connection db = env.connect(); PreparedStatement count = db.prepareStatement("select count(*) from notification "
                + "where link = ? and status = ?")) {
            count.setString(1, "/idea.xhtml?id=" + idea);
            count.setString(2, status);
            while (true) {
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) >= atLeast) {
                        return rs.getLong(1);
                    }
                }
                if (System.nanoTime() - since > WAIT.toNanos()) {
                    throw new IllegalStateException("idea " + idea + " → " + status + ": fewer than " + atLeast
                            + " notifications after " + WAIT.toSeconds() + " s");
                }
                Thread.sleep(50);
            }
        }
    }

    /** Waits (up to {@link #MAIL_WAIT}) until the sink has every outbox mail of these fan-outs; answers the times each arrived. */
    private static Map<Long, List<Long>> awaitMails(Env env, Path mails, List<Long> fanOuts) throws Exception {
        Set<Long> wanted;
        try (Connection db = env.connect()) {
            wanted = ids(db, "select id from mail_outbox where fanout_id in (" + fanOuts.stream().map(String::valueOf)
                    .reduce((a, b) -> a + "," + b).orElseThrow() + ")");
        }
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (true) {
            Map<Long, List<Long>> received = received(mails, wanted);
            if (received.size() == wanted.size() || System.nanoTime() > deadline) {
                return received;
            }
            Thread.sleep(200);
        }
    }

    /** The sink's log lines for the wanted outbox ids: id → the times it arrived (more than one: sent again). */
    private static Map<Long, List<Long>> received(Path mails, Set<Long> wanted) throws IOException {
        Map<Long, List<Long>> received = new HashMap<>();
        for (String line : Files.readAllLines(mails)) {
            String[] cells = line.split("\t");
            if (cells.length < 2 || !cells[1].startsWith("<kring-mail-")) {
                continue;
            }
            long id = Long.parseLong(cells[1].substring(12, cells[1].indexOf('@')));
            if (wanted.contains(id)) {
                received.computeIfAbsent(id, k -> new ArrayList<>()).add(Long.parseLong(cells[0]));
            }
        }
        return received;
    }

    private static Set<Long> ids(Connection db, String sql) throws Exception {
        Set<Long> ids = new HashSet<>();
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** The nearest-rank percentile: with fewer than 20 values, p95 is the largest. */
    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.ceil(p * sorted.size()) - 1);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }
}
