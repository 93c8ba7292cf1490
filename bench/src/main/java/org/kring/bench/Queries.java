package org.kring.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Counts the SQL statements PostgreSQL ran, from pg_stat_statements (bench/run preloads it), so that a
 * figure can say how many queries one request costs. Counts everything: Kring's background outbox poll
 * (five a second) too, which is small against thousands of requests.
 */
final class Queries {

    private Queries() {
    }

    /** Statements executed so far, or -1 when pg_stat_statements is not loaded. */
    static long executed(Env env) {
        try (Connection db = env.connect(); Statement s = db.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
            try (ResultSet r = s.executeQuery("select coalesce(sum(calls), 0) from pg_stat_statements "
                    + "where query not ilike '%pg_stat_statements%' and query not ilike 'begin%' and query not ilike 'commit%' "
                    + "and query not ilike 'rollback%'")) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            return -1;
        }
    }

    static void save(Facts facts, String key, long before, long after, long requests) {
        if (before >= 0 && after >= 0 && requests > 0) {
            facts.put(key + ".queries", (double) (after - before) / requests);
        }
    }
}
