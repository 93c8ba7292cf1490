package org.kring.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The full reindex through Kring's admin API (progress shown as it goes), against the raw limit:
 * the same contributions read straight from PostgreSQL and bulk-written straight to a scratch index
 * with the same definition (refresh off, 5 MB bulks, two in flight).
 */
final class ReindexBench {

    private static final int BULK_BYTES = 5 << 20;

    private ReindexBench() {
    }

    /** Runs Kring's reindex and waits for it; true when it finished DONE. Its facts are named KEY.state, KEY.docs ... */
    static boolean kring(Env env, Facts facts, String key) throws Exception {
        String url = env.kringUrl() + "/api/v1/admin/search/reindex";
        String admin = Env.token(1);
        Http.Response started = Http.send("POST", url, admin, null);
        if (started.status() != 202) {
            throw new IllegalStateException("POST reindex answered " + started.status() + " " + started.body());
        }
        long t0 = System.nanoTime();
        JsonNode p;
        while (true) {
            Thread.sleep(2_000);
            p = Http.send("GET", url, admin, null).json();
            String state = p.path("state").asText();
            Progress.show("reindex (" + state + ")", p.path("done").asLong(), p.path("total").asLong(), p.path("ratePerSecond").asDouble());
            if (!state.equals("RUNNING") && !state.equals("SWAPPING")) {
                break;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        facts.put(key + ".state", p.path("state").asText());
        facts.put(key + ".docs", p.path("done").asLong());
        facts.put(key + ".seconds", seconds);
        facts.put(key + ".rate", p.path("done").asLong() / seconds);
        if (!p.path("error").isMissingNode() && !p.path("error").isNull()) {
            facts.put(key + ".error", p.path("error").asText());
        }
        return p.path("state").asText().equals("DONE");
    }

    /** Bulk-writes up to {@code max} contributions (ideas first, then threads, then posts) to a scratch index. */
    static void raw(Env env, Facts facts, Path definition, long max) throws Exception {
        String index = "bench-raw-bulk";
        Http.send("DELETE", env.esUrl() + "/" + index, null, null);
        String json = Files.readString(definition).replace("\"refresh_interval\": \"1s\"", "\"refresh_interval\": \"-1\"");
        Http.Response created = Http.send("PUT", env.esUrl() + "/" + index, null, json);
        if (!created.ok()) {
            throw new IllegalStateException("Could not create " + index + ": " + created.body());
        }
        BlockingQueue<String> bulks = new ArrayBlockingQueue<>(4);
        AtomicLong sent = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        long t0 = System.nanoTime();
        Progress progress = new Progress("raw bulk", max);
        Thread[] senders = new Thread[2];
        for (int i = 0; i < senders.length; i++) {
            senders[i] = Thread.ofPlatform().start(() -> {
                try {
                    String bulk;
                    while (!(bulk = bulks.take()).isEmpty()) {
                        Http.Response r = Http.send("POST", env.esUrl() + "/" + index + "/_bulk", null, bulk);
                        JsonNode body = r.json();
                        if (!r.ok() || body.path("errors").asBoolean()) {
                            failure.compareAndSet(null, r.body().substring(0, Math.min(500, r.body().length())));
                        }
                        long n = body.path("items").size();
                        sent.addAndGet(n);
                        progress.add(n);
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e.toString());
                }
            });
        }
        StringBuilder bulk = new StringBuilder(BULK_BYTES + 65536);
        long read = 0;
        try (Connection db = env.connect()) {
            db.setAutoCommit(false);
            for (String sql : SOURCES) {
                try (PreparedStatement ps = db.prepareStatement(sql)) {
                    ps.setFetchSize(5_000);
                    try (ResultSet r = ps.executeQuery()) {
                        while (read < max && r.next()) {
                            read++;
                            bulk.append("{\"index\":{\"_id\":").append(Http.quote(r.getString("type") + "-" + r.getLong("id")))
                                    .append("}}\n").append(document(r)).append('\n');
                            if (bulk.length() >= BULK_BYTES) {
                                bulks.put(bulk.toString());
                                bulk.setLength(0);
                            }
                        }
                    }
                }
            }
        }
        if (!bulk.isEmpty()) {
            bulks.put(bulk.toString());
        }
        for (Thread ignored : senders) {
            bulks.put("");
        }
        for (Thread s : senders) {
            s.join();
        }
        Http.send("POST", env.esUrl() + "/" + index + "/_refresh", null, null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        progress.finish();
        Http.send("DELETE", env.esUrl() + "/" + index, null, null);
        if (failure.get() != null) {
            throw new IllegalStateException("Raw bulk failed: " + failure.get());
        }
        facts.put("rawbulk.docs", sent.get());
        facts.put("rawbulk.seconds", seconds);
        facts.put("rawbulk.rate", sent.get() / seconds);
    }

    /** Ideas, standalone threads and posts, with the fields Kring's documents have (see IdeaDocuments etc.). */
    private static final String[] SOURCES = {
        "select 'idea' as type, i.id, i.id as idea_id, null::bigint as thread_id, null::bigint as parent_id, i.title, i.body, "
            + "i.language, t.slug as topic, i.status, i.moderation_state, i.tags, c.slug as challenge, i.author_id, "
            + "i.created_at, i.updated_at, i.vote_count, i.post_count, 0 as like_count from idea i "
            + "join topic t on t.id = i.topic_id left join challenge c on c.id = i.challenge_id order by i.id",
        "select 'thread' as type, d.id, null::bigint as idea_id, d.id as thread_id, null::bigint as parent_id, d.title, "
            + "null as body, d.language, t.slug as topic, null as status, d.moderation_state, null as tags, null as challenge, "
            + "d.author_id, d.created_at, d.updated_at, null::int as vote_count, d.post_count, 0 as like_count "
            + "from discussion_thread d join topic t on t.id = d.topic_id where d.idea_id is null order by d.id",
        "select 'post' as type, p.id, d.idea_id, p.thread_id, p.parent_id, null as title, p.body, d.language, "
            + "t.slug as topic, null as status, p.moderation_state, null as tags, null as challenge, p.author_id, "
            + "p.created_at, p.updated_at, null::int as vote_count, null::int as post_count, p.like_count from post p "
            + "join discussion_thread d on d.id = p.thread_id join topic t on t.id = d.topic_id "
            + "where p.deleted = false order by p.id"};

    private static String document(ResultSet r) throws Exception {
        StringBuilder d = new StringBuilder(512).append('{');
        field(d, "type", r.getString("type"));
        field(d, "id", r.getString("id"));
        for (String f : new String[] {"idea_id", "thread_id", "parent_id", "title", "body", "language", "topic", "status",
                "moderation_state", "challenge", "author_id", "vote_count", "post_count", "like_count"}) {
            field(d, f, r.getString(f));
        }
        String tags = r.getString("tags");
        if (tags != null && !tags.isBlank()) {
            d.append(",\"tags\":[").append(String.join(",", java.util.Arrays.stream(tags.split(" ")).map(Http::quote).toList())).append(']');
        }
        field(d, "created_at", r.getTimestamp("created_at").toInstant().toString());
        field(d, "updated_at", r.getTimestamp("updated_at").toInstant().toString());
        if (r.getString("title") != null) {
            field(d, "suggest", r.getString("title"));
        }
        return d.append('}').toString();
    }

    private static void field(StringBuilder d, String name, String value) {
        if (value != null) {
            d.append(d.length() > 1 ? "," : "").append('"').append(name).append("\":").append(Http.quote(value));
        }
    }
}
