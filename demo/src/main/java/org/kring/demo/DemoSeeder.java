package org.kring.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kring.topics.control.Topics;

/**
 * On the first start of an empty community (and when kring.seed-demo is on), stores the demo
 * community; kring.seed-demo-scale (default 1) makes it smaller, e.g. for quicker test runs.
 * Only the demo WAR (target/kring-demo.war, bin/run) and the tests' deployments carry this class.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoSeeder {

    static final long SEED = 2026;
    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

    @Inject
    @ConfigProperty(name = "kring.seed-demo", defaultValue = "true")
    boolean seedDemo;

    @Inject
    @ConfigProperty(name = "kring.seed-demo-scale", defaultValue = "1")
    double scale;

    @Inject
    Topics topics;

    @Inject
    DemoStore store;

    @PostConstruct
    void seedWhenEmpty() {
        if (!seedDemo || topics.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        DemoCommunity.Size size = scale >= 1 ? DemoCommunity.Size.DEFAULT : DemoCommunity.Size.scaled(scale);
        DemoCommunity demo = DemoCommunity.generate(SEED, Instant.now().truncatedTo(ChronoUnit.DAYS), size);
        store.store(demo);
        LOG.info(() -> String.format("Seeded the demo community in %d ms: %d members, %d ideas, %d votes, %d threads, "
                        + "%d posts, %d likes. Log in as member@kring.demo / %s", (System.nanoTime() - started) / 1_000_000,
                demo.members().size(), demo.ideas().size(), demo.votes().size(), demo.threads().size(),
                demo.posts().size(), demo.likes().size(), DemoCommunity.DEMO_PASSWORD));
    }
}
