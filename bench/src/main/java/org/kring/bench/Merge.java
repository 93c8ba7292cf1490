package org.kring.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Merging a duplicate idea (issue 12): two new ideas get up to 10,000 votes each, half of the voters in common
 * (fewer when the community has fewer members: two thirds of them), written straight into the database; then
 * Kring's moderation API merges one into the other and undoes the merge from the log. Times both calls and
 * asserts: the target holds every distinct voter once, both counters equal their rows, and after the unmerge
 * every vote row (member, time) and both counters are exactly as before.
 */
final class Merge {

    static final int VOTES = 10_000;

    private Merge() {
    }

    /** The failures found; empty when the merge and unmerge were exact. */
    static List<String> run(Env env, Facts facts) throws Exception {
        List<String> failures = new ArrayList<>();
        String admin = Env.token(1);
        long source;
        long target;
        int perIdea;
        int common;
        try (Connection db = env.connect()) {
            // The fan-out step's own audience (FanOut) is not part of the community that merges draw from.
            long members = single(db, "select count(*) from member where id > 1 and email not like '%" + FanOut.DOMAIN + "'");
            perIdea = (int) Math.min(VOTES, members * 2 / 3);
            common = perIdea / 2;
            String topic = text(db, "select slug from topic order by id limit 1");
            source = post(env, admin, topic, "Bench merge source");
            target = post(env, admin, topic, "Bench merge target");
            // Voters: members 2 .. for the source, the target's start half-way through them (ids are 1..members).
            votes(db, source, 2, perIdea);
            votes(db, target, 2 + perIdea - common, perIdea);
        }
        String before = snapshot(env, source, target);
        long distinct;
        try (Connection db = env.connect()) {
            distinct = single(db, "select count(distinct member_id) from vote where idea_id in (" + source + ", " + target + ")");
        }
        long t0 = System.nanoTime();
        Http.Response merged = Http.send("POST", env.kringUrl() + "/api/v1/moderation/ideas/" + source + "/merge", admin,
                "{\"into\": " + target + "}");
        double mergeSeconds = (System.nanoTime() - t0) / 1e9;
        if (!merged.ok()) {
            failures.add("merge answered " + merged.status() + ": " + merged.body());
            return record(facts, failures, perIdea, common, mergeSeconds, Double.NaN);
        }
        try (Connection db = env.connect()) {
            check(failures, "after the merge, the target's vote_count", single(db, "select vote_count from idea where id = " + target), distinct);
            check(failures, "after the merge, the target's vote rows", single(db, "select count(*) from vote where idea_id = " + target), distinct);
            check(failures, "after the merge, the source's vote_count", single(db, "select vote_count from idea where id = " + source), 0);
            check(failures, "after the merge, the source's vote rows", single(db, "select count(*) from vote where idea_id = " + source), 0);
        }
        long entry = merged.json().get("id").asLong();
        t0 = System.nanoTime();
        Http.Response undone = Http.send("POST", env.kringUrl() + "/api/v1/moderation/log/" + entry + "/undo", admin, "");
        double unmergeSeconds = (System.nanoTime() - t0) / 1e9;
        if (!undone.ok()) {
            failures.add("unmerge answered " + undone.status() + ": " + undone.body());
        } else if (!snapshot(env, source, target).equals(before)) {
            failures.add("after the unmerge the vote rows or counters differ from before the merge");
        }
        return record(facts, failures, perIdea, common, mergeSeconds, unmergeSeconds);
    }

    private static List<String> record(Facts facts, List<String> failures, int perIdea, int common, double merge, double unmerge) {
        facts.put("merge.votes", perIdea);
        facts.put("merge.common", common);
        facts.put("merge.seconds", merge);
        facts.put("merge.unmergeSeconds", unmerge);
        facts.put("merge.passed", failures.isEmpty());
        return failures;
    }

    static long post(Env env, String token, String topic, String title) throws Exception {
        Http.Response r = Http.send("POST", env.kringUrl() + "/api/v1/ideas", token, "{\"title\": " + Http.quote(title)
                + ", \"body\": \"Two ideas that say the same.\", \"topic\": " + Http.quote(topic) + ", \"language\": \"en\", \"tags\": []}");
        if (r.status() != 201) {
            throw new IllegalStateException("posting an idea answered " + r.status() + ": " + r.body());
        }
        return r.json().get("id").asLong();
    }

    /** Votes of members first .. first + count - 1 on the idea (the author's own stays), counters as Kring keeps them. */
    static void votes(Connection db, long idea, long first, int count) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("insert into vote (idea_id, member_id, created_at) "
                + "select ?, id, now() - (id % 1000) * interval '1 minute' from member where id between ? and ? on conflict do nothing");
             PreparedStatement counter = db.prepareStatement("update idea set vote_count = (select count(*) from vote where idea_id = ?), "
                     + "hot_score = log10((select count(*) from vote where idea_id = ?) + 1) + extract(epoch from created_at) / 45000 "
                     + "where id = ?")) {
            insert.setLong(1, idea);
            insert.setLong(2, first);
            insert.setLong(3, first + count - 1);
            insert.executeUpdate();
            counter.setLong(1, idea);
            counter.setLong(2, idea);
            counter.setLong(3, idea);
            counter.executeUpdate();
        }
    }

    /** Both ideas' vote rows (member and time, summed) and counters, as text to compare. */
    private static String snapshot(Env env, long source, long target) throws Exception {
        try (Connection db = env.connect(); ResultSet rs = db.createStatement().executeQuery("select i.id, i.vote_count, i.status, "
                + "(select count(*) || ':' || coalesce(sum(v.member_id), 0) || ':' || coalesce(sum(extract(epoch from v.created_at)), 0) "
                + "from vote v where v.idea_id = i.id) from idea i where i.id in (" + source + ", " + target + ") order by i.id")) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append(rs.getLong(1)).append(' ').append(rs.getLong(2)).append(' ').append(rs.getString(3)).append(' ')
                        .append(rs.getString(4)).append('\n');
            }
            return out.toString();
        }
    }

    private static void check(List<String> failures, String what, long actual, long expected) {
        if (actual != expected) {
            failures.add(what + ": " + actual + ", expected " + expected);
        }
    }

    static long single(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String text(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
