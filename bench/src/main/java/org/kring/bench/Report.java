package org.kring.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The Markdown report of a run: each figure next to the raw limit measured in the same run, the ratio,
 * the goal it is read against (reported, not asserted), the correctness checks, the machine and versions.
 */
final class Report {

    private final Facts f;
    private final List<String> lines = new ArrayList<>();

    private Report(Facts facts) {
        this.f = facts;
    }

    static Path write(Env env, Facts facts, Path reports) throws IOException {
        Report r = new Report(facts);
        r.render(env);
        String date = LocalDate.now(ZoneOffset.UTC).toString();
        Files.createDirectories(reports);
        Path file = free(reports, date + "-" + env.size().name());
        Files.write(file, r.lines);
        Files.write(env.out().resolve("report.md"), r.lines);
        return file;
    }

    /** NAME.md, or NAME-2.md, NAME-3.md … if taken: a run never writes over an earlier (committed) report. */
    static Path free(Path reports, String name) {
        Path file = reports.resolve(name + ".md");
        for (int n = 2; Files.exists(file); n++) {
            file = reports.resolve(name + "-" + n + ".md");
        }
        return file;
    }

    private void render(Env env) {
        Size s = env.size();
        add("# Kring benchmark: size " + s.name() + ", seed " + env.seed() + " (" + LocalDate.now(ZoneOffset.UTC) + ")");
        add("");
        add("Community: " + n(s.contributions()) + " contributions (" + n(s.ideas()) + " ideas, " + n(s.threads())
                + " standalone threads, " + n(s.posts()) + " posts), " + n(s.votes()) + " votes, " + n(s.members())
                + " members; generated in " + num("generate.seconds", "%.0f s") + ".");
        add("");
        add("Machine: " + f.get("machine.cpu") + ", " + f.get("machine.cores") + " cores, " + f.get("machine.memory")
                + " RAM, " + f.get("machine.os") + ". " + or("machine.note", ""));
        add("Versions: Kring " + f.get("version.kring") + ", " + f.get("version.java") + ", Payara Micro "
                + f.get("version.payara") + ", PostgreSQL " + f.get("version.postgres") + ", Elasticsearch " + f.get("version.es") + ".");
        add("");
        add("Latencies in ms (p50 / p95 / p99), closed-loop clients (HdrHistogram), all traffic on localhost.");
        add("Goals are what the figures are read against; they are reported here, not asserted.");
        add("");
        add("| Figure | Kring p50 / p95 / p99 | Kring throughput | Raw limit, same run | Kring vs raw | Goal | Met |");
        add("|---|---|---|---|---|---|---|");
        Double vk = f.number("votes.kring.rate"), vr = f.number("votes.raw.rate");
        row("Vote `PUT /ideas/{id}/vote`, " + or("votes.kring.clients", "64") + " clients" + errors("votes.kring"),
                lat("votes.kring"), rate("votes.kring.rate", "votes/s") + queries("votes.kring")
                        + (f.number("votes.kring.cpuMs") == null ? "" : num("votes.kring.cpuMs", "; Kring's CPU %.1f ms/vote")
                        + (f.number("votes.kring.cpuMsAboveIdle") == null ? "" : num("votes.kring.cpuMsAboveIdle", " (%.1f above ")
                                + num("kring.idleCpuMsPerSecond", "its idle %.0f ms/s)"))),
                "same " + or("votes.raw.statements", "7") + " SQL statements over JDBC, 64 connections: " + rate("votes.raw.rate", "votes/s")
                        + ", " + lat("votes.raw"),
                ratio(vk, vr), "≥ 50 % of raw", met(vk != null && vr != null ? vk >= 0.5 * vr : null));
        row("Idea list JSON `GET /ideas?limit=20`, " + or("list.clients", "8") + " clients" + errors("list"), lat("list"),
                rate("list.rate", "req/s") + queries("list") + cpu("list"), "—", "—", "—", "");
        Double pp = f.number("page.p95");
        row("Idea page HTML, 1,000-post thread (" + num("page.bytes", "%.0f") + " bytes), " + or("page.clients", "8") + " clients"
                + errors("page"), lat("page"), rate("page.rate", "req/s") + queries("page") + cpu("page"), "—", "—", "p95 ≤ 50 ms",
                met(pp == null ? null : pp <= 50));
        Double ps = f.number("pageSession.p95");
        row("The same page for visitors who keep their session cookie (as browsers do: a session holding many pages' views), "
                + or("pageSession.clients", "8") + " clients" + errors("pageSession"), lat("pageSession"),
                rate("pageSession.rate", "req/s") + queries("pageSession") + cpu("pageSession"), "—", "—", "p95 ≤ 50 ms",
                met(ps == null ? null : ps <= 50));
        Double feedP95 = f.number("feed.p95"), np = f.number("feed304.p95"), nq = f.number("feed304.queries");
        row("Topic feed (Atom), " + or("feed.clients", "8") + " clients" + errors("feed"), lat("feed"),
                rate("feed.rate", "req/s") + queries("feed") + cpu("feed"), "—", "—", "p95 ≤ 30 ms", met(feedP95 == null ? null : feedP95 <= 30));
        row("Topic feed unchanged (If-None-Match → 304), " + or("feed304.clients", "8") + " clients" + errors("feed304"),
                lat("feed304"), rate("feed304.rate", "req/s") + queries("feed304") + cpu("feed304"), "—", "—", "p95 ≤ 30 ms, no DB query",
                met(np == null || nq == null ? null : np <= 30 && nq < 0.05));
        Double rp = f.number("roadmap.p95");
        row("Roadmap page HTML (three columns with counts and answers), " + or("roadmap.clients", "8") + " clients" + errors("roadmap"),
                lat("roadmap"), rate("roadmap.rate", "req/s") + queries("roadmap") + cpu("roadmap"), "—", "—", "p95 ≤ 50 ms", met(rp == null ? null : rp <= 50));
        Double sk = f.number("search.kring.p95"), sr = f.number("search.raw.p95");
        row("Search API `GET /search?q=`, " + or("search.kring.clients", "8") + " clients" + errors("search.kring"),
                lat("search.kring"), rate("search.kring.rate", "req/s"),
                "same query straight to Elasticsearch: " + lat("search.raw") + ", " + rate("search.raw.rate", "req/s"),
                sk != null && sr != null ? String.format(Locale.ROOT, "p95 %+.1f ms", sk - sr) : "—", "p95 ≤ raw p95 + 5 ms",
                met(sk != null && sr != null ? sk <= sr + 5 : null));
        Double fp = f.number("freshness.p99");
        row("Freshness: reply acknowledged → searchable (" + or("freshness.ok", "?") + " samples" + errors("freshness") + ")",
                lat("freshness"), "—", "refresh_interval " + or("freshness.refresh_interval", "?"), "—", "p99 ≤ 1.5 s",
                met(fp == null ? null : fp <= 1500));
        Double rk = f.number("reindex.rate"), rr = f.number("rawbulk.rate"), rs = f.number("reindex.seconds");
        // The goal is for 1 M: a small index is built before the JVMs are warm, its rate says little about 1 M.
        Double docs = f.number("reindex.docs");
        Double per1m = rk == null || docs == null || docs < 500_000 ? null : 1_000_000 / rk;
        row("Full reindex of " + num("reindex.docs", "%,.0f") + " contributions (" + or("reindex.state", "not run") + ")",
                num("reindex.seconds", "%.0f s"), rate("reindex.rate", "docs/s"),
                "bulk straight to Elasticsearch, same data (" + num("rawbulk.docs", "%,.0f") + " docs): " + rate("rawbulk.rate", "docs/s"),
                ratio(rk, rr), "1 M ≤ 5 min" + (per1m == null ? "" : String.format(Locale.ROOT, " (this rate: 1 M in %.1f min)", per1m / 60)),
                met(per1m == null ? null : per1m <= 300));
        row("Cold start to `/health/ready` UP", num("coldstart.kring", "%.1f s"), "—",
                "bare Payara Micro (no WAR) to its first HTTP answer: " + num("coldstart.bare", "%.1f s"),
                ratio(f.number("coldstart.kring"), f.number("coldstart.bare")), "—", "");
        row("Kring RSS", "at rest " + num("rss.rest", "%.0f MB") + ", under the vote load " + num("rss.load", "%.0f MB"),
                "—", "—", "—", "—", "");
        lighthouse();
        moderation();
        add("");
        add("## Correctness under load and faults (asserted)");
        add("");
        add("| Check | Result | Details |");
        add("|---|---|---|");
        add("| Vote storm: 200 clients × 50 votes/withdrawals on 20 ideas, " + or("storm.runs", "?") + " run(s) in a row | "
                + pass("storm.passed") + " | " + or("storm.requests", "?") + " requests, " + or("storm.errors", "?")
                + " errors, " + num("storm.seconds", "%.1f s") + " (the last run); every vote_count = rows in vote = "
                + "acknowledged outcome, and Kring's own counter check agrees |");
        add("| Merge an idea with " + or("merge.votes", "?") + " votes into one with as many (" + or("merge.common", "?")
                + " voters in common), then unmerge from the log | " + pass("merge.passed") + " | merge "
                + num("merge.seconds", "%.2f s") + ", unmerge " + num("merge.unmergeSeconds", "%.2f s")
                + " (goal ≤ 2 s each at 10,000 + 10,000); the target holds every voter once, counters = rows, "
                + "and the unmerge gives back every vote row and both counters exactly |");
        add("| Fan-out: " + or("fanout.changes", "?") + " status changes of ideas with " + or("fanout.audience", "?")
                + " voters each (one in " + FanOut.MAILED_ONE_IN + " mailed at once), one after the other; then `kill -9` of Kring "
                + "during one more | " + pass("fanout.passed") + " | request median " + num("fanout.request.median", "%.0f ms")
                + ", p95 " + num("fanout.request.p95", "%.0f ms") + " (with " + or("fanout.changes", "?")
                + " changes: the max, after one unmeasured warm-up change; goal ≤ 100 ms); all notifications stored in median "
                + num("fanout.stored.median", "%.1f s") + ", max " + num("fanout.stored.max", "%.1f s") + " (goal ≤ 10 s); "
                + or("fanout.mails", "?") + " mails reached the SMTP server at " + num("fanout.mail.rate", "%.0f/s")
                + (f.number("fanout.mail.busyRate") == null ? "" : num("fanout.mail.busyRate", ", %.0f/s while mails were waiting")
                        + num("fanout.mail.busySeconds", " (%.1f s of the step)"))
                + " (goal ≥ 200/s" + (f.number("fanout.mail.cpuMs") == null ? "" : num("fanout.mail.cpuMs", "; the mail sender's CPU %.2f ms/mail")
                        + num("fanout.kring.cpuMs", ", all of Kring's during the changes %.1f ms/mail")) + num("fanout.loadAverage",
                        ", load average %.1f at the end") + "); killed with " + or("fanout.kill.storedBefore", "?") + " notifications of the last change "
                + "stored: afterwards every member told once in the app and by mail (" + or("fanout.kill.repeats", "?")
                + " mail(s) of the batch in flight sent again, same Message-ID; at most " + FanOut.MAILS_IN_FLIGHT + " allowed) |");
        if (f.get("moderation.passed") != null) {
            add("| Moderation: " + num("moderation.waiting", "%,.0f") + " waiting items; " + or("moderation.hidden.ok", "?")
                    + " ideas flagged until hidden; " + ModerationBench.BULK_ROUNDS + " bulk hides of " + ModerationBench.BULK
                    + " items, each undone from the log | " + pass("moderation.passed") + " | every flagged idea hidden in the database "
                    + "with its queue item auto-hidden and absent from a visitor's search; after each bulk hide all "
                    + ModerationBench.BULK + " posts hidden and their items decided, after the undos all published and waiting "
                    + "again; the step's own items, flags and log lines removed at the end; the step took " + num("moderation.seconds", "%.0f s") + " |");
        }
        if (f.get("hooks.passed") != null) {
            add("| Webhook fan-out: " + or("hooks.posts", "?") + " ideas posted at " + Hooks.PER_MINUTE + "/min, " + Hooks.PHASE.toSeconds()
                    + " s without and " + Hooks.PHASE.toSeconds() + " s with 5 hooks (3 healthy, 1 answering in 1 s, 1 down), each phase after " + Hooks.WARMUP.toSeconds()
                    + " s of unmeasured posts; then "
                    + "`kill -9` of Kring during " + Hooks.KILL_PHASE.toSeconds() + " s more | " + pass("hooks.passed") + " | posting p50/p95 "
                    + num("hooks.off.p50", "%.0f") + "/" + num("hooks.off.p95", "%.0f ms") + " without hooks, "
                    + num("hooks.on.p50", "%.0f") + "/" + num("hooks.on.p95", "%.0f ms") + " with (goal: p95 unchanged)"
                    + (f.number("hooks.on.cpuMs") == null ? "" : num("hooks.off.cpuMs", "; Kring's CPU %.1f ms/post without, ")
                            + num("hooks.on.cpuMs", "%.1f ms/post with (its deliveries included)"))
                    + num("hooks.off.load", "; load average %.1f at the end of the phase without, ") + num("hooks.on.load", "%.1f with") + "; "
                    + num("hooks.timely.percent", "%.2f %%") + " of the healthy deliveries within a minute (goal ≥ 99.9 %); after "
                    + "the kill every one of " + or("hooks.kill.ideas", "?") + " ideas reached each answering receiver ("
                    + or("hooks.kill.missing", "?") + " missing after " + num("hooks.kill.seconds", "%.0f s") + ", "
                    + or("hooks.repeats", "?") + " deliveries received twice); the down hook: " + or("hooks.down.state", "?") + " |");
        }
        add("| `kill -9` of Kring during a write load | " + pass("kill9.passed") + " | " + or("kill9.acked", "?")
                + " writes acknowledged, " + or("kill9.lost", "?") + " missing after restart; index caught up "
                + num("kill9.catchup", "%.1f s") + " after Kring was ready again; " + answers("kill9") + " |");
        add("| Elasticsearch stopped " + or("esdown.seconds", "60") + " s during a write load | " + pass("esdown.passed") + " | "
                + or("esdown.acked", "?") + " writes acknowledged, " + or("esdown.lost", "?")
                + " missing; index consistent " + num("esdown.catchup", "%.1f s") + " after Elasticsearch was back (limit 30 s); "
                + answers("esdown") + " |");
        add("| PostgreSQL crashed (`pg_ctl stop -m immediate`) and restarted after " + or("pgdown.seconds", "20")
                + " s during a write load | " + pass("pgdown.passed") + " | " + or("pgdown.acked", "?") + " writes acknowledged, "
                + or("pgdown.lost", "?") + " missing; ready again " + num("pgdown.recovered", "%.1f s")
                + " after PostgreSQL was back (`/health/ready`, polled each second); index consistent " + num("pgdown.catchup", "%.1f s") + " later; " + answers("pgdown") + " |");
        add("");
        add("Per-request DB queries: statements counted by PostgreSQL's pg_stat_statements over the whole load (warm-up "
                + "included) divided by the requests sent; Kring's outbox poll (5/s) is in the count.");
        cluster();
        profiles(env);
    }

    /** The cluster step's figures and checks (issue 11): two instances in one data grid behind nginx. */
    private void cluster() {
        if (f.get("cluster.one.acked") == null) {
            return;
        }
        add("");
        add("## Two clustered instances behind nginx (issue 11)");
        add("");
        add("Two Payara Micro instances of the same WAR in one Hazelcast data grid (TCP/IP discovery on 127.0.0.1), nginx "
                + "round robin in front, one PostgreSQL, " + or("cluster.es.nodes", "1") + " Elasticsearch node(s); the write load of "
                + "`kill9` (" + WriteLoad.CLIENTS + " clients voting and replying) through nginx. Both instances share this machine's "
                + or("machine.cores", "?") + " cores: the second one adds no CPU here, so the figures show the cost of "
                + "clustering (shared rate-limit windows, sessions in the grid), not a scale-out.");
        add("");
        add("| Check | Result | Details |");
        add("|---|---|---|");
        add("| Write load through nginx, one instance, " + or("cluster.one.seconds", "?") + " s after " + or("cluster.warmup.seconds", "?")
                + " s of warm-up | — | " + writesPerSecond("cluster.one")
                + " (load average " + or("cluster.one.load", "?") + " at its end); " + answers("cluster.one") + " |");
        add("| Write load through nginx, two instances, " + or("cluster.two.seconds", "?") + " s after " + or("cluster.warmup.seconds", "?")
                + " s of warm-up | " + pass("cluster.two.passed") + " | "
                + writesPerSecond("cluster.two") + " (load average " + or("cluster.two.load", "?") + " at its end); " + or("cluster.two.lost", "?") + " acknowledged writes missing; "
                + answers("cluster.two") + " |");
        add("| Outbox drained once per change (two instances) | " + pass("cluster.outbox.passed") + " | " + or("cluster.outbox.inserted", "?")
                + " outbox entries written, " + or("cluster.outbox.deleted", "?") + " removed, indexed by the instances " + or("cluster.outbox.byInstance", "?") + " = "
                + or("cluster.outbox.indexed", "?") + " (`kring_search_outbox_indexed_total`) |");
        add("| Rate limit across instances: " + ClusterBench.VOTES_SENT + " votes of one member, alternately straight to each "
                + "instance, limit " + ClusterBench.VOTE_LIMIT + "/min | " + pass("cluster.limit.passed") + " | " + or("cluster.limit.accepted", "?")
                + " accepted, " + or("cluster.limit.refused", "?") + " refused with 429 |");
        add("| `kill -9` of one instance during " + or("cluster.kill.seconds", "?") + " s of write load through nginx | " + pass("cluster.kill.passed")
                + " | " + or("cluster.kill.acked", "?") + " writes acknowledged (" + writesPerSecond("cluster.kill") + ", load average " + or("cluster.kill.load", "?") + " at the end), "
                + or("cluster.kill.lost", "?") + " missing; index consistent " + num("cluster.kill.catchup", "%.1f s") + " after the load; "
                + answers("cluster.kill") + " |");
        add("| Session survives its instance: admin logged in through nginx (login form), page served by "
                + or("cluster.session.before", "?") + ", which is then killed | " + pass("cluster.session.passed") + " | next page from "
                + or("cluster.session.after", "?") + " still shows the admin logged in |");
        if (f.get("cluster.esdown.acked") != null) {
            add("| Elasticsearch node " + or("cluster.esdown.node", "?") + " of 3 killed (`kill -9`) during " + or("cluster.esdown.seconds", "?") + " s of write load, "
                    + "index with 1 replica | " + pass("cluster.esdown.passed") + " | " + or("cluster.esdown.acked", "?") + " writes acknowledged, "
                    + or("cluster.esdown.lost", "?") + " missing; search answered " + or("cluster.esdown.searches", "?") + " of "
                    + or("cluster.esdown.searchesSent", "?") + " times; index consistent " + num("cluster.esdown.catchup", "%.1f s")
                    + " after the load; " + answers("cluster.esdown") + " |");
        }
    }

    /** Acknowledged writes per second of a write load. */
    private String writesPerSecond(String key) {
        Double acked = f.number(key + ".acked"), seconds = f.number(key + ".seconds");
        return acked == null || seconds == null ? "?" : String.format(Locale.ROOT, "%,.0f writes/s", acked / seconds);
    }

    /** The moderation step's figures (issue 12), each with the machine's load average (1/5/15 min) when it was measured. */
    private void moderation() {
        if (f.get("moderation.waiting") == null) {
            return;
        }
        add("");
        add("## Moderation (issue 12)");
        add("");
        add(num("moderation.waiting", "%,.0f") + " items waiting in the queue (" + num("moderation.fill.items", "%,.0f") + " of them written "
                + "straight into the database as Kring's flag path writes them, in " + num("moderation.fill.seconds", "%.1f s")
                + "); the admin's queue, 50 items a page, " + ModerationBench.CLIENTS + " clients. Raw limit: the same SQL "
                + "statements a queue page runs, over JDBC, one connection per client.");
        add("");
        add("| Figure | Kring p50 / p95 / p99 | Kring throughput | Raw limit, same run | Goal | Met | Load average |");
        add("|---|---|---|---|---|---|---|");
        for (String[] q : List.of(new String[] {"first", "first page"}, new String[] {"deep", "keyset page half-way down (cursor)"},
                new String[] {"filtered", "filtered: `reason=SPAM&type=POST`"})) {
            String k = "moderation.queue." + q[0];
            Double p95 = f.number(k + ".kring.p95");
            row("Queue API `GET /moderation/queue`, " + q[1] + errors(k + ".kring"), lat(k + ".kring"),
                    rate(k + ".kring.rate", "req/s") + queries(k + ".kring") + cpu(k + ".kring"), lat(k + ".raw") + ", " + rate(k + ".raw.rate", "pages/s"),
                    "p95 ≤ 50 ms", met(p95 == null ? null : p95 <= 50), or(k + ".kring.load", "?"));
        }
        Double pp = f.number("moderation.page.p95");
        row("Queue page `moderation.xhtml` (50 rows, " + num("moderation.page.bytes", "%,.0f") + " bytes), logged-in admin"
                + errors("moderation.page"), lat("moderation.page"), rate("moderation.page.rate", "req/s") + queries("moderation.page") + cpu("moderation.page"),
                "first page's SQL: " + lat("moderation.queue.first.raw"), "p95 ≤ 50 ms", met(pp == null ? null : pp <= 50),
                or("moderation.page.load", "?"));
        Double hp = f.number("moderation.hidden.p99");
        row("Flag → auto-hidden → gone from a visitor's search (" + or("moderation.hidden.ok", "?") + " samples"
                + errors("moderation.hidden") + "; from the answer of the flag that hid it)", lat("moderation.hidden"),
                "the hiding flag's own request: " + lat("moderation.flag"), "refresh_interval " + or("freshness.refresh_interval", "1s"),
                "p99 ≤ 1.5 s", met(hp == null ? null : hp <= 1500), or("moderation.hidden.load", "?"));
        Double bm = f.number("moderation.bulk.max");
        row("Bulk hide of " + or("moderation.bulk.items", "?") + " items, one `POST /moderation/actions` ("
                + ModerationBench.BULK_ROUNDS + " rounds)", or("moderation.bulk.seconds", "?") + " s",
                "Kring's CPU during each call: " + or("moderation.bulk.cpuMs", "?") + " ms",
                "undo of the " + or("moderation.bulk.items", "?") + " log entries one by one: " + or("moderation.bulk.undoSeconds", "?") + " s",
                "≤ 1 s", met(bm == null ? null : bm <= 1), or("moderation.bulk.load", "?"));
    }

    /** The sections that bench/run --profile wrote (profile-STEP.md), in the order the steps ran. */
    private void profiles(Env env) {
        try (var files = Files.list(env.out())) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("profile-.*\\.md"))
                    .sorted(Comparator.comparing(p -> p.toFile().lastModified())).toList()) {
                lines.addAll(Files.readAllLines(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lighthouse's mobile audit per page (bench/lighthouse), read against issue 17's goals. */
    private void lighthouse() {
        if (f.get("lighthouse.version") == null) {
            return;
        }
        add("");
        add("## Pages on a phone (Lighthouse)");
        add("");
        String runs = or("lighthouse.home.runs", "?");
        add("Lighthouse " + f.get("lighthouse.version") + ", mobile emulation and its default throttling, a fresh profile"
                + " per run; " + ("1".equals(runs) ? "one run per page, so no median: Lighthouse's throttled figures vary"
                + " from run to run" : "median of " + runs + " runs per page, each figure on its own, and in brackets its lowest and"
                + " highest of the runs when they differ") + "."
                + " Goals: performance ≥ 0.90, the other scores 1.00, LCP ≤ 2.5 s; an idea page ≤ 30 KiB on a repeat visit."
                + " Staff pages: logged in as the benchmark's admin.");
        add("");
        add("| Page | Performance | Accessibility | Best practices | SEO | LCP | TBT | CLS | Transferred |");
        add("|---|---|---|---|---|---|---|---|---|");
        for (String[] page : List.of(new String[] {"home", "home"}, new String[] {"board", "topic board"},
                new String[] {"idea", "idea 1 (1,000-post thread)"},
                new String[] {"idea-repeat", "idea 1, repeat visit (its cache from a first load; performance only)"},
                new String[] {"search", "search"}, new String[] {"new-idea", "new idea (logged in)"},
                new String[] {"login", "login"}, new String[] {"moderation", "moderation queue (staff)"},
                new String[] {"needs-answer", "needs an answer (staff)"}, new String[] {"dashboard", "dashboard (staff)"},
                new String[] {"insights", "insights workbench with its trend chart (staff)"})) {
            String k = "lighthouse." + page[0] + ".";
            if (f.get(k + "runs") == null) {
                row(page[1], "not run", "", "", "", "", "", "", "");
                continue;
            }
            // A page with fewer runs than the others (a run failed) says so.
            String label = page[1] + (f.get(k + "runs").equals(runs) ? "" : " (" + f.get(k + "runs") + " of " + runs + " runs)");
            DoubleFunction<String> twoDecimals = v -> String.format(Locale.ROOT, "%.2f", v);
            row(label, score(k + "performance", 0.9) + spread(k + "performance", twoDecimals),
                    score(k + "accessibility", 1) + spread(k + "accessibility", twoDecimals),
                    score(k + "best-practices", 1) + spread(k + "best-practices", twoDecimals),
                    score(k + "seo", 1) + spread(k + "seo", twoDecimals),
                    seconds(k + "lcp") + spread(k + "lcp", v -> String.format(Locale.ROOT, "%.1f", v / 1000)),
                    num(k + "tbt", "%.0f ms") + spread(k + "tbt", v -> String.format(Locale.ROOT, "%.0f", v)),
                    num(k + "cls", "%.3f") + spread(k + "cls", v -> String.format(Locale.ROOT, "%.3f", v)),
                    (page[0].equals("idea-repeat") ? kib(k + "bytes", 30) : kib(k + "bytes", Double.MAX_VALUE))
                            + spread(k + "bytes", v -> String.format(Locale.ROOT, "%,.0f", v / 1024)));
        }
    }

    /** " (lowest–highest)" of a figure over the runs, when there were several and they differ as shown; otherwise nothing. */
    private String spread(String key, DoubleFunction<String> format) {
        Double min = f.number(key + ".min");
        Double max = f.number(key + ".max");
        if (min == null || max == null) {
            return "";
        }
        String low = format.apply(min);
        String high = format.apply(max);
        return low.equals(high) ? "" : " (" + low + "–" + high + ")";
    }

    private String score(String key, double goal) {
        Double v = f.number(key);
        return v == null ? "—" : String.format(Locale.ROOT, v < goal ? "**%.2f**" : "%.2f", v);
    }

    private String seconds(String key) {
        Double v = f.number(key);
        return v == null ? "—" : String.format(Locale.ROOT, v > 2500 ? "**%.1f s**" : "%.1f s", v / 1000);
    }

    /** Bytes as KiB, in bold above the goal. */
    private String kib(String key, double goalKib) {
        Double v = f.number(key);
        return v == null ? "—" : String.format(Locale.ROOT, v / 1024 > goalKib ? "**%,.0f KiB**" : "%,.0f KiB", v / 1024);
    }

    private void add(String line) {
        lines.add(line);
    }

    private void row(String... cells) {
        add("| " + String.join(" | ", cells) + " |");
    }

    private String or(String key, String fallback) {
        String v = f.get(key);
        return v == null ? fallback : v;
    }

    private String num(String key, String format) {
        Double v = f.number(key);
        return v == null ? "not run" : String.format(Locale.ROOT, format, v);
    }

    private String lat(String key) {
        Double p50 = f.number(key + ".p50");
        return p50 == null ? "not run" : String.format(Locale.ROOT, "%.1f / %.1f / %.1f", p50, f.number(key + ".p95"), f.number(key + ".p99"));
    }

    private String rate(String key, String unit) {
        Double v = f.number(key);
        return v == null ? "not run" : String.format(Locale.ROOT, "%,.0f %s", v, unit);
    }

    private String queries(String key) {
        Double q = f.number(key + ".queries");
        return q == null ? "" : String.format(Locale.ROOT, "; %.1f DB queries/request", q);
    }

    /** Kring's CPU time per request over a load's measured window, when bench/run started Kring. */
    private String cpu(String key) {
        Double ms = f.number(key + ".cpuMs");
        return ms == null ? "" : String.format(Locale.ROOT, "; Kring's CPU %.1f ms/request", ms);
    }

    private String errors(String key) {
        Double e = f.number(key + ".errors");
        return e == null || e == 0 ? "" : String.format(Locale.ROOT, ", **%.0f errors**", e);
    }

    private static String ratio(Double a, Double b) {
        return a == null || b == null || b == 0 ? "—" : String.format(Locale.ROOT, "%.0f %%", 100 * a / b);
    }

    private static String met(Boolean ok) {
        return ok == null ? "—" : ok ? "yes" : "**no**";
    }


    /** What the clients got besides acknowledgements during a fault (goal: 503, never another 5xx). */
    private String answers(String key) {
        return or(key + ".unavailable", "?") + " answered 503 (the slowest in " + or(key + ".unavailable.slowestMillis", "?") + " ms), "
                + or(key + ".serverErrors", "?") + (WriteLoad.SERVER_ERRORS_REPORTED.containsKey(key)
                        ? " another 5xx (" + WriteLoad.SERVER_ERRORS_REPORTED.get(key) + "), "
                        : " another 5xx (goal 0), ")
                + or(key + ".refused", "?") + " not acknowledged in all";
    }
    private String pass(String key) {
        String v = f.get(key);
        return v == null ? "not run" : Boolean.parseBoolean(v) ? "passed" : "**FAILED**";
    }

    private static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }
}
