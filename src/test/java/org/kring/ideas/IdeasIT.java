package org.kring.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.platform.problems.Problem;
import org.kring.testing.Api;
import org.kring.testing.InParallel;
import org.kring.testing.Community;
import org.kring.testing.KringDeployment;
import org.kring.testing.TestDatabase;

/** Ideas and votes through the API, against the real PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class IdeasIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api anonymous() {
        return new Api(base);
    }

    private Api newMember() {
        return new Community(anonymous()).newMember("Tester " + System.nanoTime() % 10_000);
    }

    private static String idea(String title, String body, String language, String... tags) {
        JsonArrayBuilder tagArray = Json.createArrayBuilder();
        for (String tag : tags) {
            tagArray.add(tag);
        }
        return Json.createObjectBuilder().add("title", title).add("body", body).add("topic", "verpakking")
                .add("language", language).add("tags", tagArray).build().toString();
    }

    private static long post(Api member, String title) {
        Api.Answer answer = member.postJson("api/v1/ideas", idea(title, "Een **goed** idee.", "nl", "plastic"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("id").longValue();
    }

    @Test
    void aMemberPostsAnIdeaThatCountsTheAuthorsVote() {
        Api member = newMember();
        Api.Answer answer = member.postJson("api/v1/ideas",
                idea("Statiegeld op blikjes ook in kleine winkels", "Lever **alles** in bij de kassa.", "nl", "#Statiegeld", "blik"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.header("Location")).matches(".*/api/v1/ideas/\\d+");
        JsonObject idea = anonymous().get(answer.header("Location").replaceFirst(".*/api/v1/", "api/v1/")).json().asJsonObject();
        assertThat(idea.getString("title")).isEqualTo("Statiegeld op blikjes ook in kleine winkels");
        assertThat(idea.getString("bodyHtml")).contains("<strong>alles</strong>");
        assertThat(idea.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("statiegeld", "blik");
        assertThat(idea.getInt("voteCount")).isEqualTo(1);
        assertThat(idea.getString("status")).isEqualTo("NEW");
        assertThat(idea.isNull("votedByMe")).as("anonymous callers are not told").isTrue();
    }

    @Test
    void scriptsInAnIdeaAreStoredAsTypedButNeverRendered() {
        Api member = newMember();
        String body = "<script>alert('x')</script> <img src=x onerror=alert(1)> [klik](javascript:alert(1))";
        Api.Answer answer = member.postJson("api/v1/ideas", idea("Veilig <b>idee</b> \u202E", body, "nl"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonObject idea = answer.json().asJsonObject();
        assertThat(idea.getString("body")).isEqualTo(body);
        assertThat(idea.getString("title")).isEqualTo("Veilig <b>idee</b> \u202E");
        assertThat(idea.getString("bodyHtml")).doesNotContain("<script").doesNotContain("<img")
                .doesNotContain("href=\"javascript:");
    }

    @Test
    void eachValidationErrorNamesItsField() {
        Api member = newMember();
        Api.Answer answer = member.postJson("api/v1/ideas",
                Json.createObjectBuilder().add("title", "abc").add("body", "").add("language", "de").build().toString());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(answer.json().asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("title", "body", "language", "topic");
        Api.Answer unknown = member.postJson("api/v1/ideas", idea("Een idee voor een onbekend onderwerp", "b", "nl")
                .replace("\"verpakking\"", "\"bestaat-niet\""));
        assertThat(unknown.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("topic");
    }

    @Test
    void membersFollowIdeasThatExistAndOnlyThose() {
        Api member = newMember();
        long id = post(newMember(), "Een idee om te volgen, graag");
        assertThat(member.put("api/v1/follows/idea/" + id).status()).isEqualTo(200);
        assertThat(member.get("api/v1/follows").json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("type") + " " + f.getJsonNumber("id").longValue()).contains("idea " + id);
        assertThat(member.put("api/v1/follows/idea/987654321").problem(404).getString("detail")).contains("987654321");
        assertThat(member.put("api/v1/follows/thread/987654321").status()).isEqualTo(404);
        assertThat(member.put("api/v1/follows/topic/987654321").status()).isEqualTo(404);
        assertThat(member.put("api/v1/follows/planet/1").status()).isEqualTo(400);
        assertThat(member.get("api/v1/follows").json().asJsonArray()).as("nothing followed by the refusals").hasSize(1);
    }

    @Test
    void aShortBodyThatRendersToTooMuchHtmlIsRefusedNotA500() {
        // Under the 10,000-character limit, but every "[x]" becomes a link with the 400-character address.
        String body = "[x]: https://example.org/" + "a".repeat(400) + "\n\n" + "[x] ".repeat(2_300);
        Api.Answer answer = newMember().postJson("api/v1/ideas", idea("Een idee vol met verwijzingen", body, "nl"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
    }

    @Test
    void anonymousVisitorsMustLogInToWrite() {
        Api.Answer answer = anonymous().postJson("api/v1/ideas", idea("Anoniem idee hier", "b", "nl"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(anonymous().put("api/v1/ideas/1/vote").status()).isEqualTo(401);
    }

    @Test
    void onlyTheAuthorEditsAndEveryEditKeepsARevision() {
        Api author = newMember();
        long id = post(author, "Kleinere broden voor singles");
        Api other = newMember();
        Api.Answer refused = other.putJson("api/v1/ideas/" + id, idea("Overgenomen titel", "Niet van mij", "nl"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith(Problem.MEDIA_TYPE);

        Api.Answer edited = author.putJson("api/v1/ideas/" + id, idea("Halve broden voor singles", "Nieuwe tekst", "nl", "brood"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(anonymous().get("api/v1/ideas/" + id).json().asJsonObject().getString("title")).isEqualTo("Halve broden voor singles");
        List<JsonObject> revisions = author.get("api/v1/ideas/" + id + "/revisions").json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(revisions).extracting(r -> r.getString("title")).containsExactly("Kleinere broden voor singles");
    }

    @Test
    void earlierWordingsAreTheAuthorsAndModeratorsAndComeInPages() {
        Api author = newMember();
        long id = post(author, "Eerste titel voor de geschiedenis");
        for (String title : List.of("Tweede titel voor de geschiedenis", "Derde titel voor de geschiedenis")) {
            Api.Answer edited = author.putJson("api/v1/ideas/" + id, idea(title, "Tekst", "nl"));
            assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        }
        String revisions = "api/v1/ideas/" + id + "/revisions";
        assertThat(anonymous().get(revisions).status()).isEqualTo(401);
        assertThat(newMember().get(revisions).problem(403).getString("detail")).contains("author");
        Api moderator = anonymous().withBearer(new Community(anonymous()).token("moderator@kring.demo", "kring-demo"));
        assertThat(moderator.get(revisions).json().asJsonArray()).hasSize(2);

        List<JsonObject> first = author.get(revisions + "?limit=1").json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(first).extracting(r -> r.getString("title")).containsExactly("Tweede titel voor de geschiedenis");
        List<JsonObject> next = author.get(revisions + "?limit=1&before=" + first.get(0).getJsonNumber("id").longValue())
                .json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(next).extracting(r -> r.getString("title")).containsExactly("Eerste titel voor de geschiedenis");

        assertThat(author.get(revisions + "?limit=0").problem(400).toString()).contains("limit");
        assertThat(author.get(revisions + "?before=999999999999").problem(400).toString()).contains("before");
    }

    @Test
    void oneHundredConcurrentVotersAreCountedExactly() throws Exception {
        long id = post(newMember(), "Populair idee voor de telling");
        List<Api> voters = InParallel.run(IntStream.range(0, 100).mapToObj(i -> (Callable<Api>) this::newMember).toList(), 16);
        List<Api.Answer> answers = InParallel.run(voters.stream().map(v -> (Callable<Api.Answer>) () -> v.put("api/v1/ideas/" + id + "/vote")).toList(), 16);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        // The author's own vote plus the hundred.
        assertThat(anonymous().get("api/v1/ideas/" + id).json().asJsonObject().getInt("voteCount")).isEqualTo(101);
        assertThat(votesInDatabase(id)).isEqualTo(101);
    }

    @Test
    void votingIsIdempotentEvenWhenRepeatedConcurrently() throws Exception {
        long id = post(newMember(), "Idee om dubbel op te stemmen");
        Api voter = newMember();
        InParallel.run(IntStream.range(0, 10).mapToObj(i -> (Callable<Api.Answer>) () -> voter.put("api/v1/ideas/" + id + "/vote")).toList(), 16);
        JsonObject idea = voter.get("api/v1/ideas/" + id).json().asJsonObject();
        assertThat(idea.getInt("voteCount")).isEqualTo(2);
        assertThat(idea.getBoolean("votedByMe")).isTrue();
        assertThat(voter.delete("api/v1/ideas/" + id + "/vote").json().asJsonObject().getInt("voteCount")).isEqualTo(1);
        assertThat(voter.delete("api/v1/ideas/" + id + "/vote").json().asJsonObject().getInt("voteCount")).isEqualTo(1);
        assertThat(votesInDatabase(id)).isEqualTo(1);
        assertThat(voter.put("api/v1/ideas/987654321/vote").status()).isEqualTo(404);
    }

    @Test
    void votingTooFastIsRefusedWith429AndRetryAfter() {
        long id = post(newMember(), "Idee voor de snelheidsgrens");
        Api voter = newMember();
        Api.Answer last = null;
        for (int i = 0; i < 61 && (last == null || last.status() == 200); i++) {
            last = i % 2 == 0 ? voter.put("api/v1/ideas/" + id + "/vote") : voter.delete("api/v1/ideas/" + id + "/vote");
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 60L);
    }

    @Test
    void paginationReturnsEveryIdeaExactlyOnce() throws Exception {
        for (String sort : List.of("newest", "top", "trending", "discussed")) {
            List<Long> seen = new ArrayList<>();
            String cursor = null;
            do {
                JsonObject page = anonymous().get("api/v1/ideas?limit=37&sort=" + sort + (cursor == null ? "" : "&cursor=" + cursor))
                        .json().asJsonObject();
                page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> seen.add(i.getJsonNumber("id").longValue()));
                cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
            } while (cursor != null);
            assertThat(new HashSet<>(seen)).as(sort).hasSameSizeAs(seen).isEqualTo(publishedIdeaIds());
        }
    }

    @Test
    void listsFilterByTopicAndTag() {
        Api member = newMember();
        String tag = "tag" + Long.toString(System.nanoTime(), 36);
        Api.Answer posted = member.postJson("api/v1/ideas", idea("Idee met een eigen label", "b", "en", tag));
        assertThat(posted.status()).isEqualTo(201);
        List<JsonObject> tagged = anonymous().get("api/v1/ideas?tag=" + tag).json().asJsonObject()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(tagged).extracting(i -> i.getString("title")).containsExactly("Idee met een eigen label");
        assertThat(anonymous().get("api/v1/ideas?topic=duurzaamheid&limit=100").json().asJsonObject()
                .getJsonArray("items").getValuesAs(JsonObject.class)).allSatisfy(i -> assertThat(i.getString("topic")).isEqualTo("duurzaamheid"));
        assertThat(anonymous().get("api/v1/ideas?cursor=not-a-cursor").status()).isEqualTo(400);
    }

    private static long votesInDatabase(long ideaId) throws Exception {
        try (Connection db = TestDatabase.connect();
             ResultSet rs = db.createStatement().executeQuery("select count(*) from vote where idea_id = " + ideaId)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The ideas the lists show: published, and not merged into another (a duplicate lives on in the idea it joined). */
    private static Set<Long> publishedIdeaIds() throws Exception {
        Set<Long> ids = new HashSet<>();
        try (Connection db = TestDatabase.connect();
             ResultSet rs = db.createStatement().executeQuery("select id from idea where moderation_state = 'PUBLISHED' and merged_into_id is null")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
