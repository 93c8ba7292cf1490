package org.kring.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * Moderation through the API on the real PostgreSQL and Elasticsearch: hidden content is gone from every read path
 * for members and there, marked, for moderators; flags, exact scores and one auto-hide under concurrency; the queue,
 * claims, single and bulk decisions, the log and undo; every moderation endpoint's authorization.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {

    private static final String DEMO_PASSWORD = "kring-demo";
    private static final Duration INDEX_PATIENCE = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api anonymous;
    private Community community;
    private Api moderator;
    private Api admin;
    private Api analyst;

    @BeforeEach
    void logins() {
        anonymous = new Api(base);
        community = new Community(anonymous);
        moderator = anonymous.withBearer(community.token("moderator@kring.demo", DEMO_PASSWORD));
        admin = anonymous.withBearer(community.token("admin@kring.demo", DEMO_PASSWORD));
        analyst = anonymous.withBearer(community.token("analyst@kring.demo", DEMO_PASSWORD));
    }

    // ---- item 7: hidden means hidden, everywhere ----

    @Test
    void aHiddenIdeaIsGoneForMembersOnEveryPathWithItsThreadAndPostsAndMarkedForModerators() {
        Api author = community.newMember("Idee Auteur");
        Api reader = community.newMember("Lezer");
        String word = unique("verborgenidee");
        long idea = postIdea(author, word + " in de winkel", "Een idee over " + word + " bij de kassa.");
        long thread = author.get("api/v1/ideas/" + idea + "/thread").number("threadId");
        long post = reader.postJson("api/v1/threads/" + thread + "/posts", body("Reactie over " + word + " onder het idee.")).number("id");
        awaitSearch(reader, word, 2);

        hide(flagAsMember("IDEA", idea), "Misleading");

        for (Api member : List.of(reader, author, anonymous)) {
            assertThat(member.get("api/v1/ideas/" + idea).status()).isEqualTo(404);
            assertThat(member.get("api/v1/ideas/" + idea + "/revisions").status()).isEqualTo(404);
            assertThat(member.get("api/v1/ideas/" + idea + "/thread").status()).isEqualTo(404);
            assertThat(member.get("api/v1/threads/" + thread).status()).isEqualTo(404);
            assertThat(member.get("api/v1/threads/" + thread + "/posts").status()).isEqualTo(404);
        }
        assertThat(reader.put("api/v1/ideas/" + idea + "/vote").problem(404)).isNotNull();
        assertThat(reader.postJson("api/v1/threads/" + thread + "/posts", body("Nog een reactie")).status()).isEqualTo(404);
        assertThat(author.put("api/v1/posts/" + post + "/like").status()).as("a post under a hidden idea").isEqualTo(404);
        assertThat(reader.get("api/v1/posts/" + post + "/revisions").status()).isEqualTo(404);
        assertThat(reader.get("api/v1/ideas?sort=newest&limit=100").body()).doesNotContain(word);
        awaitSearch(reader, word, 0);
        assertThat(reader.get("api/v1/search/suggest?prefix=" + word).body()).doesNotContain(word);
        assertThat(reader.get("api/v1/ideas/similar?title=" + enc(word + " in de winkel")).body()).doesNotContain(word);

        JsonObject seen = moderator.get("api/v1/ideas/" + idea).json().asJsonObject();
        assertThat(seen.getString("moderationState")).isEqualTo("HIDDEN");
        assertThat(moderator.get("api/v1/ideas/" + idea + "/thread").status()).isEqualTo(200);
        assertThat(moderator.get("api/v1/threads/" + thread + "/posts").body()).contains(word);
        assertThat(moderator.get("api/v1/search?q=" + word + "&includeHidden=true").json().asJsonObject().getInt("total"))
                .as("the idea and the post under it, for staff").isEqualTo(2);
    }

    @Test
    void aHiddenThreadAndAHiddenPostAreGoneForMembersAndShownToModerators() {
        Api author = community.newMember("Gesprek Auteur");
        Api reader = community.newMember("Gesprek Lezer");
        String threadWord = unique("verborgengesprek");
        JsonObject started = author.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", "verpakking")
                .add("title", "Over " + threadWord).add("body", "Eerste bericht over " + threadWord).add("language", "nl")
                .build().toString()).json().asJsonObject();
        long thread = started.getJsonNumber("id").longValue();
        String postWord = unique("verborgenbericht");
        long post = author.postJson("api/v1/threads/" + thread + "/posts", body("Tweede bericht " + postWord)).number("id");
        awaitSearch(reader, postWord, 1);

        hide(flagAsMember("POST", post), "Personal data");
        assertThat(reader.get("api/v1/threads/" + thread + "/posts").body()).doesNotContain(postWord);
        assertThat(reader.get("api/v1/posts/" + post + "/revisions").status()).isEqualTo(404);
        assertThat(reader.put("api/v1/posts/" + post + "/like").status()).isEqualTo(404);
        assertThat(reader.postJson("api/v1/threads/" + thread + "/posts",
                Json.createObjectBuilder().add("body", "Antwoord").add("parentId", post).build().toString()).problem(400)
                .toString()).contains("parentId");
        awaitSearch(reader, postWord, 0);
        JsonObject staffPage = moderator.get("api/v1/threads/" + thread + "/posts").json().asJsonObject();
        assertThat(staffPage.getJsonArray("posts").getValuesAs(JsonObject.class)).anySatisfy(p -> {
            assertThat(p.getJsonNumber("id").longValue()).isEqualTo(post);
            assertThat(p.getString("moderationState")).isEqualTo("HIDDEN");
            assertThat(p.getString("bodyHtml")).contains(postWord);
        });

        awaitSearch(reader, threadWord, 2);
        hide(flagAsMember("THREAD", thread), "Off topic");
        assertThat(reader.get("api/v1/threads/" + thread).status()).isEqualTo(404);
        assertThat(reader.get("api/v1/threads/" + thread + "/posts").status()).isEqualTo(404);
        assertThat(reader.get("api/v1/threads?topic=verpakking&limit=100").body()).doesNotContain(threadWord);
        assertThat(reader.postJson("api/v1/threads/" + thread + "/posts", body("Nog iets")).status()).isEqualTo(404);
        awaitSearch(reader, threadWord, 0);
        assertThat(moderator.get("api/v1/threads/" + thread).json().asJsonObject().getString("moderationState")).isEqualTo("HIDDEN");
    }

    // ---- items 1 + 3: flags, weighted score, auto-hide ----

    @Test
    void fiftyMembersFlagOnePostAtOnceOneAutoHideOneItemFiftyFlagsExactScore() throws Exception {
        Api author = community.newMember("Veel Gevlagd");
        long thread = author.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", "verpakking")
                .add("title", "Een gesprek om te vlaggen").add("body", "Begin").add("language", "nl").build().toString()).number("id");
        long post = author.postJson("api/v1/threads/" + thread + "/posts", body("Koop goedkope horloges op mijn site")).number("id");
        List<Api> flaggers = IntStream.range(0, 50).mapToObj(i -> community.newMember("Vlagger " + i)).toList();
        List<Callable<Api.Answer>> work = flaggers.stream().<Callable<Api.Answer>>map(m -> () -> m.postJson("api/v1/flags",
                flag("POST", post, "SPAM"))).toList();

        List<Api.Answer> answers = InParallel.run(work, 50);

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
        Set<Long> items = answers.stream().map(a -> a.json().asJsonObject().getJsonNumber("itemId").longValue()).collect(Collectors.toSet());
        assertThat(items).as("one queue item").hasSize(1);
        assertThat(answers.stream().filter(a -> a.json().asJsonObject().getBoolean("hidden")).count()).as("one flag hid it").isEqualTo(1);
        long item = items.iterator().next();
        JsonArray autoHides = moderator.get("api/v1/moderation/log?targetType=POST&targetId=" + post + "&action=AUTO_HIDE")
                .json().asJsonObject().getJsonArray("entries");
        assertThat(autoHides).hasSize(1);
        JsonObject queued = queueItem(item, "SPAM");
        assertThat(queued.getInt("flagCount")).isEqualTo(50);
        assertThat(queued.getJsonNumber("score").bigDecimalValue()).isEqualByComparingTo("50");
        assertThat(queued.getBoolean("autoHidden")).isTrue();
        assertThat(queued.getJsonArray("flags")).hasSize(50);
        assertThat(queued.getString("scoreExplanation")).startsWith("50 flags: 1 + 1 + ").endsWith("= 50 ≥ 3 → hidden automatically");
        assertThat(queued.getJsonObject("author").getInt("posts")).isEqualTo(2);
        assertThat(queued.getJsonObject("content").getString("excerpt")).contains("horloges");
        assertThat(author.get("api/v1/threads/" + thread + "/posts").body()).doesNotContain("horloges");

        // A second flag by the same member updates the reason: no new weight. An item that flags hid and that waits for
        // a moderator still takes flags (those who saw it a moment earlier count); other hidden content is missing.
        Api.Answer again = flaggers.get(0).postJson("api/v1/flags", flag("POST", post, "OFFENSIVE"));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().asJsonObject().getJsonNumber("score").bigDecimalValue()).isEqualByComparingTo("50");
        JsonArray mine = flaggers.get(0).get("api/v1/flags/mine").json().asJsonArray();
        assertThat(mine.getJsonObject(0).getString("outcome")).isEqualTo("PENDING");
        assertThat(mine.getJsonObject(0).getJsonNumber("targetId").longValue()).isEqualTo(post);
    }

    @Test
    void aModeratorsFlagWeighsTwoAndASecondFlagOnlyUpdatesTheReason() {
        Api author = community.newMember("Twee Vlaggen");
        Api member = community.newMember("Melder");
        long idea = postIdea(author, unique("vlagidee") + " voor iedereen", "Een gewoon idee.");
        JsonObject first = member.postJson("api/v1/flags", flag("IDEA", idea, "OFF_TOPIC")).json().asJsonObject();
        Api.Answer second = member.postJson("api/v1/flags", Json.createObjectBuilder().add("targetType", "IDEA").add("targetId", idea)
                .add("reason", "OTHER").add("text", "Eigenlijk reclame").build().toString());
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().asJsonObject().getJsonNumber("score").bigDecimalValue()).isEqualByComparingTo("1");
        JsonObject byModerator = moderator.postJson("api/v1/flags", flag("IDEA", idea, "SPAM")).json().asJsonObject();
        assertThat(byModerator.getJsonNumber("itemId").longValue()).isEqualTo(first.getJsonNumber("itemId").longValue());
        assertThat(byModerator.getJsonNumber("score").bigDecimalValue()).isEqualByComparingTo("3");
        assertThat(byModerator.getBoolean("hidden")).isTrue();
        JsonObject queued = queueItem(byModerator.getJsonNumber("itemId").longValue(), null);
        assertThat(queued.getString("scoreExplanation")).isEqualTo("2 flags: 1 + 2 (moderator) = 3 ≥ 3 → hidden automatically");
        assertThat(queued.getJsonArray("flags").getValuesAs(JsonObject.class)).anySatisfy(f -> {
            assertThat(f.getString("reason")).isEqualTo("OTHER");
            assertThat(f.getString("text")).isEqualTo("Eigenlijk reclame");
        });
    }

    @Test
    void badFlagsAreRefusedNamingTheFieldAndChangeNothing() {
        Api author = community.newMember("Eigen Werk");
        long idea = postIdea(author, unique("eigenidee") + " voor de test", "Mijn eigen idee.");
        Api member = community.newMember("Foute Melder");
        assertThat(member.postJson("api/v1/flags", flag("IDEA", idea, "BORING")).problem(400).toString()).contains("\"reason\"");
        assertThat(member.postJson("api/v1/flags", flag("COMMENT", idea, "SPAM")).problem(400).toString()).contains("\"targetType\"");
        assertThat(member.postJson("api/v1/flags", Json.createObjectBuilder().add("targetType", "IDEA").add("targetId", idea)
                .add("reason", "OTHER").add("text", "x".repeat(501)).build().toString()).problem(400).toString()).contains("\"text\"");
        assertThat(member.postJson("api/v1/flags", flag("IDEA", idea, "DUPLICATE")).problem(400).toString()).contains("duplicateOf");
        assertThat(member.postJson("api/v1/flags", flag("IDEA", 999_999_999L, "SPAM")).problem(404)).isNotNull();
        assertThat(author.postJson("api/v1/flags", flag("IDEA", idea, "SPAM")).problem(403)).isNotNull();
        assertThat(anonymous.postJson("api/v1/flags", flag("IDEA", idea, "SPAM")).problem(401)).isNotNull();
        assertThat(member.get("api/v1/flags/mine").json().asJsonArray()).isEmpty();
    }

    // ---- items 5 + 6: decisions, bulk, claims, log and undo ----

    @Test
    void twoModeratorsDecideTheSameItemAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        long item = flagAsMember("IDEA", postIdea(community.newMember("Dubbel"), unique("dubbelidee") + " graag", "Tekst."));
        List<Api.Answer> answers = InParallel.run(List.<Callable<Api.Answer>>of(
                () -> moderator.postJson("api/v1/moderation/actions", action("APPROVE", null, item)),
                () -> admin.postJson("api/v1/moderation/actions", action("HIDE", "Spam", item))), 2);
        assertThat(answers).extracting(Api.Answer::status).containsExactlyInAnyOrder(200, 409);
        Api.Answer lost = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(lost.problem(409).toString()).contains("itemIds").contains("already decided");
        assertThat(moderator.get("api/v1/moderation/log?action=APPROVE&targetType=IDEA").body()
                + moderator.get("api/v1/moderation/log?action=HIDE&targetType=IDEA").body()).contains("\"itemId\":" + item);
    }

    @Test
    void aClaimKeepsOtherModeratorsOffTheItemUntilReleased() {
        long item = flagAsMember("IDEA", postIdea(community.newMember("Geclaimd"), unique("claimidee") + " nu", "Tekst."));
        JsonObject claim = moderator.post("api/v1/moderation/queue/" + item + "/claim", "application/json", "").json().asJsonObject();
        assertThat(claim.getJsonNumber("itemId").longValue()).isEqualTo(item);
        assertThat(admin.post("api/v1/moderation/queue/" + item + "/claim", "application/json", "").problem(409)).isNotNull();
        assertThat(admin.postJson("api/v1/moderation/actions", action("APPROVE", null, item)).problem(409).toString())
                .contains("claimed");
        assertThat(queueItem(item, null).getString("claimedBy")).isEqualTo("Moderator Mo");
        assertThat(moderator.delete("api/v1/moderation/queue/" + item + "/claim").status()).isEqualTo(204);
        assertThat(admin.postJson("api/v1/moderation/actions", action("APPROVE", null, item)).status()).isEqualTo(200);
    }

    @Test
    void aBulkHideOfASpamWaveThenUndoFromTheLogRestoresEveryPost() {
        Api spammer = community.newMember("Spamgolf");
        long thread = spammer.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", "verpakking")
                .add("title", "Aanbiedingen van de week").add("body", "Kijk hier").add("language", "nl").build().toString()).number("id");
        List<Long> posts = new ArrayList<>();
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long post = spammer.postJson("api/v1/threads/" + thread + "/posts", body("Goedkope pillen " + i)).number("id");
            posts.add(post);
            items.add(flagAsMember("POST", post));
        }
        Api reader = community.newMember("Golflezer");
        Api.Answer hidden = moderator.postJson("api/v1/moderation/actions", action("HIDE", "Advertising", items.toArray(Long[]::new)));
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
        List<JsonObject> log = hidden.json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(log).hasSize(3).allSatisfy(e -> {
            assertThat(e.getString("stateBefore")).isEqualTo("PUBLISHED");
            assertThat(e.getString("stateAfter")).isEqualTo("HIDDEN");
            assertThat(e.getString("reason")).isEqualTo("Advertising");
        });
        assertThat(reader.get("api/v1/threads/" + thread + "/posts").body()).doesNotContain("pillen");
        assertThat(postCount(reader, thread)).as("the hidden posts no longer count").isEqualTo(1);
        assertThat(moderator.postJson("api/v1/moderation/actions", action("HIDE", "Again", items.get(0))).problem(409).toString())
                .contains("itemIds");

        for (JsonObject entry : log) {
            JsonObject undo = moderator.post("api/v1/moderation/log/" + entry.getJsonNumber("id") + "/undo", "application/json", "")
                    .json().asJsonObject();
            assertThat(undo.getString("action")).isEqualTo("UNDO");
            assertThat(undo.getJsonNumber("undoes").longValue()).isEqualTo(entry.getJsonNumber("id").longValue());
        }
        assertThat(reader.get("api/v1/threads/" + thread + "/posts").body()).contains("pillen 0", "pillen 1", "pillen 2");
        assertThat(postCount(reader, thread)).as("and count again").isEqualTo(4);
        assertThat(moderator.post("api/v1/moderation/log/" + log.get(0).getJsonNumber("id") + "/undo", "application/json", "")
                .problem(409)).isNotNull();
        assertThat(queueItem(items.get(0), null).getString("state")).as("waits again").isEqualTo("OPEN");
        JsonObject undone = moderator.get("api/v1/moderation/log?targetType=POST&targetId=" + posts.get(0) + "&action=HIDE")
                .json().asJsonObject().getJsonArray("entries").getJsonObject(0);
        assertThat(undone.isNull("undoneBy")).isFalse();
    }

    @Test
    void aBulkHideOfManyItemsOfEveryKindLogsTellsAndUnindexesEachOne() {
        // two spammers: one member may write 10 posts a minute
        Api threadSpammer = community.newMember("Golfgolf");
        Api ideaSpammer = community.newMember("Golfbreker");
        String word = unique("golfspam");
        String threadWord = unique("golfdraad");
        String ideaWord = unique("golfidee");
        long standalone = threadSpammer.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", "verpakking")
                .add("title", "Golfaanbiedingen").add("body", "Kijk hier").add("language", "nl").build().toString()).number("id");
        long idea = postIdea(ideaSpammer, "Golfidee zonder spam", "Een echt voorstel.");
        long ideaThread = ideaSpammer.get("api/v1/ideas/" + idea + "/thread").number("threadId");
        List<Long> items = new ArrayList<>();
        List<Api> flaggers = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<Long> targets = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Api spammer = i % 2 == 0 ? threadSpammer : ideaSpammer;
            long thread = i % 2 == 0 ? standalone : ideaThread;
            long post = spammer.postJson("api/v1/threads/" + thread + "/posts", body("Goedkope " + word + " nummer " + i)).number("id");
            flagged(flaggers, items, types, targets, "POST", post);
        }
        long spamThread = threadSpammer.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", "verpakking")
                .add("title", "Koop " + threadWord).add("body", "Nu").add("language", "nl").build().toString()).number("id");
        flagged(flaggers, items, types, targets, "THREAD", spamThread);
        flagged(flaggers, items, types, targets, "IDEA", postIdea(ideaSpammer, "Koop " + ideaWord, "Goedkoop, snel."));
        Api reader = community.newMember("Golfkijker");
        awaitSearch(reader, word, 12);
        awaitSearch(reader, threadWord, 1);
        awaitSearch(reader, ideaWord, 1);
        int ideaPosts = reader.get("api/v1/ideas/" + idea).json().asJsonObject().getInt("postCount");

        Api.Answer hidden = moderator.postJson("api/v1/moderation/actions", action("HIDE", "Golf van spam", items.toArray(Long[]::new)));

        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
        List<JsonObject> log = hidden.json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(log).as("a log entry per item, in the order asked").hasSize(items.size());
        for (int n = 0; n < items.size(); n++) {
            JsonObject entry = log.get(n);
            assertThat(entry.getJsonNumber("itemId").longValue()).isEqualTo(items.get(n));
            assertThat(entry.getString("targetType")).isEqualTo(types.get(n));
            assertThat(entry.getJsonNumber("targetId").longValue()).isEqualTo(targets.get(n));
            assertThat(entry.getString("stateBefore") + " → " + entry.getString("stateAfter")).isEqualTo("PUBLISHED → HIDDEN");
            assertThat(entry.getString("reason")).isEqualTo("Golf van spam");
        }
        assertThat(log.stream().map(e -> e.getJsonNumber("id").longValue()).distinct()).hasSize(items.size());
        awaitSearch(reader, word, 0);
        awaitSearch(reader, threadWord, 0);
        awaitSearch(reader, ideaWord, 0);
        assertThat(postCount(reader, standalone)).as("the hidden posts no longer count").isEqualTo(1);
        assertThat(reader.get("api/v1/ideas/" + idea).json().asJsonObject().getInt("postCount")).isEqualTo(ideaPosts - 6);
        for (Api spammer : List.of(threadSpammer, ideaSpammer)) {
            spammer.await("api/v1/notifications?limit=100", page -> page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(n -> n.getString("kind").equals("HIDDEN")).count() == 7, INDEX_PATIENCE);
        }
        for (Api flagger : flaggers) {
            flagger.await("api/v1/notifications?limit=100", page -> page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(n -> n.getString("kind").equals("FLAG_UPHELD")).count() == 1, INDEX_PATIENCE);
        }
    }

    private void flagged(List<Api> flaggers, List<Long> items, List<String> types, List<Long> targets, String type, long target) {
        Api flagger = community.newMember("Golfmelder " + target);
        Api.Answer answer = flagger.postJson("api/v1/flags", flag(type, target, "SPAM"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        flaggers.add(flagger);
        items.add(answer.json().asJsonObject().getJsonNumber("itemId").longValue());
        types.add(type);
        targets.add(target);
    }

    @Test
    void badDecisionsAreRefusedNamingTheField() {
        Long[] tooMany = LongStreamOf(201);
        assertThat(moderator.postJson("api/v1/moderation/actions", action("HIDE", "Spam", tooMany)).problem(400).toString())
                .contains("itemIds").contains("200");
        assertThat(moderator.postJson("api/v1/moderation/actions", action("BURN", "Spam", 1L)).problem(400).toString()).contains("action");
        assertThat(moderator.postJson("api/v1/moderation/actions", action("HIDE", null, 1L)).problem(400).toString()).contains("reason");
        assertThat(moderator.postJson("api/v1/moderation/actions", action("APPROVE", null, 999_999_999L)).problem(404)).isNotNull();
        assertThat(moderator.get("api/v1/moderation/queue?sort=random").problem(400).toString()).contains("sort");
        assertThat(moderator.get("api/v1/moderation/queue?cursor=nonsense").problem(400).toString()).contains("cursor");
    }

    // ---- items 2 + 9: the queue and who may use it ----

    @Test
    void theQueueSortsByScoreOrAgeAndPagesWithAKeysetCursor() {
        long a = flagAsMember("IDEA", postIdea(community.newMember("Rij A"), unique("rijidee") + " een", "Tekst."));
        long b = flagAsMember("IDEA", postIdea(community.newMember("Rij B"), unique("rijidee") + " twee", "Tekst."));
        Set<Long> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = moderator.get("api/v1/moderation/queue?sort=age&limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json().asJsonObject();
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> assertThat(seen.add(i.getJsonNumber("id").longValue()))
                    .as("no item twice").isTrue());
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 500);
        assertThat(seen).contains(a, b);
        JsonObject byScore = moderator.get("api/v1/moderation/queue?type=IDEA&limit=100").json().asJsonObject();
        List<JsonObject> list = byScore.getJsonArray("items").getValuesAs(JsonObject.class);
        for (int i = 1; i < list.size(); i++) {
            assertThat(list.get(i - 1).getJsonNumber("score").bigDecimalValue())
                    .isGreaterThanOrEqualTo(list.get(i).getJsonNumber("score").bigDecimalValue());
        }
        assertThat(byScore.getJsonNumber("waiting").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(list).allSatisfy(i -> assertThat(i.getString("targetType")).isEqualTo("IDEA"));
    }

    @Test
    void aQueuePageOfAnySizeTakesTheSameFourStatements() {
        Api author = community.newMember("Telauteur");
        long idea = postIdea(author, unique("telidee"), "Een **idee** om te tellen.");
        long thread = author.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", "verpakking")
                .add("title", unique("teldraad")).add("body", "Eerste bericht").add("language", "nl").build().toString()).number("id");
        long post = author.postJson("api/v1/threads/" + thread + "/posts", body("Een bericht om te tellen")).number("id");
        long reply = author.postJson("api/v1/threads/" + thread + "/posts", Json.createObjectBuilder().add("body", "Een antwoord")
                .add("parentId", post).build().toString()).number("id");
        long authorId = author.get("api/v1/members/me").json().asJsonObject().getJsonNumber("id").longValue();
        JsonObject ideaItem = queueItem(flagAsMember("IDEA", idea), null).getJsonObject("content");
        JsonObject threadItem = queueItem(flagAsMember("THREAD", thread), null).getJsonObject("content");
        JsonObject replyItem = queueItem(flagAsMember("POST", reply), null).getJsonObject("content");
        JsonObject memberItem = queueItem(flagAsMember("MEMBER", authorId), null).getJsonObject("content");
        assertThat(ideaItem.getString("excerpt")).isEqualTo("Een idee om te tellen.");
        assertThat(ideaItem.getString("context")).startsWith("topic ");
        assertThat(threadItem.getString("context")).startsWith("topic ");
        assertThat(replyItem.getString("excerpt")).isEqualTo("Een antwoord");
        assertThat(replyItem.getString("previous")).isEqualTo("Een bericht om te tellen");
        assertThat(memberItem.getString("title")).isEqualTo("Telauteur");
        assertThat(memberItem.getString("context")).isEqualTo("member profile");
        long moderatorId = moderator.get("api/v1/members/me").json().asJsonObject().getJsonNumber("id").longValue();

        // the moderator's scope (their role, their topics), the page with content, authors, thresholds and count, its flags
        assertThat(anonymous.get("api/v1/test-probes/moderation-queue-statements?moderator=" + moderatorId + "&limit=1").body())
                .isEqualTo("items=1 statements=4");
        String full = anonymous.get("api/v1/test-probes/moderation-queue-statements?moderator=" + moderatorId + "&limit=100").body();
        assertThat(full).as("four kinds of item and more on the page").matches("items=([4-9]|[1-9][0-9]|100) statements=4");
    }

    @Test
    void anAdminSetsAStricterThresholdForOneTopic() {
        assertThat(admin.putJson("api/v1/moderation/thresholds/klantenservice", "{\"hideScore\": 0.1}").problem(400).toString())
                .contains("hideScore");
        assertThat(admin.putJson("api/v1/moderation/thresholds/nope", "{\"hideScore\": 2}").problem(400).toString()).contains("topic");
        Api.Answer set = admin.putJson("api/v1/moderation/thresholds/klantenservice", "{\"hideScore\": 1}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(moderator.get("api/v1/moderation/thresholds").json().asJsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(t -> {
                    assertThat(t.getString("topic")).isEqualTo("klantenservice");
                    assertThat(t.getJsonNumber("hideScore").bigDecimalValue()).isEqualByComparingTo("1");
                    assertThat(t.getBoolean("own")).isTrue();
                });
        Api author = community.newMember("Streng Onderwerp");
        Api.Answer idea = author.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", unique("strengidee") + " bezorgen")
                .add("body", "Tekst.").add("topic", "klantenservice").add("language", "nl").add("tags", Json.createArrayBuilder())
                .build().toString());
        assertThat(idea.status()).as(idea.body()).isEqualTo(201);
        JsonObject flagged = community.newMember("Eén Melder").postJson("api/v1/flags",
                flag("IDEA", idea.json().asJsonObject().getJsonNumber("id").longValue(), "SPAM")).json().asJsonObject();
        assertThat(flagged.getBoolean("hidden")).as("one flag reaches this topic's threshold").isTrue();
        assertThat(admin.putJson("api/v1/moderation/thresholds/klantenservice", "{\"hideScore\": 3}").status()).isEqualTo(200);
    }

    @Test
    void metricsShowTheQueue() throws Exception {
        flagAsMember("IDEA", postIdea(community.newMember("Metriek"), unique("metriekidee") + " hier", "Tekst."));
        String metrics = anonymous.root().get("metrics").body();
        assertThat(metrics).contains("kring_moderation_queue_size").contains("kring_moderation_oldest_item_seconds")
                .contains("kring_moderation_decisions_last_hour").contains("kring_moderation_auto_hides");

        // Per topic (one grouped query per scrape, so up to a second old): every topic, and "" for members reported.
        // A topic created since the last scrape (AdministrationIT) gets its gauge from the next scrape on.
        String waitingIn = "select count(*) from moderation_item i left join topic t on t.id = i.topic_id where i.state = 'OPEN' and ";
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while ((perTopic(metrics, "verpakking") != count(waitingIn + "t.slug = 'verpakking'")
                || topicGauges(metrics) != count("select count(*) from topic") + 1) && System.nanoTime() < deadline) {
            Thread.sleep(1_100);
            metrics = anonymous.root().get("metrics").body();
        }
        assertThat(perTopic(metrics, "verpakking")).as("the flagged idea's topic, as the queue holds it")
                .isPositive().isEqualTo(count(waitingIn + "t.slug = 'verpakking'"));
        assertThat(perTopic(metrics, "")).as("members reported: no topic").isEqualTo(count(waitingIn + "i.topic_id is null"));
        assertThat(topicGauges(metrics)).as("every topic and the items without one").isEqualTo(count("select count(*) from topic") + 1);
    }

    private static long topicGauges(String metrics) {
        return Pattern.compile("(?m)^kring_moderation_queue_size_by_topic\\{").matcher(metrics).results().count();
    }

    private static long count(String query) throws Exception {
        try (Connection db = TestDatabase.connect(); ResultSet rs = db.createStatement().executeQuery(query)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The value of kring_moderation_queue_size_by_topic for this topic slug in a /metrics answer; -1 when missing. */
    private static long perTopic(String metrics, String slug) {
        return Pattern.compile("(?m)^kring_moderation_queue_size_by_topic\\{([^}]*)} (\\S+)$").matcher(metrics).results()
                .filter(line -> line.group(1).matches("(.*,)?topic=\"" + Pattern.quote(slug) + "\"(,.*)?"))
                .mapToLong(line -> (long) Double.parseDouble(line.group(2))).findFirst().orElse(-1);
    }

    // ---- helpers ----

    private long flagAsMember(String type, long id) {
        Api.Answer answer = community.newMember("Melder " + id).postJson("api/v1/flags", flag(type, id, "SPAM"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("itemId").longValue();
    }

    private static int postCount(Api reader, long thread) {
        return reader.get("api/v1/threads/" + thread).json().asJsonObject().getInt("postCount");
    }

    private void hide(long item, String reason) {
        Api.Answer answer = moderator.postJson("api/v1/moderation/actions", action("HIDE", reason, item));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private JsonObject queueItem(long item, String reason) {
        String cursor = null;
        for (int pages = 0; pages < 500; pages++) {
            JsonObject page = moderator.get("api/v1/moderation/queue?limit=100" + (reason == null ? "" : "&reason=" + reason)
                    + (cursor == null ? "" : "&cursor=" + cursor)).json().asJsonObject();
            for (JsonObject i : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (i.getJsonNumber("id").longValue() == item) {
                    return i;
                }
            }
            if (page.isNull("nextCursor")) {
                break;
            }
            cursor = page.getString("nextCursor");
        }
        throw new AssertionError("queue item " + item + " not in the open queue");
    }

    private static long postIdea(Api author, String title, String bodyText) {
        Api.Answer answer = author.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title).add("body", bodyText)
                .add("topic", "verpakking").add("language", "nl").add("tags", Json.createArrayBuilder()).build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static void awaitSearch(Api reader, String word, int total) {
        reader.await("api/v1/search?q=" + word, page -> page.getInt("total") == total, INDEX_PATIENCE);
    }

    private static String body(String text) {
        return Json.createObjectBuilder().add("body", text).build().toString();
    }

    private static String flag(String type, long id, String reason) {
        return Json.createObjectBuilder().add("targetType", type).add("targetId", id).add("reason", reason).build().toString();
    }

    private static String action(String action, String reason, Long... items) {
        var ids = Json.createArrayBuilder();
        for (Long item : items) {
            ids.add(item);
        }
        var builder = Json.createObjectBuilder().add("action", action).add("itemIds", ids);
        if (reason != null) {
            builder.add("reason", reason);
        }
        return builder.build().toString();
    }

    private static Long[] LongStreamOf(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(Long::valueOf).toArray(Long[]::new);
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
