package org.kring.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where the driver finds Kring, its database and Elasticsearch: environment variables that bench/run sets. */
record Env(String kringUrl, String esUrl, String esIndex, String dbUrl, String dbUser, String dbPassword,
           Path out, long seed, Size size) {

    static Env fromEnvironment() {
        return new Env(get("KRING_URL", "http://127.0.0.1:8290"), get("KRING_ES_URL", "http://127.0.0.1:29220"),
                get("KRING_ES_INDEX_PREFIX", "") + "contributions",
                get("KRING_DB_URL", "jdbc:postgresql://127.0.0.1:25452/kring"), get("KRING_DB_USER", "kring"),
                get("KRING_DB_PASSWORD", "kring"), Path.of(get("BENCH_OUT", "bench/target/run")),
                Long.parseLong(get("BENCH_SEED", "42")), Size.of(get("BENCH_SIZE", "small")));
    }

    private static String get(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    /** The API token of a generated member (the generator stores its SHA-256 in auth_token). */
    static String token(long memberId) {
        return "bench-token-" + memberId;
    }
}
