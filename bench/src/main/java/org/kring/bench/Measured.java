package org.kring.bench;

import java.time.Duration;

/**
 * A closed-loop load of Kring with what it cost: latencies and rate ({@link Load.Result#save}), PostgreSQL statements
 * per request ({@link Queries}), Kring's CPU time per request over the measured part (key.cpuMs) and the machine's
 * load average after it (key.load).
 */
final class Measured {

    private Measured() {
    }

    static void load(Env env, Facts facts, String key, int clients, Duration warmup, Duration measure, Load.Call call)
            throws Exception {
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
        facts.put(key + ".load", Cpu.loadAverages());
    }
}
