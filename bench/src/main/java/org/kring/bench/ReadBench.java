package org.kring.bench;

import java.time.Duration;
import java.util.List;

/**
 * Reads: the idea list as JSON, the idea page as HTML (the idea whose thread has 1,000 posts), the public roadmap
 * page (three columns with their counts and official answers), and a topic's Atom feed, whole and as a feed reader
 * polls it when nothing changed (If-None-Match → 304).
 */
final class ReadBench {

    static final int CLIENTS = 8;
    private static final List<String> SORTS = List.of("trending", "top", "newest", "discussed");

    private ReadBench() {
    }

    static void run(Env env, Facts facts, Duration warmup, Duration measure) throws Exception {
        measure(env, facts, "list", CLIENTS, warmup, measure, (client, random) ->
                Http.get(env.kringUrl() + "/api/v1/ideas?limit=20&sort=" + SORTS.get(random.nextInt(SORTS.size()))).ok());
        String page = env.kringUrl() + "/idea.xhtml?id=" + Generator.bigThreadIdea();
        Http.Response first = Http.get(page);
        if (!first.ok() || !first.body().contains("</html>")) {
            throw new IllegalStateException("The idea page answered " + first.status());
        }
        facts.put("page.bytes", first.body().length());
        measure(env, facts, "page", CLIENTS, warmup, measure, (client, random) -> {
            Http.Response r = Http.get(page);
            return r.ok() && r.body().contains("</html>");
        });
        String roadmap = env.kringUrl() + "/roadmap.xhtml";
        measure(env, facts, "roadmap", CLIENTS, warmup, measure, (client, random) -> {
            Http.Response r = Http.get(roadmap);
            return r.ok() && r.body().contains("kring-roadmap-column");
        });
        String feed = env.kringUrl() + "/api/v1/feeds/topics/" + Generator.TOPICS.get(0);
        String etag = Http.etag(feed);
        if (etag == null) {
            throw new IllegalStateException("The topic feed " + feed + " answered without an ETag");
        }
        measure(env, facts, "feed", CLIENTS, warmup, measure, (client, random) -> {
            Http.Response r = Http.get(feed);
            return r.ok() && r.body().contains("</feed>");
        });
        measure(env, facts, "feed304", CLIENTS, warmup, measure, (client, random) -> Http.getIfNoneMatch(feed, etag).status() == 304);
    }

    /**
     * A load on Kring, saved with its DB queries and Kring's CPU time per answered request over the measured window
     * (the figure a busy machine disturbs least, as for votes; only when bench/run started Kring).
     */
    static void measure(Env env, Facts facts, String key, int clients, Duration warmup, Duration measure, Load.Call call) throws Exception {
        long before = Queries.executed(env);
        Load.Result r;
        double cpu;
        try (Cpu.Window window = new Cpu.Window(warmup, measure)) {
            r = Load.run(clients, warmup, measure, env.seed(), call);
            cpu = window.millis();
        }
        r.save(facts, key, clients);
        Queries.save(facts, key, before, Queries.executed(env), r.calls());
        if (cpu >= 0 && r.ok() > 0) {
            facts.put(key + ".cpuMs", cpu / r.ok());
        }
    }
}
