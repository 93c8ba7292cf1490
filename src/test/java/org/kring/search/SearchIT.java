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
import org.kring.testing.Community;
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
        // How fast is the benchmark's "freshness" figure (bench/run); a wall-clock limit here failed on busy machines.
        String word = "kringproef" + Long.toString(System.nanoTime(), 36);
        awaitCaughtUpIndex(); // behind the demo seed's backlog, 30 s would say little
        insertIdea("Fietsenstalling bij de winkel " + word, "Een overdekte fietsenstalling zou fijn zijn.", "nl", "PUBLISHED");
        JsonObject page = awaitSearch(word, p -> p.getJsonNumber("total").longValue() == 1, Duration.ofSeconds(30));
        assertThat(page.getJsonArray("results").getJsonObject(0).getString("title")).endsWith(word);
    }

    @Test
    void searchWithAJsonBody() throws Exception {
        awaitCaughtUpIndex(); // both searches see the same index
        JsonObject viaGet = awaitSearch("verpakking", p -> p.getJsonNumber("total").longValue() >= 3, Duration.ofSeconds(60));
        Api.Answer answer = new Api(base).post("api/v1/search", "application/json", "{\"query\":\"verpakking\",\"size\":3}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonObject viaPost = answer.json().asJsonObject();
        assertThat(viaPost.getJsonNumber("total").longValue()).as("the same hits as GET").isEqualTo(viaGet.getJsonNumber("total").longValue());
        assertThat(viaPost.getJsonArray("results")).as("a page of the size asked").hasSize(3);
    }

    @Test
    void anEmptyQueryIsRefusedWithItsField() {
        Api.Answer answer = new Api(base).get("api/v1/search?q=");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("q");
    }

    @Test
    void aPagePastTheFirstTenThousandResultsIsRefusedWithItsField() {
        Api.Answer answer = new Api(base).get("api/v1/search?q=a&page=1000&size=100");
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("page");
        assertThat(new Api(base).get("api/v1/search?q=a&page=99&size=100").status()).as("the last page in the window").isEqualTo(200);
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

    @Test
    void englishStemmingAccentsAndATypoFindTheNewestIdea() throws Exception {
        long english = insertIdea("Show the voting results " + unique(), "Members like to see them.", "en", "PUBLISHED");
        awaitNewest("votes", english);
        long accented = insertIdea("Crème brûlée zonder plastic bakje " + unique(), "Lekker.", "nl", "PUBLISHED");
        awaitNewest("creme brulee", accented);
        long typo = insertIdea("Een parkeerautomaat die pinpassen neemt " + unique(), "Handig.", "nl", "PUBLISHED");
        awaitNewest("parkeerautomat", typo);
    }

    @Test
    void hiddenContentOnlyForModeratorsAnalystsAndAdminsWhoAskForIt() throws Exception {
        String word = unique();
        long hidden = insertIdea("Verborgen idee " + word, "Niet voor iedereen.", "nl", "HIDDEN");
        Api admin = new Api(base).withBearer(new Community(new Api(base)).token("admin@kring.demo", "kring-demo"));
        long start = System.nanoTime();
        JsonObject found = admin.await("api/v1/search?includeHidden=true&q=" + word, p -> p.getJsonNumber("total").longValue() == 1, Duration.ofSeconds(30));
        assertThat(found.getJsonArray("results").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(hidden);
        Api member = new Community(new Api(base)).newMember("Zoeker");
        assertThat(member.get("api/v1/search?q=" + word).json().asJsonObject().getJsonNumber("total").longValue()).isZero();
        assertThat(admin.get("api/v1/search?q=" + word).json().asJsonObject().getJsonNumber("total").longValue()).isZero();
        assertThat(member.get("api/v1/search?includeHidden=true&q=" + word).status()).isEqualTo(403);
        assertThat(new Api(base).get("api/v1/search?includeHidden=true&q=" + word).status()).isEqualTo(401);
        System.out.println("search freshness (hidden idea, DB commit to searchable): " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    @Test
    void facetsFiltersSortAndPages() {
        JsonObject page = awaitSearch("fiets", p -> p.getJsonNumber("total").longValue() > 0, Duration.ofSeconds(60));
        JsonObject facets = page.getJsonObject("facets");
        assertThat(facets.keySet()).contains("type", "topic", "challenge", "status", "tag", "language", "month");
        assertThat(facets.getJsonArray("month").getJsonObject(0).getString("value")).matches("\\d{4}-\\d{2}");
        assertThat(facets.getJsonArray("type").getJsonObject(0).getJsonNumber("count").longValue()).isPositive();
        Api api = new Api(base);
        JsonObject ideas = api.get("api/v1/search?q=fiets&type=idea&sort=votes&size=5&page=0").json().asJsonObject();
        List<JsonObject> results = ideas.getJsonArray("results").getValuesAs(JsonObject.class);
        assertThat(results).isNotEmpty().allMatch(r -> r.getString("type").equals("idea"));
        assertThat(ideas.getJsonObject("facets").getJsonArray("type").getValuesAs(JsonObject.class))
                .allMatch(b -> b.getString("value").equals("idea"));
        JsonObject none = api.get("api/v1/search?q=fiets&from=2000-01-01&to=2000-12-31").json().asJsonObject();
        assertThat(none.getJsonNumber("total").longValue()).isZero();
        JsonObject two = api.get("api/v1/search?q=fiets&facets=type,month").json().asJsonObject();
        assertThat(two.getJsonObject("facets").keySet()).as("only the facets asked for").containsExactlyInAnyOrder("type", "month");
        assertThat(two.getJsonNumber("total").longValue()).isEqualTo(page.getJsonNumber("total").longValue());
        assertThat(api.get("api/v1/search?q=fiets&facets=").json().asJsonObject().getJsonObject("facets")).isEmpty();
        Api.Answer bad = api.get("api/v1/search?q=fiets&sort=oldest&from=gisteren&facets=type,kleur");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("sort", "from", "facets");
    }

    @Test
    void similarIdeasFindANearDuplicateAndSuggestCompletesATitle() throws Exception {
        String word = "suggestietoets" + Long.toString(System.nanoTime(), 36);
        long original = insertIdea("Gratis hondenkoekjes bij de kassa van de dierenwinkel",
                "Honden die meekomen krijgen een koekje bij het afrekenen.", "nl", "PUBLISHED");
        long suggested = insertIdea(word + " voor de zelfscankassa", "Een titel om aan te vullen.", "nl", "PUBLISHED");
        Api api = new Api(base);
        awaitSearch(word, p -> p.getJsonNumber("total").longValue() == 1, Duration.ofSeconds(30));
        Api.Answer similar = api.get("api/v1/ideas/similar?title=" + enc("Hondenkoekjes gratis aan de kassa in dierenwinkels")
                + "&body=" + enc("Een koekje voor de hond bij het betalen"));
        assertThat(similar.status()).as(similar.body()).isEqualTo(200);
        List<JsonObject> ideas = similar.json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(ideas).hasSizeLessThanOrEqualTo(5);
        assertThat(ideas.get(0).getJsonNumber("id").longValue()).isEqualTo(original);
        assertThat(api.get("api/v1/ideas/similar?title=").status()).isEqualTo(400);
        Api.Answer suggest = api.get("api/v1/search/suggest?prefix=" + word.substring(0, word.length() - 2));
        assertThat(suggest.status()).as(suggest.body()).isEqualTo(200);
        JsonObject first = suggest.json().asJsonObject().getJsonArray("suggestions").getJsonObject(0);
        assertThat(first.getString("text")).startsWith(word);
        assertThat(first.getJsonNumber("id").longValue()).isEqualTo(suggested);
    }

    @Test
    void aReindexWhileWritesGoOnEndsWithTheIndexEqualToTheDatabase() throws Exception {
        Api admin = new Api(base).withBearer(new Community(new Api(base)).token("admin@kring.demo", "kring-demo"));
        Api member = new Community(new Api(base)).newMember("Gewoon lid");
        assertThat(member.post("api/v1/admin/search/reindex", "application/json", "").status()).isEqualTo(403);
        assertThat(member.get("api/v1/admin/search/consistency").status()).isEqualTo(403);
        Api.Answer started = admin.post("api/v1/admin/search/reindex", "application/json", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        admin.post("api/v1/admin/search/reindex", "application/json", "").problem(409);
        String word = unique();
        int written = 0;
        JsonObject progress;
        do {
            insertIdea("Tijdens het herindexeren " + word + " nummer " + written, "Schrijven gaat door.", "nl", "PUBLISHED");
            written++;
            progress = admin.get("api/v1/admin/search/reindex").json().asJsonObject();
            sleep(50);
        } while (List.of("RUNNING", "SWAPPING").contains(progress.getString("state")) && written < 2000);
        for (int i = 0; i < 5; i++) {
            insertIdea("Na het herindexeren " + word + " nummer " + written++, "Nog eentje.", "nl", "PUBLISHED");
        }
        assertThat(progress.getString("state")).as(progress.toString()).isEqualTo("DONE");
        // total was counted at the start; ideas written meanwhile are paged through as well
        assertThat(progress.getJsonNumber("done").longValue()).isGreaterThanOrEqualTo(progress.getJsonNumber("total").longValue());
        System.out.println("reindex: " + progress + ", ideas written meanwhile: " + written);
        int expected = written;
        awaitSearch(word, p -> p.getJsonNumber("total").longValue() == expected, Duration.ofSeconds(30));
        JsonObject report = admin.await("api/v1/admin/search/consistency", r -> r.getBoolean("consistent"), Duration.ofSeconds(30));
        assertThat(report.getJsonArray("types").getValuesAs(JsonObject.class)).extracting(t -> t.getString("type"))
                .contains("idea", "post", "thread");
        Api root = new Api(base).root();
        assertThat(root.get("metrics").body()).contains("kring_search_outbox_backlog", "kring_search_indexing_lag_seconds",
                "kring_search_indexing_errors");
        assertThat(root.get("health/ready").body()).contains("outboxBacklog", "indexingLagSeconds");
    }

    /** Waits until the newest published result for this query is the expected idea. */
    private void awaitNewest(String query, long expected) {
        new Api(base).await("api/v1/search?sort=newest&size=1&q=" + enc(query), p -> p.getJsonNumber("total").longValue() > 0
                && p.getJsonArray("results").getJsonObject(0).getJsonNumber("id").longValue() == expected, Duration.ofSeconds(30));
    }

    /** Inserts an idea with its outbox row in one transaction, as Kring's own code does. */
    private long insertIdea(String title, String body, String language, String moderationState) throws Exception {
        long idea;
        try (Connection db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            long topic = single(db, "select min(id) from topic");
            long author = single(db, "select min(id) from member");
            idea = single(db, "select nextval('idea_seq')");
            try (PreparedStatement insert = db.prepareStatement("insert into idea (id, topic_id, author_id, title, body, "
                    + "language, status, vote_count, post_count, created_at, updated_at, moderation_state, published_at) "
                    + "values (?, ?, ?, ?, ?, ?, 'NEW', 0, 0, now(), now(), ?, case when ? = 'PUBLISHED' then now() end)")) {
                insert.setLong(1, idea);
                insert.setLong(2, topic);
                insert.setLong(3, author);
                insert.setString(4, title);
                insert.setString(5, body);
                insert.setString(6, language);
                insert.setString(7, moderationState);
                insert.setString(8, moderationState);
                insert.executeUpdate();
            }
            try (PreparedStatement outbox = db.prepareStatement("insert into search_outbox (id, entity_type, entity_id, "
                    + "created_at) values (nextval('search_outbox_seq'), 'idea', ?, now())")) {
                outbox.setLong(1, idea);
                outbox.executeUpdate();
            }
            db.commit();
        }
        return idea;
    }


    /**
     * A moderator's transaction that hides an idea and re-indexes its posts, next to a member's edit of one of those
     * posts, is the real case: the change whose outbox row has the lower id can commit last. Its document is read
     * later, so it must still win in the index.
     */
    @Test
    void aChangeThatCommitsAfterALaterOneStillReachesTheIndex() throws Exception {
        String title = unique();
        long idea = insertIdea("Een idee dat twee keer verandert " + title, "Eerst dit.", "nl", "PUBLISHED");
        awaitSearch(title, p -> p.getJsonNumber("total").longValue() == 1, Duration.ofSeconds(30));
        String late = unique();
        try (Connection slow = TestDatabase.connect(); Connection quick = TestDatabase.connect()) {
            slow.setAutoCommit(false);
            slow.createStatement().executeUpdate("update idea set title = title || ' " + late + "' where id = " + idea);
            slow.createStatement().executeUpdate(OUTBOX_ROW + idea + ", now())");
            // A later row for the same document (it touches no row the slow one holds), committed at once.
            quick.createStatement().executeUpdate(OUTBOX_ROW + idea + ", now())");
            awaitCaughtUpIndex();
            slow.commit();
        }
        awaitSearch(late, p -> p.getJsonNumber("total").longValue() == 1, Duration.ofSeconds(30));
    }

    /**
     * A vote moves only counters: the index gets them by a partial update, and a whole document written after such
     * updates (an edit) is still taken as the newer state, with the count.
     */
    @Test
    void votesAndWithdrawalsReachTheIndexAndALaterEditStillWins() throws Exception {
        String word = unique();
        String title = "Stemmen tellen in de zoekindex " + word;
        long idea = insertIdea(title, "Alleen de teller verandert.", "nl", "PUBLISHED");
        awaitSearch(word, p -> p.getJsonNumber("total").longValue() == 1, Duration.ofSeconds(30));
        Community community = new Community(new Api(base));
        List<Api> voters = List.of(community.newMember("Teller een"), community.newMember("Teller twee"),
                community.newMember("Teller drie"));
        for (Api voter : voters) {
            assertThat(voter.put("api/v1/ideas/" + idea + "/vote").status()).isEqualTo(200);
        }
        awaitIndexedVotes(voters.get(1), title, idea, 3);
        assertThat(voters.get(0).delete("api/v1/ideas/" + idea + "/vote").status()).isEqualTo(200);
        awaitIndexedVotes(voters.get(1), title, idea, 2);
        String edited = unique();
        try (Connection db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            db.createStatement().executeUpdate("update idea set title = title || ' " + edited + "' where id = " + idea);
            db.createStatement().executeUpdate(OUTBOX_ROW + idea + ", now())");
            db.commit();
        }
        awaitSearch(edited, p -> p.getJsonNumber("total").longValue() == 1, Duration.ofSeconds(30));
        awaitIndexedVotes(voters.get(1), title, idea, 2);
    }

    /** Waits until similar ideas (read from the index) show the idea with this many votes. */
    private static void awaitIndexedVotes(Api api, String title, long idea, int votes) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String last = null;
        while (Instant.now().isBefore(deadline)) {
            Api.Answer similar = api.get("api/v1/ideas/similar?title=" + enc(title));
            last = similar.body();
            if (similar.status() == 200 && similar.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .anyMatch(i -> i.getJsonNumber("id").longValue() == idea && i.getInt("voteCount") == votes)) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("idea " + idea + " did not show " + votes + " votes in the index; last answer: " + last);
    }

    private static final String OUTBOX_ROW = "insert into search_outbox (id, entity_type, entity_id, created_at) "
            + "values (nextval('search_outbox_seq'), 'idea', ";

    private static String unique() {
        return "kringwoord" + Long.toString(System.nanoTime(), 36);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonObject awaitSearch(String query, Predicate<JsonObject> condition, Duration patience) {
        return new Api(base).await("api/v1/search?q=" + enc(query), condition, patience);
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
