package org.kring.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import javax.sql.DataSource;
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

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
