package org.kring.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * bin/run's zero-setup database is the embedded H2 (PostgreSQL mode), and every migration must run on it as well as on
 * PostgreSQL (the integration tests' database): a word H2 reserves (channel_count's "month") once stopped bin/run's
 * demo at its first start, and no test ran H2. This runs them all on an in-memory H2, through Kring's own data source.
 */
class MigrationsOnH2Test {

    @Test
    void everyMigrationRunsOnTheEmbeddedDatabase() throws Exception {
        KringDataSource dataSource = new KringDataSource();
        dataSource.setUrl("jdbc:h2:mem:migrations-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("kring");
        dataSource.setPassword("kring");

        MigrateResult result = Flyway.configure(MigrationsOnH2Test.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").load().migrate();

        assertThat(result.success).isTrue();
        assertThat(MigrationVersion.fromVersion(result.targetSchemaVersion)).isEqualTo(newestMigration());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into channel_count (month, channel, kind, total) values (date '2026-11-01', 'nieuwsbrief', 'VISIT', 1)");
            assertThat(statement.executeUpdate("update channel_count set total = total + 1 where month = date '2026-11-01'")).isEqualTo(1);
        }
    }

    /** The highest version among the migration files. */
    private static MigrationVersion newestMigration() throws IOException, URISyntaxException {
        Path folder = Path.of(MigrationsOnH2Test.class.getClassLoader().getResource("db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.matches("V[0-9_]+__.*\\.sql"))
                    .map(name -> MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.')))
                    .max(Comparator.naturalOrder()).orElseThrow();
        }
    }
}
