package org.kring.bench;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

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
        measure(env, facts, "list", warmup, measure, (client, random) ->
                Http.get(env.kringUrl() + "/api/v1/ideas?limit=20&sort=" + SORTS.get(random.nextInt(SORTS.size()))).ok());
        String page = env.kringUrl() + "/idea.xhtml?id=" + Generator.bigThreadIdea();
        Http.Response first = Http.get(page);
        if (!first.ok() || !first.body().contains("</html>")) {
            throw new IllegalStateException("The idea page answered " + first.status());
        }
        facts.put("page.bytes", first.body().length());
        measure(env, facts, "page", warmup, measure, (client, random) -> {
            Http.Response r = Http.get(page);
            return r.ok() && r.body().contains("</html>");
        });
        // A browser keeps the session cookie of its first page: by the end of the warm-up its session holds as many
        // pages' views as Faces keeps, and Kring stores that session after every page (in the data grid in a cluster).
        List<Http.Browser> browsers = IntStream.range(0, CLIENTS).mapToObj(c -> new Http.Browser()).toList();
        measure(env, facts, "pageSession", warmup, measure, (client, random) -> {
            Http.Response r = browsers.get(client).get(page);
            return r.ok() && r.body().contains("</html>");
        });
        String roadmap = env.kringUrl() + "/roadmap.xhtml";
        measure(env, facts, "roadmap", warmup, measure, (client, random) -> {
            Http.Response r = Http.get(roadmap);
            return r.ok() && r.body().contains("kring-roadmap-column");
        });
        String feed = env.kringUrl() + "/api/v1/feeds/topics/" + Generator.TOPICS.get(0);
        String etag = Http.etag(feed);
        if (etag == null) {
            throw new IllegalStateException("The topic feed " + feed + " answered without an ETag");
        }
        measure(env, facts, "feed", warmup, measure, (client, random) -> {
            Http.Response r = Http.get(feed);
            return r.ok() && r.body().contains("</feed>");
        });
        measure(env, facts, "feed304", warmup, measure, (client, random) -> Http.getIfNoneMatch(feed, etag).status() == 304);
    }

    private static void measure(Env env, Facts facts, String key, Duration warmup, Duration measure, Load.Call call) throws Exception {
        Measured.load(env, facts, key, CLIENTS, warmup, measure, call);
    }
}
