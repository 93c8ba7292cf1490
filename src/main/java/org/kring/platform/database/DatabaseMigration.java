package org.kring.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Defines Kring's data source and brings its schema up to date with Flyway before anything else runs.
 * The values come from MicroProfile Config at deployment (environment variables or -D), so the same
 * WAR runs on the embedded H2 or on PostgreSQL. Migrations in db/migration run on both.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "org.kring.platform.database.KringDataSource",
        url = "${MPCONFIG=kring.db.url:jdbc:h2:./data/db/kring}",
        user = "${MPCONFIG=kring.db.user:kring}",
        password = "${MPCONFIG=kring.db.password:kring}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/kring";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "kring.db.url", defaultValue = "jdbc:h2:./data/db/kring")
    String url;

    @Inject
    @ConfigProperty(name = "kring.db.password")
    Optional<String> password;

    @PostConstruct
    void migrate() {
        // The kring/kring default exists for the embedded database only: a server database must be given a password.
        if (!url.startsWith("jdbc:h2:") && password.isEmpty()) {
            throw new IllegalStateException("Kring will not start: KRING_DB_URL points to a database server, but "
                    + "KRING_DB_PASSWORD is not set (there is no default password outside the embedded database).");
        }
        var result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
