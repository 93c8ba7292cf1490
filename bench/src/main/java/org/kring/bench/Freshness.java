package org.kring.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * Write → searchable: a member posts a reply with a word nobody used before; from Kring's acknowledgement
 * until Elasticsearch finds it (polled every 10 ms straight at the index). Against the index's
 * refresh_interval, the floor for any write to become searchable.
 */
final class Freshness {

    private Freshness() {
    }

    static void run(Env env, Facts facts, int samples) throws Exception {
        Histogram h = new Histogram(3);
        long errors = 0;
        long started = System.nanoTime();
        String search = env.esUrl() + "/" + env.esIndex() + "/_search?size=0&q=body:";
        for (int i = 0; i < samples; i++) {
            String word = "fresh" + env.seed() + "x" + System.nanoTime();
            Http.Response posted = Http.send("POST", env.kringUrl() + "/api/v1/threads/" + (2 + i % 10) + "/posts",
                    Env.token(2 + i % 50), "{\"body\":" + Http.quote("Benchmark reply " + word) + "}");
            long acked = System.nanoTime();
            if (!posted.ok()) {
                errors++;
                System.err.println("[bench] freshness: post answered " + posted.status() + " " + posted.body());
                continue;
            }
            while (true) {
                Http.Response r = Http.get(search + URLEncoder.encode(word, StandardCharsets.UTF_8));
                if (r.ok() && r.json().path("hits").path("total").path("value").asLong() > 0) {
                    h.recordValue((System.nanoTime() - acked) / 1_000);
                    break;
                }
                if (System.nanoTime() - acked > Duration.ofSeconds(60).toNanos()) {
                    errors++;
                    break;
                }
                Thread.sleep(10);
            }
        }
        Load.of(h, errors, (System.nanoTime() - started) / 1e9).save(facts, "freshness", 1);
        String interval = Http.get(env.esUrl() + "/" + env.esIndex() + "/_settings/index.refresh_interval?include_defaults=true")
                .json().elements().next().path("settings").path("index").path("refresh_interval").asText("1s");
        facts.put("freshness.refresh_interval", interval);
    }
}
