package org.kring.platform.consistency;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * A counter that a feature keeps next to the rows it counts (an idea's votes, a post's likes, a thread's posts),
 * and the query that finds the rows where the two differ. The feature that keeps the counter produces one as a CDI
 * bean, so that one admin check and one metric cover every counter without knowing the features. A check reports
 * drift; it never repairs it.
 *
 * @param counter     the counter's name in reports and metrics, as table.column, e.g. "idea.vote_count"
 * @param rule        what must hold, in words
 * @param differences native SQL selecting {@code id, counter, counted} of every row whose counter differs
 */
public record CounterInvariant(String counter, String rule, String differences) {

    /** How many rows drifted, and the first few by id. */
    public record Drift(long drifted, List<Example> examples) {
    }

    /** One drifted row: its id, its counter and what the counter should say. */
    public record Example(long id, long counter, long counted) {
    }

    /** Runs the query: how many rows differ in all, and the first {@code examples} (at least 1) by id. */
    public Drift check(EntityManager em, int examples) {
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
