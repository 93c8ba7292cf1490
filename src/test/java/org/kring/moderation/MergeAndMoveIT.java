package org.kring.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Community;
import org.kring.testing.InParallel;
import org.kring.testing.KringDeployment;
import org.kring.testing.TestDatabase;

/**
 * Merging a duplicate idea into another and unmerging it from the log, on the real PostgreSQL: votes move without
 * double counting and come back exactly (every row, every counter), followers follow along, a merged idea points at
 * its target and refuses votes, votes that race a merge are counted exactly once, and bad merges are refused.
 * Moving an idea (with its thread and posts) or a standalone thread to another topic, and back from the log.
 */
@ExtendWith(ArquillianExtension.class)
class MergeAndMoveIT {

    private static final String DEMO_PASSWORD = "kring-demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api anonymous;
    private Community community;
    private Api moderator;

    @BeforeEach
    void logins() {
        anonymous = new Api(base);
        community = new Community(anonymous);
        moderator = anonymous.withBearer(community.token("moderator@kring.demo", DEMO_PASSWORD));
    }

    @Test
    void mergeMovesVotesOnceAndUnmergeFromTheLogRestoresEveryRowAndCount() throws Exception {
        long source = postIdea(community.newMember("Bron Auteur"), "Dubbel idee " + unique());
        long target = postIdea(community.newMember("Doel Auteur"), "Origineel idee " + unique());
        Api both = community.newMember("Stemt op beide");
        List<Api> sourceVoters = List.of(community.newMember("Bron Stemmer 1"), community.newMember("Bron Stemmer 2"), both);
        List<Api> targetVoters = List.of(both, community.newMember("Doel Stemmer"));
        sourceVoters.forEach(v -> assertThat(v.put("api/v1/ideas/" + source + "/vote").status()).isEqualTo(200));
        targetVoters.forEach(v -> assertThat(v.put("api/v1/ideas/" + target + "/vote").status()).isEqualTo(200));
        Api follower = community.newMember("Volger");
        assertThat(follower.put("api/v1/follows/idea/" + source).status()).isEqualTo(200);
        String before = snapshot(source, target);
        assertThat(voteCount(anonymous, source)).isEqualTo(4);
        assertThat(voteCount(anonymous, target)).isEqualTo(3);

        Api.Answer merged = moderator.postJson("api/v1/moderation/ideas/" + source + "/merge",
                "{\"into\": " + target + ", \"reason\": \"Zelfde voorstel\"}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        JsonObject entry = merged.json().asJsonObject();
        assertThat(entry.getString("action")).isEqualTo("MERGE");
        assertThat(entry.getJsonNumber("relatedId").longValue()).isEqualTo(target);

        JsonObject seen = anonymous.get("api/v1/ideas/" + source).json().asJsonObject();
        assertThat(seen.getString("status")).isEqualTo("DUPLICATE");
        assertThat(seen.getJsonNumber("mergedInto").longValue()).isEqualTo(target);
        assertThat(seen.getInt("voteCount")).isZero();
        assertThat(voteCount(anonymous, target)).as("3 + 4 source votes, one of them a double vote").isEqualTo(6);
        assertThat(countersMatchRows(source, target)).isTrue();
        assertThat(rows("select count(*) from vote where idea_id = " + target + " and member_id = (select member_id from vote "
                + "where idea_id = " + target + " group by member_id having count(*) > 1 limit 1)")).isZero();
        assertThat(rows("select count(*) from follow f where f.target_type = 'IDEA' and f.target_id = " + target
                + " and f.member_id in (select member_id from follow where target_type = 'IDEA' and target_id = " + source + ")"))
                .as("every follower of the merged idea follows the target").isEqualTo(
                        rows("select count(*) from follow where target_type = 'IDEA' and target_id = " + source));

        JsonObject refused = sourceVoters.get(0).put("api/v1/ideas/" + source + "/vote").problem(409);
        assertThat(refused.toString()).contains("mergedInto").contains(String.valueOf(target));
        assertThat(sourceVoters.get(0).delete("api/v1/ideas/" + source + "/vote").problem(409)).isNotNull();
        String page = anonymous.get("idea.xhtml?id=" + source).body();
        assertThat(page).contains("id=\"merged-into\"").contains("idea.xhtml?id=" + target);
        assertThat(anonymous.get("idea.xhtml?id=" + target).body()).as("the target links the merged idea")
                .contains("id=\"merged-from\"").contains("idea.xhtml?id=" + source);
        assertThat(anonymous.get("api/v1/ideas/" + source + "/thread").status()).as("its thread stays readable").isEqualTo(200);
        assertThat(listed("topic=verpakking&sort=newest", source)).as("lists show the idea it was merged into, not it").isFalse();
        assertThat(listed("topic=verpakking&sort=newest&status=duplicate", source)).as("unless asked for duplicates").isTrue();

        long mergeEntry = entry.getJsonNumber("id").longValue();
        Api.Answer undone = moderator.postJson("api/v1/moderation/log/" + mergeEntry + "/undo", "");
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(snapshot(source, target)).as("votes, counters, status, link and follows as before the merge").isEqualTo(before);
        JsonObject again = anonymous.get("api/v1/ideas/" + source).json().asJsonObject();
        assertThat(again.getString("status")).isEqualTo("NEW");
        assertThat(again.isNull("mergedInto")).isTrue();
        assertThat(listed("topic=verpakking&sort=newest", source)).as("back in the lists").isTrue();
        long undoEntry = undone.json().asJsonObject().getJsonNumber("id").longValue();
        assertThat(moderator.postJson("api/v1/moderation/log/" + undoEntry + "/undo", "").problem(409)).isNotNull();
        assertThat(moderator.postJson("api/v1/moderation/log/" + mergeEntry + "/undo", "").problem(409)).isNotNull();
    }

    @Test
    void votesRacingAMergeAreCountedExactlyOnce() throws Exception {
        long source = postIdea(community.newMember("Race Bron"), "Race dubbel " + unique());
        long target = postIdea(community.newMember("Race Doel"), "Race origineel " + unique());
        List<Api> members = InParallel.run(IntStream.range(0, 24)
                .mapToObj(i -> (Callable<Api>) () -> community.newMember("Racer " + i)).toList(), 4);
        members.subList(0, 6).forEach(m -> assertThat(m.put("api/v1/ideas/" + target + "/vote").status()).isEqualTo(200));
        List<Api> racers = members.subList(6, members.size());
        int mergeAt = racers.size() / 3;
        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < racers.size(); i++) {
            if (i == mergeAt) {
                work.add(() -> moderator.postJson("api/v1/moderation/ideas/" + source + "/merge", "{\"into\": " + target + "}").status());
            }
            Api racer = racers.get(i);
            long idea = i % 2 == 0 ? source : target;
            work.add(() -> racer.put("api/v1/ideas/" + idea + "/vote").status());
        }
        List<Integer> statuses = InParallel.run(work, 12);
        assertThat(statuses.remove(mergeAt)).as("the merge").isEqualTo(200);
        assertThat(statuses).as("each vote is counted, or refused because its idea was merged").isSubsetOf(200, 409);
        long acknowledgedOnSource = IntStream.range(0, racers.size()).filter(i -> i % 2 == 0 && statuses.get(i) == 200).count();
        assertThat(IntStream.range(0, racers.size()).filter(i -> i % 2 == 1).mapToObj(statuses::get)).containsOnly(200);
        assertThat(rows("select count(*) from vote where idea_id = " + source)).as("nothing stays on the merged idea").isZero();
        assertThat(countersMatchRows(source, target)).isTrue();
        int onTarget = 1 + 6 + racers.size() / 2;
        assertThat(rows("select vote_count from idea where id = " + target))
                .as("the target's votes, every acknowledged source vote and the source author's").isEqualTo(onTarget + acknowledgedOnSource + 1);
        long mergeEntry = moderator.get("api/v1/moderation/log?action=MERGE&targetId=" + source).json().asJsonObject()
                .getJsonArray("entries").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(moderator.postJson("api/v1/moderation/log/" + mergeEntry + "/undo", "").status()).isEqualTo(200);
        assertThat(countersMatchRows(source, target)).isTrue();
        assertThat(rows("select vote_count from idea where id = " + source)).isEqualTo(1 + acknowledgedOnSource);
        assertThat(rows("select vote_count from idea where id = " + target)).isEqualTo(onTarget);
    }

    @Test
    void badMergesAreRefusedNamingTheFieldAndChangeNothing() {
        Api author = community.newMember("Fout Auteur");
        long a = postIdea(author, "Fout een " + unique());
        long b = postIdea(community.newMember("Fout Twee"), "Fout twee " + unique());
        long c = postIdea(community.newMember("Fout Drie"), "Fout drie " + unique());
        String merge = "api/v1/moderation/ideas/" + a + "/merge";
        assertThat(anonymous.postJson(merge, "{\"into\": " + b + "}").problem(401)).isNotNull();
        assertThat(author.postJson(merge, "{\"into\": " + b + "}").problem(403)).isNotNull();
        assertThat(moderator.postJson(merge, "{}").problem(400).toString()).contains("\"into\"");
        assertThat(moderator.postJson(merge, "{\"into\": " + a + "}").problem(400).toString()).contains("\"into\"");
        assertThat(moderator.postJson(merge, "{\"into\": 999999999}").problem(400).toString()).contains("\"into\"");
        assertThat(moderator.postJson(merge, "{\"into\": " + b + ", \"reason\": \"" + "x".repeat(501) + "\"}").problem(400)
                .toString()).contains("\"reason\"");
        assertThat(moderator.postJson("api/v1/moderation/ideas/999999999/merge", "{\"into\": " + b + "}").problem(404)).isNotNull();
        long hidden = postIdea(community.newMember("Verborgen"), "Verborgen doel " + unique());
        hide(hidden);
        assertThat(moderator.postJson(merge, "{\"into\": " + hidden + "}").problem(400).toString()).contains("\"into\"");
        assertThat(anonymous.get("api/v1/ideas/" + a).json().asJsonObject().getString("status")).as("nothing changed").isEqualTo("NEW");

        assertThat(moderator.postJson(merge, "{\"into\": " + b + "}").status()).isEqualTo(200);
        assertThat(moderator.postJson(merge, "{\"into\": " + c + "}").problem(409).toString()).as("already merged").contains("\"id\"");
        assertThat(moderator.postJson("api/v1/moderation/ideas/" + c + "/merge", "{\"into\": " + a + "}").problem(409).toString())
                .as("into a merged idea").contains("\"into\"");
        assertThat(moderator.postJson("api/v1/moderation/ideas/" + b + "/merge", "{\"into\": " + c + "}").problem(409).toString())
                .as("a chain").contains("\"id\"");
        assertThat(anonymous.get("api/v1/ideas/" + b).json().asJsonObject().getString("status")).isEqualTo("NEW");
    }

    @Test
    void aModeratorMovesAnIdeaWithItsThreadAndAThreadToAnotherTopicAndBackFromTheLog() {
        Api author = community.newMember("Verhuis Auteur");
        String word = "verhuisidee" + unique();
        long idea = postIdea(author, "Idee over " + word);
        long thread = author.get("api/v1/ideas/" + idea + "/thread").json().asJsonObject().getJsonNumber("threadId").longValue();
        assertThat(author.postJson("api/v1/threads/" + thread + "/posts", "{\"body\": \"Reactie over " + word + "\"}").status())
                .isEqualTo(201);
        awaitSearch(word, "verpakking", 2);

        Api.Answer moved = moderator.postJson("api/v1/moderation/ideas/" + idea + "/move",
                "{\"topic\": \"klantenservice\", \"reason\": \"Hoort bij de service\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().asJsonObject().getString("stateBefore")).isEqualTo("verpakking");
        assertThat(anonymous.get("api/v1/ideas/" + idea).json().asJsonObject().getString("topic")).isEqualTo("klantenservice");
        assertThat(anonymous.get("api/v1/threads/" + thread).json().asJsonObject().getString("topic")).isEqualTo("klantenservice");
        assertThat(anonymous.get("api/v1/ideas?topic=klantenservice&sort=newest&limit=100").body()).contains(word);
        assertThat(anonymous.get("api/v1/ideas?topic=verpakking&sort=newest&limit=100").body()).doesNotContain(word);
        awaitSearch(word, "klantenservice", 2);

        long entry = moved.json().asJsonObject().getJsonNumber("id").longValue();
        assertThat(moderator.postJson("api/v1/moderation/log/" + entry + "/undo", "").status()).isEqualTo(200);
        assertThat(anonymous.get("api/v1/ideas/" + idea).json().asJsonObject().getString("topic")).isEqualTo("verpakking");
        assertThat(anonymous.get("api/v1/threads/" + thread).json().asJsonObject().getString("topic")).isEqualTo("verpakking");
        awaitSearch(word, "verpakking", 2);

        String move = "api/v1/moderation/ideas/" + idea + "/move";
        assertThat(moderator.postJson(move, "{}").problem(400).toString()).contains("\"topic\"");
        assertThat(moderator.postJson(move, "{\"topic\": \"nergens\"}").problem(400).toString()).contains("\"topic\"");
        assertThat(moderator.postJson(move, "{\"topic\": \"verpakking\"}").problem(400).toString()).as("already there").contains("\"topic\"");
        assertThat(moderator.postJson(move, "{\"topic\": \"verpakking\", \"challenge\": \"bestaat-niet\"}").problem(400).toString())
                .contains("\"challenge\"");
        for (JsonObject challenge : anonymous.get("api/v1/challenges").json().asJsonArray().getValuesAs(JsonObject.class)) {
            String other = challenge.getString("topic").equals("verpakking") ? "klantenservice" : "verpakking";
            assertThat(moderator.postJson(move, "{\"topic\": \"" + other + "\", \"challenge\": \"" + challenge.getString("slug") + "\"}")
                    .problem(400).toString()).as("a challenge of another topic").contains("\"challenge\"");
            if (!challenge.getBoolean("open")) {
                assertThat(moderator.postJson(move, "{\"topic\": \"" + challenge.getString("topic") + "\", \"challenge\": \""
                        + challenge.getString("slug") + "\"}").problem(400).toString()).as("a closed challenge").contains("\"challenge\"");
            }
        }
        String archived = "gearchiveerd-" + unique();
        Api admin = anonymous.withBearer(community.token("admin@kring.demo", DEMO_PASSWORD));
        long archivedId = admin.postJson("api/v1/admin/topics", Json.createObjectBuilder().add("slug", archived)
                .add("nameNl", "Gearchiveerd").add("nameEn", "Archived").add("descriptionNl", "Oud").add("descriptionEn", "Old")
                .build().toString()).json().asJsonObject().getJsonNumber("id").longValue();
        assertThat(admin.postJson("api/v1/admin/topics/" + archivedId + "/archive", "").status()).isEqualTo(200);
        assertThat(moderator.postJson(move, "{\"topic\": \"" + archived + "\"}").problem(400).toString()).as("an archived topic")
                .contains("\"topic\"", "archived");
        assertThat(moderator.postJson("api/v1/moderation/ideas/999999999/move", "{\"topic\": \"verpakking\"}").problem(404)).isNotNull();
        assertThat(moderator.postJson("api/v1/moderation/threads/" + thread + "/move", "{\"topic\": \"klantenservice\"}").problem(400)
                .toString()).as("an idea's thread moves with its idea").contains("\"id\"");
        assertThat(author.postJson(move, "{\"topic\": \"klantenservice\"}").problem(403)).isNotNull();
        assertThat(anonymous.get("api/v1/ideas/" + idea).json().asJsonObject().getString("topic")).as("nothing changed").isEqualTo("verpakking");

        String threadWord = "verhuisgesprek" + unique();
        long standalone = author.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", "verpakking")
                .add("title", "Gesprek over " + threadWord).add("body", "Eerste bericht over " + threadWord).add("language", "nl")
                .build().toString()).json().asJsonObject().getJsonNumber("id").longValue();
        Api.Answer threadMoved = moderator.postJson("api/v1/moderation/threads/" + standalone + "/move", "{\"topic\": \"klantenservice\"}");
        assertThat(threadMoved.status()).as(threadMoved.body()).isEqualTo(200);
        assertThat(anonymous.get("api/v1/threads?topic=klantenservice&limit=100").body()).contains(threadWord);
        assertThat(anonymous.get("api/v1/threads?topic=verpakking&limit=100").body()).doesNotContain(threadWord);
        awaitSearch(threadWord, "klantenservice", 2);
        assertThat(moderator.postJson("api/v1/moderation/threads/" + standalone + "/move", "{\"topic\": \"" + archived + "\"}")
                .problem(400).toString()).as("an archived topic").contains("\"topic\"");
        assertThat(moderator.postJson("api/v1/moderation/threads/" + standalone + "/move", "{\"topic\": \"verpakking\", "
                + "\"challenge\": \"iets\"}").problem(400).toString()).contains("\"challenge\"");
        long threadEntry = threadMoved.json().asJsonObject().getJsonNumber("id").longValue();
        assertThat(moderator.postJson("api/v1/moderation/log/" + threadEntry + "/undo", "").status()).isEqualTo(200);
        assertThat(anonymous.get("api/v1/threads/" + standalone).json().asJsonObject().getString("topic")).isEqualTo("verpakking");
    }

    @Test
    void aMergeDecidesTheDuplicateFlagsQueueItemItsFlaggerHearsItAndUnmergeReopensIt() {
        long source = postIdea(community.newMember("Gemeld Dubbel"), "Dubbel gemeld " + unique());
        long target = postIdea(community.newMember("Gemeld Origineel"), "Origineel gemeld " + unique());
        Api flagger = community.newMember("Dubbel Melder");
        Api.Answer flagged = flagger.postJson("api/v1/flags", Json.createObjectBuilder().add("targetType", "IDEA")
                .add("targetId", source).add("reason", "DUPLICATE").add("duplicateOf", target).build().toString());
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
        long item = flagged.json().asJsonObject().getJsonNumber("itemId").longValue();

        Api.Answer merged = moderator.postJson("api/v1/moderation/ideas/" + source + "/merge",
                "{\"into\": " + target + ", \"reason\": \"Zelfde voorstel\"}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        JsonObject entry = merged.json().asJsonObject();
        assertThat(entry.getJsonNumber("itemId").longValue()).as("the merge's log line is the item's decision").isEqualTo(item);
        assertThat(itemState(item)).isEqualTo("DECIDED MERGE");
        assertThat(myFlagOutcome(flagger, source)).isEqualTo("UPHELD");
        flagger.await("api/v1/notifications?limit=100", page -> page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getString("kind").equals("FLAG_UPHELD")), Duration.ofSeconds(30));

        Api.Answer undone = moderator.postJson("api/v1/moderation/log/" + entry.getJsonNumber("id") + "/undo", "");
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(itemState(item)).as("waits again").isEqualTo("OPEN null");
        assertThat(myFlagOutcome(flagger, source)).isEqualTo("PENDING");
    }

    private void awaitSearch(String word, String topic, int total) {
        anonymous.await("api/v1/search?q=" + word + "&topic=" + topic, page -> page.getInt("total") == total, Duration.ofSeconds(20));
    }

    private void hide(long idea) {
        Api.Answer flagged = community.newMember("Melder").postJson("api/v1/flags", Json.createObjectBuilder()
                .add("targetType", "IDEA").add("targetId", idea).add("reason", "SPAM").build().toString());
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
        long item = flagged.json().asJsonObject().getJsonNumber("itemId").longValue();
        Api.Answer hidden = moderator.postJson("api/v1/moderation/actions", Json.createObjectBuilder().add("action", "HIDE")
                .add("itemIds", Json.createArrayBuilder().add(item)).add("reason", "Spam").build().toString());
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
    }

    /** Everything a merge touches and an unmerge must give back, as text: vote rows, counters, status, link, follows. */
    private static String snapshot(long source, long target) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection db = TestDatabase.connect(); Statement st = db.createStatement()) {
            for (String sql : List.of(
                    "select idea_id, member_id, created_at from vote where idea_id in (" + source + ", " + target + ") order by 1, 2",
                    "select id, vote_count, hot_score, status, merged_into_id from idea where id in (" + source + ", " + target + ") order by 1",
                    "select member_id, target_id, created_at from follow where target_type = 'IDEA' and target_id in (" + source + ", "
                            + target + ") order by 1, 2")) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            out.append(rs.getString(c)).append(c == columns ? "\n" : " | ");
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean countersMatchRows(long... ideas) throws Exception {
        for (long idea : ideas) {
            if (rows("select vote_count from idea where id = " + idea) != rows("select count(*) from vote where idea_id = " + idea)) {
                return false;
            }
        }
        return true;
    }

    private static long rows(String sql) throws Exception {
        try (Connection db = TestDatabase.connect(); ResultSet rs = db.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Whether the idea is on the first page (100) of this list of ideas. */
    private boolean listed(String query, long idea) {
        return anonymous.get("api/v1/ideas?limit=100&" + query).json().asJsonObject().getJsonArray("items").stream()
                .anyMatch(i -> i.asJsonObject().getJsonNumber("id").longValue() == idea);
    }

    private static String itemState(long item) {
        try (Connection db = TestDatabase.connect(); ResultSet rs = db.createStatement()
                .executeQuery("select state, decision from moderation_item where id = " + item)) {
            return rs.next() ? rs.getString(1) + " " + rs.getString(2) : "missing";
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static String myFlagOutcome(Api flagger, long idea) {
        return flagger.get("api/v1/flags/mine").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getJsonNumber("targetId").longValue() == idea).findFirst().orElseThrow().getString("outcome");
    }

    private static int voteCount(Api api, long idea) {
        return api.get("api/v1/ideas/" + idea).json().asJsonObject().getInt("voteCount");
    }

    private static long postIdea(Api author, String title) {
        Api.Answer answer = author.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title)
                .add("body", "Een idee om samen te voegen.").add("topic", "verpakking").add("language", "nl")
                .add("tags", Json.createArrayBuilder()).build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }
}
