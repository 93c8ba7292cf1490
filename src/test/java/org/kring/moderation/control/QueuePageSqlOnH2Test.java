package org.kring.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kring.members.control.ModeratorScope;
import org.kring.moderation.entity.Flag;
import org.kring.moderation.entity.ModerationItem;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.database.KringDataSource;

/**
 * The queue page's statement on the embedded H2 of the zero-setup default (PostgreSQL runs it in every integration
 * test): each filter and both keyset cursors, through Kring's own data source on the migrated schema, with items to
 * join (H2 failed a first version, with a WITH, only once rows were joined).
 */
class QueuePageSqlOnH2Test {

    private static KringDataSource database;

    @BeforeAll
    static void migrate() throws Exception {
        database = new KringDataSource();
        database.setUrl("jdbc:h2:mem:queue-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        database.setUser("kring");
        database.setPassword("kring");
        Flyway.configure(QueuePageSqlOnH2Test.class.getClassLoader()).dataSource(database).locations("classpath:db/migration")
                .load().migrate();
        try (Connection connection = database.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("insert into member (id, email, display_name, password_hash, role, created_at) "
                    + "values (1, 'a@kring.test', 'Auteur', 'x', 'MEMBER', current_timestamp)");
            statement.executeUpdate("insert into moderation_item (id, target_type, target_id, author_id, state, score, flag_count, "
                    + "opened_at) values (1, 'MEMBER', 1, 1, 'OPEN', 1, 1, current_timestamp), "
                    + "(2, 'POST', 7, 1, 'OPEN', 2, 1, current_timestamp), (3, 'IDEA', 8, 1, 'OPEN', 1.5, 1, current_timestamp)");
        }
    }

    @Test
    void everyFilterAndCursorRunsOnRows() throws Exception {
        QueuePageSql all = new QueuePageSql(ModerationItem.State.OPEN, ModeratorScope.Scope.everything(1));
        assertThat(run(all, true)).as("id, author, waiting; highest score first").containsExactly("2 Auteur 3", "3 Auteur 3", "1 Auteur 3");
        QueuePageSql filtered = new QueuePageSql(ModerationItem.State.DECIDED, new ModeratorScope.Scope(2, Set.of(1L, 2L)));
        filtered.type(TargetType.POST);
        filtered.reason(Flag.Reason.SPAM);
        filtered.held();
        filtered.claimedBy(2, Instant.now());
        filtered.openedBefore(Instant.now());
        filtered.author(3);
        filtered.afterScore(new BigDecimal("2.5"), 40);
        assertThat(run(filtered, true)).isEmpty();
        QueuePageSql byAge = new QueuePageSql(ModerationItem.State.OPEN, ModeratorScope.Scope.everything(1));
        byAge.afterAge(Instant.now(), 40);
        assertThat(run(byAge, false)).isEmpty();
    }

    /** Runs the statement as EclipseLink does: each ?n bound to the n-th parameter. */
    private static List<String> run(QueuePageSql page, boolean byScore) throws Exception {
        Matcher numbered = Pattern.compile("\\?(\\d+)").matcher(page.sql(byScore, 51));
        List<Object> bound = new ArrayList<>();
        String sql = numbered.replaceAll(m -> {
            bound.add(page.parameters().get(Integer.parseInt(m.group(1)) - 1));
            return "?";
        });
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int n = 0; n < bound.size(); n++) {
                statement.setObject(n + 1, bound.get(n));
            }
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.getMetaData().getColumnCount()).isEqualTo(29);
                List<String> read = new ArrayList<>();
                while (rows.next()) {
                    read.add(rows.getLong(1) + " " + rows.getString(16) + " " + rows.getLong(29));
                }
                return read;
            }
        }
    }
}
