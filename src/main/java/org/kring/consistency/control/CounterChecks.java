package org.kring.consistency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kring.platform.consistency.CounterInvariant;

/**
 * Checks every counter that a feature keeps next to its rows (see {@link CounterInvariant}) and remembers the
 * drift of the last check for /metrics ({@code kring_counter_drift{counter="idea.vote_count"}}, -1 before the
 * first check). It reports; it never repairs: a drift is a bug to find, not a number to paper over.
 */
@ApplicationScoped
public class CounterChecks {

    /** One counter's result. */
    public record CounterReport(String counter, String rule, long drifted, List<CounterInvariant.Example> examples) {
    }

    @Schema(name = "CounterCheckReport")
    public record Report(boolean consistent, List<CounterReport> counters) {
    }

    static final int EXAMPLES = 10;

    @Inject
    Instance<CounterInvariant> invariants;

    @Inject
    MetricRegistry registry;

    @PersistenceContext
    EntityManager em;

    private final Map<String, Long> lastDrift = new ConcurrentHashMap<>();

    void register(@Observes Startup event) {
        for (CounterInvariant invariant : invariants) {
            String counter = invariant.counter();
            lastDrift.put(counter, -1L);
            registry.gauge(Metadata.builder().withName("kring_counter_drift")
                    .withDescription("Rows whose counter differed from its rows at the last consistency check "
                            + "(GET /api/v1/admin/consistency); -1 before the first check").build(),
                    lastDrift, drift -> drift.getOrDefault(counter, -1L), new Tag("counter", counter));
        }
    }

    /** Compares every counter with its rows now (one grouped query per counter). */
    public Report check() {
        List<CounterReport> counters = invariants.stream()
                .map(invariant -> {
                    CounterInvariant.Drift drift = invariant.check(em, EXAMPLES);
                    lastDrift.put(invariant.counter(), drift.drifted());
                    return new CounterReport(invariant.counter(), invariant.rule(), drift.drifted(), drift.examples());
                })
                .sorted(Comparator.comparing(CounterReport::counter))
                .toList();
        return new Report(counters.stream().allMatch(c -> c.drifted() == 0), counters);
    }
}
