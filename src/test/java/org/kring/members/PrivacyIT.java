package org.kring.members;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
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

/** A member's rights over their data (issue 15, GDPR): all of it in one export, and an erasure that leaves counts exact. */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

    private static final String PASSWORD = "correct horse battery";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Community community() {
        return new Community(new Api(base));
    }

    private Api admin() {
        return new Api(base).withBearer(community().token("admin@kring.demo", "kring-demo"));
    }

    @Test
    void theExportHoldsEverythingAndTheErasureLeavesNoPersonalDataButEveryCount() throws Exception {
        String word = "privacyproef" + System.nanoTime() % 1_000_000;
        Api other = community().newMember("Ander Lid");
        long othersIdea = id(other.postJson("api/v1/ideas", idea("Een idee van een ander " + word)));
        long othersThread = id(other.postJson("api/v1/threads", thread("Draad van een ander " + word)));
        long othersPost = firstPost(other, othersThread);

        Api leaving = community().newMember("Vertrekkend Lid");
        String email = email(leaving);
        long memberId = leaving.get("api/v1/members/me").json().asJsonObject().getJsonNumber("id").longValue();
        long idea = id(leaving.postJson("api/v1/ideas", idea("Mijn eigen idee " + word)));
        leaving.putJson("api/v1/ideas/" + idea, idea("Mijn eigen idee, herschreven " + word));
        assertThat(leaving.put("api/v1/ideas/" + othersIdea + "/vote").status()).isEqualTo(200);
        assertThat(leaving.postJson("api/v1/threads/" + othersThread + "/posts",
                Json.createObjectBuilder().add("body", "Mijn reactie " + word).build().toString()).status()).isEqualTo(201);
        assertThat(leaving.put("api/v1/posts/" + othersPost + "/like").status()).isEqualTo(200);
        int votesBefore = votes(othersIdea);

        Api.Answer export = leaving.get("api/v1/members/me/data");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("attachment");
        JsonObject data = export.json().asJsonObject();
        assertThat(data.getJsonObject("account").getJsonArray("profile").getJsonObject(0).getString("email")).isEqualTo(email);
        assertThat(data.getJsonObject("account").getJsonArray("sessions")).isNotEmpty();
        assertThat(data.getJsonObject("ideas").toString()).contains("Mijn eigen idee, herschreven " + word)
                .contains("Mijn eigen idee " + word); // the earlier wording too
        assertThat(data.getJsonArray("votes").toString()).contains("\"ideaId\":" + othersIdea);
        assertThat(data.getJsonObject("discussions").getJsonArray("posts").toString()).contains("Mijn reactie " + word);
        assertThat(data.getJsonObject("discussions").getJsonArray("likes").toString()).contains("\"postId\":" + othersPost);
        assertThat(data.getJsonArray("follows").toString()).contains("\"id\":" + othersIdea);

        leaving.postJson("api/v1/members/me/erasure", erasure("not my password", false)).problem(401);
        assertThat(leaving.postJson("api/v1/members/me/erasure", erasure(PASSWORD, false)).status()).isEqualTo(204);

        leaving.get("api/v1/members/me").problem(401);
        assertThat(count("select count(*) from member where email = ?", email)).as("the member's row").isZero();
        assertThat(count("select count(*) from account_erasure where content_deleted = false and erased_at > ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(600)))).isPositive();
        assertThat(votes(othersIdea)).as("their vote still counts").isEqualTo(votesBefore);
        JsonObject kept = new Api(base).get("api/v1/ideas/" + idea).json().asJsonObject();
        assertThat(kept.getString("title")).isEqualTo("Mijn eigen idee, herschreven " + word);
        assertThat(kept.toString()).contains("Former member").doesNotContain("Vertrekkend Lid");
        assertThat(count("select count(*) from idea_revision where idea_id = ?", idea)).as("earlier wordings").isZero();
        assertThat(admin().get("api/v1/admin/consistency").json().asJsonObject().getBoolean("consistent")).isTrue();
        awaitNoDocumentsOf(memberId);
    }

    @Test
    void erasingWithContentDeletesThePostsAndEmptiesTheIdeasWithExactCounts() throws Exception {
        Api other = community().newMember("Draadstarter");
        long thread = id(other.postJson("api/v1/threads", thread("Een draad om op te reageren")));
        Api leaving = community().newMember("Wisser");
        long idea = id(leaving.postJson("api/v1/ideas", idea("Een idee dat weg moet")));
        leaving.postJson("api/v1/threads/" + thread + "/posts",
                Json.createObjectBuilder().add("body", "Een reactie die weg moet").build().toString());
        int postsBefore = count("select post_count from discussion_thread where id = ?", thread);

        assertThat(leaving.postJson("api/v1/members/me/erasure", erasure(PASSWORD, true)).status()).isEqualTo(204);

        assertThat(count("select post_count from discussion_thread where id = ?", thread)).isEqualTo(postsBefore - 1);
        assertThat(count("select count(*) from post where thread_id = ? and body like '%weg moet%'", thread)).isZero();
        assertThat(new Api(base).get("api/v1/ideas/" + idea).status()).as("an emptied idea is hidden").isEqualTo(404);
        assertThat(count("select count(*) from idea where id = ? and body = ''", idea)).isEqualTo(1);
        assertThat(admin().get("api/v1/admin/consistency").json().asJsonObject().getBoolean("consistent")).isTrue();
    }

    private static String idea(String title) {
        return Json.createObjectBuilder().add("title", title).add("body", "Een **goed** idee.").add("topic", "verpakking")
                .add("language", "nl").build().toString();
    }

    private static String thread(String title) {
        return Json.createObjectBuilder().add("topic", "verpakking").add("title", title).add("body", "Eerste bericht.")
                .add("language", "nl").build().toString();
    }

    private static String erasure(String password, boolean deleteContent) {
        return Json.createObjectBuilder().add("password", password).add("deleteContent", deleteContent).build().toString();
    }

    private static long id(Api.Answer created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static long firstPost(Api api, long thread) {
        return api.get("api/v1/threads/" + thread + "/posts").json().asJsonObject().getJsonArray("posts")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String email(Api member) {
        return member.get("api/v1/members/me").json().asJsonObject().getString("email");
    }

    private static int votes(long idea) throws Exception {
        return count("select vote_count from idea where id = ?", idea);
    }

    private static int count(String sql, Object parameter) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }

    /** Elasticsearch itself (every index): no document names the erased member as its author any more. */
    private static void awaitNoDocumentsOf(long memberId) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(System.getenv("KRING_ES_URL") + "/_count?q=author_id:" + memberId);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            last = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            if (last.contains("\"count\":0")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Documents of the erased member remain in the index: " + last);
    }
}
