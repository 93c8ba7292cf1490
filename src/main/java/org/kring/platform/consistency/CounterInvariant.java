package org.kring.platform.consistency;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * A counter that a feature keeps next to the rows it counts (an idea's votes, a post's likes, a thread's
 * posts). The feature that keeps the counter implements this, so that one admin check and one metric cover
 * every counter without knowing the features. A check reports drift; it never repairs it.
 */
public interface CounterInvariant {

    /** The counter's name in reports and metrics, as table.column, e.g. "idea.vote_count". */
    String counter();

    /** What must hold, in words. */
    String rule();

    /** The rows whose counter differs from what it counts: how many in all, and the first few by id. */
    Drift check(int examples);

    /** How many rows drifted, and some of them. */
    record Drift(long drifted, List<Example> examples) {

        /**
         * Runs a native query that selects {@code id, counter, counted} of every row whose counter differs
         * from its count, and keeps the total and the first {@code examples} rows by id.
         */
        public static Drift query(EntityManager em, String differences, int examples) {
            List<?> rows = em.createNativeQuery("select id, counter, counted, count(*) over () from (" + differences
                    + ") d order by id limit ?1").setParameter(1, examples).getResultList();
            long total = rows.isEmpty() ? 0 : number(((Object[]) rows.get(0))[3]);
            return new Drift(total, rows.stream().map(Object[].class::cast)
                    .map(r -> new Example(number(r[0]), number(r[1]), number(r[2]))).toList());
        }

        private static long number(Object value) {
            return ((Number) value).longValue();
        }
    }

    /** One drifted row: its id, its counter and what the counter should say. */
    record Example(long id, long counter, long counted) {
    }
}
