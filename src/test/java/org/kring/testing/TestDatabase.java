package org.kring.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A JDBC connection to the same PostgreSQL that the deployed Kring uses (bin/test starts it and sets
 * KRING_DB_URL), so that a test can prove what reached the database.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        String url = System.getenv("KRING_DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("KRING_DB_URL must point at the test PostgreSQL; run the tests with bin/test");
        }
        return DriverManager.getConnection(url, System.getenv("KRING_DB_USER"), System.getenv("KRING_DB_PASSWORD"));
    }
}
