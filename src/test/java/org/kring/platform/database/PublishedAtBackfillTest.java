package org.kring.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V27's backfill of idea.published_at (where the response clock starts), on the embedded H2: ideas held at posting
 * were published at their first approval (or never), every other idea when it was posted; V28 gives a published idea
 * that V27 left without a time its first logged publication, and from then on refuses a published idea without one.
 */
class PublishedAtBackfillTest {

    private static final Instant POSTED = Instant.parse("2026-10-01T09:00:00Z");

    @Test
    void heldIdeasArePublishedAtTheirFirstApprovalTheOthersWhenPostedAndNoPublishedIdeaLacksTheTime() throws Exception {
        KringDataSource dataSource = new KringDataSource();
        dataSource.setUrl("jdbc:h2:mem:published-at-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("kring");
        dataSource.setPassword("kring");
        Flyway.configure(PublishedAtBackfillTest.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").target("25").load().migrate();
        try (Connection db = dataSource.getConnection(); Statement s = db.createStatement()) {
            s.executeUpdate("insert into member (id, email, display_name, password_hash, role, created_at) "
                    + "values (1, 'a@kring.test', 'A', 'x', 'MEMBER', current_timestamp)");
            s.executeUpdate("insert into topic (id, slug, name_nl, name_en, description_nl, description_en, position) "
                    + "values (1, 'verpakking', 'Verpakking', 'Packaging', '', '', 1)");
            idea(db, 1, "PUBLISHED");                 // never held
            idea(db, 2, "HIDDEN");                    // held at posting, approved after 3 days, hidden since
            logged(db, 2, "HOLD", "PUBLISHED", "HELD", POSTED.plusMillis(40));
            logged(db, 2, "APPROVE", "HELD", "PUBLISHED", POSTED.plus(Duration.ofDays(3)));
            logged(db, 2, "HIDE", "PUBLISHED", "HIDDEN", POSTED.plus(Duration.ofDays(5)));
            logged(db, 2, "APPROVE", "HELD", "PUBLISHED", POSTED.plus(Duration.ofDays(6)));
            idea(db, 3, "HELD");                      // held at posting, still waiting
            logged(db, 3, "HOLD", "PUBLISHED", "HELD", POSTED.plusMillis(40));
            idea(db, 4, "HIDDEN");                    // held at posting and rejected
            logged(db, 4, "HOLD", "PUBLISHED", "HELD", POSTED.plusMillis(40));
            logged(db, 4, "HIDE", "HELD", "HIDDEN", POSTED.plus(Duration.ofDays(1)));
            idea(db, 5, "HELD");                      // public at posting, held for an edit two days later
            logged(db, 5, "HOLD", "PUBLISHED", "HELD", POSTED.plus(Duration.ofDays(2)));
            idea(db, 6, "PUBLISHED");                 // held at posting, rejected, then shown: no approval of a held idea
            logged(db, 6, "HOLD", "PUBLISHED", "HELD", POSTED.plusMillis(40));
            logged(db, 6, "HIDE", "HELD", "HIDDEN", POSTED.plus(Duration.ofDays(1)));
            logged(db, 6, "UNHIDE", "HIDDEN", "PUBLISHED", POSTED.plus(Duration.ofDays(4)));
        }

        Flyway.configure(PublishedAtBackfillTest.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").load().migrate();

        assertThat(publishedAt(dataSource, 1)).isEqualTo(POSTED);
        assertThat(publishedAt(dataSource, 2)).isEqualTo(POSTED.plus(Duration.ofDays(3)));
        assertThat(publishedAt(dataSource, 3)).isNull();
        assertThat(publishedAt(dataSource, 4)).isNull();
        assertThat(publishedAt(dataSource, 5)).isEqualTo(POSTED);
        assertThat(publishedAt(dataSource, 6)).isEqualTo(POSTED.plus(Duration.ofDays(4)));
        // From V28 on, the database refuses a published idea without its publication time.
        try (Connection db = dataSource.getConnection()) {
            assertThatThrownBy(() -> idea(db, 7, "PUBLISHED")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("idea_published_has_publication_time");
        }
    }

    private static void idea(Connection db, long id, String state) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("insert into idea (id, topic_id, author_id, title, body, language, "
                + "status, created_at, updated_at, moderation_state) values (?, 1, 1, 'Idee', 'Tekst', 'nl', 'NEW', ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.from(POSTED));
            insert.setTimestamp(3, Timestamp.from(POSTED));
            insert.setString(4, state);
            insert.executeUpdate();
        }
    }

    private static void logged(Connection db, long idea, String action, String before, String after, Instant at) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("insert into moderation_action (id, action, target_type, target_id, "
                + "state_before, state_after, created_at) values (nextval('moderation_action_seq'), ?, 'IDEA', ?, ?, ?, ?)")) {
            insert.setString(1, action);
            insert.setLong(2, idea);
            insert.setString(3, before);
            insert.setString(4, after);
            insert.setTimestamp(5, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    private static Instant publishedAt(KringDataSource dataSource, long idea) throws Exception {
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement("select published_at from idea where id = ?")) {
            select.setLong(1, idea);
            try (ResultSet r = select.executeQuery()) {
                assertThat(r.next()).isTrue();
                Timestamp at = r.getTimestamp(1);
                return at == null ? null : at.toInstant();
            }
        }
    }
}
