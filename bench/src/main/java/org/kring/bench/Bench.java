package org.kring.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark driver's entry point; bench/run calls one command at a time (see bench/README.md).
 * Exit code 1 when a correctness check fails, 2 on a usage or setup error.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        Env env = Env.fromEnvironment();
        Facts facts = new Facts(env.out());
        Duration warmup = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_WARMUP", "5")));
        Duration measure = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_SECONDS", "20")));
        switch (args[0]) {
            case "generate" -> {
                long t0 = System.nanoTime();
                try (Connection db = env.connect()) {
                    new Generator(env.size(), env.seed()).run(db);
                }
                facts.put("generate.seconds", (System.nanoTime() - t0) / 1e9);
            }
            case "reindex" -> {
                String key = args.length > 1 ? args[1] : "reindex";
                if (!ReindexBench.kring(env, facts, key)) {
                    System.err.println("[bench] the reindex did not finish: " + facts.get(key + ".error"));
                    System.exit(1);
                }
            }
            case "rawbulk" -> ReindexBench.raw(env, facts, Path.of(args[1]), Long.parseLong(args[2]));
            case "profile" -> Profile.summarize(args[1], Path.of(args[2]), Path.of(args[3]));
            case "rss" -> facts.put("rss." + args[1], Rss.mb());
            case "votes" -> VoteBench.run(env, facts, warmup, measure);
            case "reads" -> ReadBench.run(env, facts, warmup, measure);
            case "search" -> SearchBench.run(env, facts, warmup, measure);
            case "freshness" -> Freshness.run(env, facts, Integer.parseInt(args[1]));
            case "storm" -> check("vote storm", Storm.runs(env, facts,
                    Integer.parseInt(System.getenv().getOrDefault("BENCH_STORM_RUNS", "1"))));
            case "merge" -> check("merge and unmerge", Merge.run(env, facts));
            case "moderation" -> check("moderation", ModerationBench.run(env, facts, warmup, measure, Integer.parseInt(args[1])));
            case "smtp" -> SmtpSink.run(Integer.parseInt(args[1]), Path.of(args[2]));
            case "fanout" -> check("fan-out", "measure".equals(args[1]) ? FanOut.measure(env, facts, Path.of(args[2]), Path.of(args[3]))
                    : FanOut.verify(env, facts, Path.of(args[2]), Path.of(args[3])));
            case "hooks-receivers" -> HookReceivers.run(Integer.parseInt(args[1]), Path.of(args[2]));
            case "hooks" -> check("webhook fan-out", "measure".equals(args[1])
                    ? Hooks.measure(env, facts, Integer.parseInt(args[2]), Path.of(args[3]), Path.of(args[4]))
                    : Hooks.verify(env, facts, Integer.parseInt(args[2]), Path.of(args[3]), Path.of(args[4])));
            case "writeload" -> WriteLoad.run(env, facts, args[1], Path.of(args[2]), Duration.ofSeconds(Long.parseLong(args[3])));
            case "verify" -> check(args[1], WriteLoad.verify(env, facts, args[1], Path.of(args[2]),
                    Duration.ofSeconds(Long.parseLong(args[3]))));
            case "cluster" -> cluster(env, facts, args);
            case "report" -> {
                Path file = Report.write(env, facts, Path.of(args[1]));
                System.out.println(Files.readString(file));
                System.err.println("[bench] report written to " + file);
            }
            default -> usage();
        }
    }

    /** The cluster step's checks (ClusterBench); the instances' URLs are comma separated. */
    private static void cluster(Env env, Facts facts, String[] args) throws Exception {
        switch (args[1]) {
            case "outbox-before" -> ClusterBench.outboxBefore(env, List.of(args[2].split(",")), Path.of(args[3]));
            case "outbox-after" -> check("outbox drained once per change", ClusterBench.outboxAfter(env, facts, List.of(args[2].split(",")),
                    Path.of(args[3])));
            case "limits" -> check("rate limit across instances", ClusterBench.limits(env, facts, List.of(args[2].split(",")),
                    env.size().tokens()));
            case "session-login" -> ClusterBench.sessionLogin(args[2], Path.of(args[3]));
            case "esload" -> ClusterBench.searchingWriteLoad(env, facts, args[2], Path.of(args[3]), Duration.ofSeconds(Long.parseLong(args[4])));
            case "esverify" -> {
                List<String> failures = new ArrayList<>(ClusterBench.searchesAnswered(facts, args[2]));
                failures.addAll(WriteLoad.verify(env, facts, args[2], Path.of(args[3]), Duration.ofSeconds(Long.parseLong(args[4]))));
                facts.put(args[2] + ".passed", failures.isEmpty());
                check("an Elasticsearch node killed", failures);
            }
            case "session-check" -> check("session after its instance died", ClusterBench.sessionCheck(facts, args[2], Path.of(args[3])));
            default -> usage();
        }
    }

    private static void check(String name, List<String> failures) {
        if (failures.isEmpty()) {
            System.err.println("[bench] " + name + ": passed");
            return;
        }
        System.err.println("[bench] " + name + ": FAILED");
        failures.stream().limit(20).forEach(f -> System.err.println("[bench]   " + f));
        System.exit(1);
    }

    private static void usage() {
        System.err.println("usage: Bench generate | reindex [KEY] | rawbulk DEFINITION MAX | rss rest|load | votes | reads | search"
                + " | freshness SAMPLES | storm | merge | moderation SAMPLES | smtp PORT LOG | fanout measure|verify STATE MAILLOG | hooks-receivers BASE LOG | hooks measure|verify BASE STATE LOG | profile STEP JFR MARKDOWN | writeload KEY FILE SECONDS | verify KEY FILE WITHIN_SECONDS"
                + " | cluster outbox-before|outbox-after URLS STATE | cluster limits URLS | cluster session-login|session-check NGINX STATE | cluster esload|esverify KEY FILE SECONDS | report DIR");
        System.exit(2);
    }
}
