package org.kring.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.KringDeployment;
import org.kring.testing.TestDatabase;

/** Database → outbox → indexer → Elasticsearch (with Kring's analysis plugin) → search API. */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void dutchSearchFindsTheSingularOfAPlural() {
        JsonObject page = awaitSearch("verpakkingen", p -> p.getJsonNumber("total").longValue() > 0, Duration.ofSeconds(60));
        List<JsonObject> results = page.getJsonArray("results").getValuesAs(JsonObject.class);
        assertThat(results).filteredOn(r -> r.getString("type").equals("idea")).extracting(r -> r.getString("title").toLowerCase())
                .anyMatch(title -> title.matches(".*\\bverpakking\\b.*"));
        assertThat(results.get(0).getJsonArray("highlights").getString(0)).contains("<em>");
    }

    @Test
    void anIdeaWrittenToTheDatabaseBecomesSearchable() throws Exception {
        String word = "kringproef" + Long.toString(System.nanoTime(), 36);
        awaitCaughtUpIndex(); // freshness is measured from a caught-up index, not behind the demo seed's backlog
        try (Connection db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            long topic = single(db, "select min(id) from topic");
            long author = single(db, "select min(id) from member");
            long idea = single(db, "select nextval('idea_seq')");
            try (PreparedStatement insert = db.prepareStatement("insert into idea (id, topic_id, author_id, title, body, "
                    + "language, status, vote_count, post_count, created_at, updated_at) "
                    + "values (?, ?, ?, ?, ?, 'nl', 'NEW', 0, 0, now(), now())")) {
                insert.setLong(1, idea);
                insert.setLong(2, topic);
                insert.setLong(3, author);
                insert.setString(4, "Fietsenstalling bij de winkel " + word);
                insert.setString(5, "Een overdekte fietsenstalling zou fijn zijn.");
                insert.executeUpdate();
            }
            try (PreparedStatement outbox = db.prepareStatement("insert into search_outbox (id, entity_type, entity_id, "
                    + "created_at) values (nextval('search_outbox_seq'), 'idea', ?, now())")) {
                outbox.setLong(1, idea);
                outbox.executeUpdate();
            }
            db.commit();
        }
        Instant written = Instant.now();
        JsonObject page = awaitSearch(word, p -> p.getJsonNumber("total").longValue() == 1, Duration.ofSeconds(30));
        assertThat(page.getJsonArray("results").getJsonObject(0).getString("title")).endsWith(word);
        assertThat(Duration.between(written, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void searchWithAJsonBody() {
        awaitSearch("fiets", p -> true, Duration.ofSeconds(60));
        Api.Answer answer = new Api(base).post("api/v1/search", "application/json", "{\"query\":\"fietsenstalling\",\"size\":3}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().asJsonObject().getJsonArray("results").size()).isLessThanOrEqualTo(3);
    }

    @Test
    void anEmptyQueryIsRefusedWithItsField() {
        Api.Answer answer = new Api(base).get("api/v1/search?q=");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("q");
    }

    private static void awaitCaughtUpIndex() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        try (Connection db = TestDatabase.connect()) {
            while (single(db, "select count(*) from search_outbox") > 0) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("The search outbox did not drain within 2 minutes");
                }
                sleep(200);
            }
        }
    }

    /** Polls the search API until the page satisfies the condition or the time is up. */
    private JsonObject awaitSearch(String query, Predicate<JsonObject> condition, Duration patience) {
        Api api = new Api(base);
        Instant deadline = Instant.now().plus(patience);
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            Api.Answer answer = api.get("api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            if (answer.status() == 200) {
                last = answer.json().asJsonObject();
                if (condition.test(last)) {
                    return last;
                }
            }
            sleep(100);
        }
        throw new AssertionError("Search for '" + query + "' did not get there within " + patience + "; last page: " + last);
    }

    private static long single(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
