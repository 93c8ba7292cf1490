package org.kring.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Axe;
import org.kring.testing.Browser;
import org.kring.testing.Community;
import org.kring.testing.KringDeployment;
import org.kring.testing.WithBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pre-moderation (issue 12, item 4) on the real PostgreSQL, Elasticsearch and Chromium: what a member on watch writes
 * waits in the queue, invisible to everyone else on every path (search and counts included) and shown to its author
 * marked "waiting for a moderator"; approval publishes it, rejection hides it with a reason, the author is told either
 * way, and each step is logged and undoable. Watched words block, censor or hold on create and edit. Fresh members and
 * unique words only, removed again: the server may be shared with other IT classes.
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class PreModerationIT {

    private static final String DEMO_PASSWORD = "kring-demo";
    private static final String PASSWORD = "correct horse battery";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AtomicLong ADDRESSES = new AtomicLong(System.nanoTime() % 50_000);
    private static Browser browser;

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

    @BeforeEach
    void logins() {
        anonymous = new Api(base);
        community = new Community(anonymous);
        moderator = anonymous.withBearer(community.token("moderator@kring.demo", DEMO_PASSWORD));
        admin = anonymous.withBearer(community.token("admin@kring.demo", DEMO_PASSWORD));
    }

    // ---- hold for approval: new members, switched on by an admin ----

    @Test
    void anAdminHoldsNewMembersFirstContributionAndTheNextOneIsPublishedAtOnce() {
        String setting = "kring.moderation.hold-first-contributions";
        assertThat(admin.putJson("api/v1/admin/settings", "{\"settings\": {\"" + setting + "\": \"-1\"}}").problem(400).toString())
                .contains(setting);
        Api.Answer on = admin.putJson("api/v1/admin/settings", "{\"settings\": {\"" + setting + "\": \"1\"}}");
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        try {
            Api author = community.newMember("Nieuw Lid");
            String word = unique("eersteidee");
            JsonObject first = postIdea(author, word + " bij de ingang", "Mijn eerste idee over " + word + ".");
            long idea = first.getJsonNumber("id").longValue();
            assertThat(first.getString("moderationState")).isEqualTo("HELD");
            assertThat(anonymous.get("api/v1/ideas/" + idea).status()).isEqualTo(404);
            JsonObject item = heldItem("IDEA", idea);
            assertThat(item.getString("heldReason")).isEqualTo("new member: first 1 contributions");

            decide("APPROVE", null, item.getJsonNumber("id").longValue());
            assertThat(anonymous.get("api/v1/ideas/" + idea).status()).isEqualTo(200);
            JsonObject second = postIdea(author, unique("tweedeidee") + " bij de uitgang", "Mijn tweede idee.");
            assertThat(second.getString("moderationState")).as("one published contribution was the rule").isEqualTo("PUBLISHED");
        } finally {
            assertThat(admin.putJson("api/v1/admin/settings", "{\"settings\": {\"" + setting + "\": \"\"}}").status()).isEqualTo(200);
        }
        JsonObject later = postIdea(community.newMember("Later Lid"), unique("vrijidee") + " overal", "Na het uitzetten.");
        assertThat(later.getString("moderationState")).as("switched off again").isEqualTo("PUBLISHED");
    }

    // ---- hold for approval: a member on watch ----

    @Test
    void aWatchedMembersIdeaWaitsUnseenUntilApprovedThenIsPublishedFoundAndTheAuthorIsToldEachStep() {
        Api author = community.newMember("Op Wacht");
        Api reader = community.newMember("Gewone Lezer");
        watch(author, "Nieuw account met veel links");
        String word = unique("wachtidee");

        JsonObject posted = postIdea(author, word + " bij de kassa", "Een idee over " + word + ".");
        long idea = posted.getJsonNumber("id").longValue();
        assertThat(posted.getString("moderationState")).as("the author is told its state").isEqualTo("HELD");

        assertUnseen(idea, word, reader, anonymous);
        JsonObject own = author.get("api/v1/ideas/" + idea).json().asJsonObject();
        assertThat(own.getString("moderationState")).isEqualTo("HELD");
        assertThat(author.put("api/v1/ideas/" + idea + "/vote").status()).as("nothing to vote on yet").isEqualTo(404);
        JsonObject item = heldItem("IDEA", idea);
        assertThat(item.getString("heldReason")).isEqualTo("member on watch");
        assertThat(item.getJsonObject("content").getString("title")).contains(word);
        awaitNotice(author, "HELD", "/idea.xhtml?id=" + idea);

        long approval = decide("APPROVE", null, item.getJsonNumber("id").longValue());
        assertThat(reader.get("api/v1/ideas/" + idea).status()).isEqualTo(200);
        awaitSearch(reader, word, 1);
        assertThat(reader.get("api/v1/ideas?sort=newest&author=" + memberId(author) + "&limit=10").body()).contains(word);
        awaitNotice(author, "APPROVED", "/idea.xhtml?id=" + idea);

        Api.Answer undone = moderator.post("api/v1/moderation/log/" + approval + "/undo", "application/json", "");
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(undone.json().asJsonObject().getString("stateAfter")).isEqualTo("HELD");
        assertUnseen(idea, word, reader, anonymous);

        decide("HIDE", "Reclame voor een webwinkel", item.getJsonNumber("id").longValue());
        JsonObject rejected = awaitNotice(author, "HIDDEN", "/idea.xhtml?id=" + idea);
        assertThat(rejected.getString("excerpt")).isEqualTo("Reclame voor een webwinkel");
        assertThat(reader.get("api/v1/ideas/" + idea).status()).isEqualTo(404);
        assertThat(moderator.get("api/v1/moderation/log?targetType=IDEA&targetId=" + idea).json().asJsonObject()
                .getJsonArray("entries").getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList())
                .as("newest first").containsExactly("HIDE", "UNDO", "APPROVE", "HOLD");
    }

    @Test
    void aWatchedMembersPostIsNotCountedUntilApprovedAndItsAuthorSeesItMarked() {
        Api owner = community.newMember("Idee Eigenaar");
        Api author = community.newMember("Bericht Op Wacht");
        Api reader = community.newMember("Bericht Lezer");
        long idea = postIdea(owner, unique("gesprekidee") + " in de winkel", "Tekst.").getJsonNumber("id").longValue();
        long thread = reader.get("api/v1/ideas/" + idea + "/thread").json().asJsonObject().getJsonNumber("threadId").longValue();
        watch(author, "Plaatst reclame");
        String word = unique("wachtbericht");

        Api.Answer posted = author.postJson("api/v1/threads/" + thread + "/posts", body("Reactie met " + word));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        long post = posted.json().asJsonObject().getJsonNumber("id").longValue();
        assertThat(posted.json().asJsonObject().getString("moderationState")).isEqualTo("HELD");

        assertThat(postCount(reader, thread)).as("a held post is not counted").isZero();
        assertThat(reader.get("api/v1/ideas/" + idea).json().asJsonObject().getInt("postCount")).isZero();
        assertThat(reader.get("api/v1/threads/" + thread + "/posts").body()).doesNotContain(word);
        assertThat(reader.put("api/v1/posts/" + post + "/like").status()).isEqualTo(404);
        assertThat(author.get("api/v1/threads/" + thread + "/posts").body()).as("its author sees it").contains(word);
        awaitIndexed(word, 1);
        awaitSearch(reader, word, 0);

        decide("APPROVE", null, heldItem("POST", post).getJsonNumber("id").longValue());
        assertThat(postCount(reader, thread)).isEqualTo(1);
        assertThat(reader.get("api/v1/ideas/" + idea).json().asJsonObject().getInt("postCount")).isEqualTo(1);
        assertThat(reader.get("api/v1/threads/" + thread + "/posts").body()).contains(word);
        awaitSearch(reader, word, 1);
        assertThat(admin.get("api/v1/admin/consistency").json().asJsonObject().getJsonArray("counters").getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("counter").endsWith("post_count"))
                .as("post counts against their rows").hasSize(2).allSatisfy(c -> assertThat(c.getInt("drifted")).isZero());
    }

    @Test
    void aWatchedMembersThreadIsMissingToOthersAndShownToItsAuthor() {
        Api author = community.newMember("Gesprek Op Wacht");
        Api reader = community.newMember("Gesprek Lezer");
        watch(author, "Eerder spam");
        String word = unique("wachtgesprek");
        Api.Answer started = author.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", "verpakking")
                .add("title", "Over " + word).add("body", "Eerste bericht over " + word).add("language", "nl").build().toString());
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long thread = started.json().asJsonObject().getJsonNumber("id").longValue();

        for (Api other : List.of(reader, anonymous)) {
            assertThat(other.get("api/v1/threads/" + thread).status()).isEqualTo(404);
            assertThat(other.get("api/v1/threads/" + thread + "/posts").status()).isEqualTo(404);
            assertThat(other.get("api/v1/threads?topic=verpakking&limit=100").body()).doesNotContain(word);
        }
        assertThat(reader.postJson("api/v1/threads/" + thread + "/posts", body("Antwoord")).status()).isEqualTo(404);
        assertThat(author.get("api/v1/threads/" + thread).json().asJsonObject().getString("moderationState")).isEqualTo("HELD");
        assertThat(author.get("api/v1/threads/" + thread + "/posts").body()).contains(word);
        awaitIndexed(word, 2);
        awaitSearch(reader, word, 0);

        decide("APPROVE", null, heldItem("THREAD", thread).getJsonNumber("id").longValue());
        assertThat(reader.get("api/v1/threads/" + thread).status()).isEqualTo(200);
        awaitSearch(reader, word, 2);
    }

    @Test
    void aWatchIsLoggedUndoneFromTheLogAndRefusedForBadInputStaffAndTwice() {
        Api member = community.newMember("Bewaakt Lid");
        long id = memberId(member);
        String path = "api/v1/moderation/members/" + id + "/watch";
        assertThat(moderator.postJson(path, "{}").problem(400).toString()).contains("reason");
        assertThat(moderator.postJson(path, "{\"reason\": \"" + "x".repeat(501) + "\"}").problem(400).toString()).contains("reason");
        assertThat(moderator.postJson("api/v1/moderation/members/" + memberId(admin) + "/watch", "{\"reason\": \"Test\"}").status())
                .isEqualTo(403);
        assertThat(moderator.postJson("api/v1/moderation/members/999999999/watch", "{\"reason\": \"Test\"}").status()).isEqualTo(404);

        JsonObject watched = moderator.postJson(path, "{\"reason\": \"Verdacht\"}").json().asJsonObject();
        assertThat(watched.getString("action")).isEqualTo("WATCH");
        assertThat(watched.getString("stateAfter")).isEqualTo("WATCHED");
        assertThat(moderator.postJson(path, "{\"reason\": \"Nog eens\"}").status()).isEqualTo(409);
        assertThat(postIdea(member, unique("bewaakt") + " idee", "Tekst.").getString("moderationState")).isEqualTo("HELD");

        Api.Answer undone = moderator.post("api/v1/moderation/log/" + watched.getJsonNumber("id") + "/undo", "application/json", "");
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(postIdea(member, unique("vrij") + " idee", "Tekst.").getString("moderationState"))
                .as("off watch: published at once").isEqualTo("PUBLISHED");
        assertThat(moderator.delete(path).status()).as("not on watch any more").isEqualTo(409);

        assertThat(moderator.postJson(path, "{\"reason\": \"Weer verdacht\"}").status()).isEqualTo(200);
        JsonObject unwatched = moderator.delete(path).json().asJsonObject();
        assertThat(unwatched.getString("action")).isEqualTo("UNWATCH");
        assertThat(postIdea(member, unique("weervrij") + " idee", "Tekst.").getString("moderationState")).isEqualTo("PUBLISHED");

        Api other = community.newMember("Ander Lid");
        assertThat(other.postJson(path, "{\"reason\": \"Test\"}").status()).isEqualTo(403);
        assertThat(anonymous.postJson(path, "{\"reason\": \"Test\"}").status()).isEqualTo(401);
        assertThat(other.delete(path).status()).isEqualTo(403);
        assertThat(anonymous.delete(path).status()).isEqualTo(401);
    }

    @Test
    void theHoldItselfIsLoggedButDecidedOnlyByApprovingOrHiding() {
        Api author = community.newMember("Hold Log");
        watch(author, "Test");
        long idea = postIdea(author, unique("holdlog") + " idee", "Tekst.").getJsonNumber("id").longValue();
        JsonObject hold = moderator.get("api/v1/moderation/log?targetType=IDEA&targetId=" + idea + "&action=HOLD").json()
                .asJsonObject().getJsonArray("entries").getJsonObject(0);
        assertThat(hold.isNull("moderatorId")).as("automatic").isTrue();
        assertThat(hold.getString("reason")).isEqualTo("member on watch");
        Api.Answer refused = moderator.post("api/v1/moderation/log/" + hold.getJsonNumber("id") + "/undo", "application/json", "");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    }

    // ---- watched words ----

    @Test
    void watchedWordsBlockReplaceAndHoldOnCreateAndOnEdit() {
        String blocked = unique("verbodenwoord");
        String censored = unique("scheldwoord");
        String doubtful = unique("twijfelwoord");
        List<Long> words = List.of(addWord(blocked, "any", "BLOCK", null), addWord(censored, "nl", "REPLACE", "[weg]"),
                addWord(doubtful, "any", "HOLD", null));
        try {
            Api author = community.newMember("Woorden Schrijver");
            Api reader = community.newMember("Woorden Lezer");
            String title = unique("geweigerd") + " idee";
            JsonObject refused = author.postJson("api/v1/ideas", idea(title, "Koop nu " + blocked.toUpperCase() + "!")).problem(400);
            assertThat(refused.toString()).contains("\"field\":\"body\"").contains(blocked.toUpperCase());
            assertThat(reader.get("api/v1/ideas?author=" + memberId(author) + "&limit=10").json().asJsonObject()
                    .getJsonArray("items")).as("nothing stored").isEmpty();
            assertThat(author.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", "verpakking")
                    .add("title", "Over " + blocked).add("body", "Tekst").add("language", "en").build().toString()).problem(400)
                    .toString()).contains("\"field\":\"title\"");

            JsonObject clean = postIdea(author, "Wat een " + censored + " idee", "Echt een " + censored.toUpperCase() + ", die " + censored + "s niet.");
            long idea = clean.getJsonNumber("id").longValue();
            JsonObject stored = reader.get("api/v1/ideas/" + idea).json().asJsonObject();
            assertThat(stored.getString("title")).isEqualTo("Wat een [weg] idee");
            assertThat(stored.getString("body")).as("whole words only").isEqualTo("Echt een [weg], die " + censored + "s niet.");

            long thread = reader.get("api/v1/ideas/" + idea + "/thread").json().asJsonObject().getJsonNumber("threadId").longValue();
            long post = author.postJson("api/v1/threads/" + thread + "/posts", body("Gewone reactie")).json().asJsonObject()
                    .getJsonNumber("id").longValue();
            Api.Answer edited = author.putJson("api/v1/posts/" + post, body("Toch een " + censored));
            assertThat(edited.status()).as(edited.body()).isEqualTo(200);
            assertThat(reader.get("api/v1/threads/" + thread + "/posts").body()).contains("Toch een [weg]").doesNotContain(censored);
            assertThat(author.putJson("api/v1/posts/" + post, body(blocked)).problem(400).toString()).contains("body");

            JsonObject held = author.postJson("api/v1/threads/" + thread + "/posts", body("Is dit " + doubtful + "?")).json().asJsonObject();
            assertThat(held.getString("moderationState")).isEqualTo("HELD");
            assertThat(heldItem("POST", held.getJsonNumber("id").longValue()).getString("heldReason")).contains(doubtful);
            assertThat(reader.get("api/v1/threads/" + thread + "/posts").body()).doesNotContain(doubtful);

            Api.Answer byStaff = moderator.postJson("api/v1/threads/" + thread + "/posts", body("Moderator over " + doubtful));
            assertThat(byStaff.json().asJsonObject().getString("moderationState")).as("staff are never held").isEqualTo("PUBLISHED");

            Api.Answer heldByEdit = author.putJson("api/v1/ideas/" + idea, idea("Wat een idee", "Nu met " + doubtful));
            assertThat(heldByEdit.status()).as(heldByEdit.body()).isEqualTo(200);
            assertThat(reader.get("api/v1/ideas/" + idea).status()).as("an edit with a HOLD word waits too").isEqualTo(404);
            assertThat(heldItem("IDEA", idea).getString("heldReason")).contains(doubtful);
        } finally {
            words.forEach(id -> assertThat(admin.delete("api/v1/moderation/watched-words/" + id).status()).isEqualTo(204));
        }
    }

    @Test
    void watchedWordsAreForAdminsOnlyAndBadInputIsRefusedByField() {
        String path = "api/v1/moderation/watched-words";
        assertThat(anonymous.get(path).status()).isEqualTo(401);
        assertThat(community.newMember("Lid Zonder Lijst").get(path).status()).isEqualTo(403);
        assertThat(moderator.get(path).status()).as("moderators do not keep the list").isEqualTo(403);
        assertThat(moderator.postJson(path, word("iets", "any", "HOLD", null)).status()).isEqualTo(403);

        assertThat(fields(admin.postJson(path, "{}").problem(400))).contains("word", "action");
        assertThat(fields(admin.postJson(path, word("iets", "any", "NOPE", null)).problem(400))).containsExactly("action");
        assertThat(fields(admin.postJson(path, word("x".repeat(101), "any", "HOLD", null)).problem(400))).containsExactly("word");
        assertThat(fields(admin.postJson(path, word("!!!", "any", "HOLD", null)).problem(400))).containsExactly("word");
        assertThat(fields(admin.postJson(path, word("iets", "de", "HOLD", null)).problem(400))).containsExactly("language");
        assertThat(fields(admin.postJson(path, word("iets", "nl", "BLOCK", "***")).problem(400))).containsExactly("replacement");

        String watched = unique("dubbelwoord");
        long id = addWord(watched, "nl", "HOLD", null);
        assertThat(admin.postJson(path, word(watched.toUpperCase(), "nl", "BLOCK", null)).status()).as("already watched").isEqualTo(409);
        assertThat(admin.get(path).json().asJsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(w -> assertThat(w.getString("word")).isEqualTo(watched));
        assertThat(admin.delete(path + "/" + id).status()).isEqualTo(204);
        assertThat(admin.delete(path + "/" + id).status()).isEqualTo(404);
        assertThat(admin.get(path).body()).doesNotContain(watched);
    }

    // ---- the author's view in the browser ----

    @Test
    void theAuthorSeesWaitingForAModeratorOnTheirIdeaAndPost() throws Exception {
        String email = "wacht-" + System.nanoTime() + "@kring.test";
        Api author = register(email, "Wachtende Auteur");
        watch(author, "Nieuw");
        String title = unique("wachtpagina") + " bij de ingang";
        long idea = postIdea(author, title, "Tekst over de ingang.").getJsonNumber("id").longValue();

        ChromeDriver driver = browser.freshVisit();
        login(driver, email, PASSWORD);
        driver.get(base + "idea.xhtml?id=" + idea);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kring-moderation-mark")));
        assertThat(driver.findElement(By.cssSelector(".kring-moderation-mark")).getText())
                .isEqualTo("Je idee wacht op een moderator: alleen jij en de moderatoren zien het.");
        assertThat(driver.findElement(By.id("idea-title")).getText()).isEqualTo(title);
        assertThat(driver.findElements(By.id("discussion:answerBody"))).as("no reply form until approved").isEmpty();
        assertThat(driver.findElement(By.id("discussion:answer")).getText()).isEqualTo("Reageren kan zodra een moderator dit heeft goedgekeurd.");
        Axe.assertAccessible("own held idea", driver);
        browser.checkAtBothWidths("own-held-idea");

        ChromeDriver visitor = browser.freshVisit();
        visitor.get(base + "idea.xhtml?id=" + idea);
        assertThat(visitor.getPageSource()).doesNotContain(title);
    }

    @Test
    void anAdminKeepsTheWatchedWordsOnTheirPage() throws Exception {
        ChromeDriver driver = browser.freshVisit();
        login(driver, "admin@kring.demo", DEMO_PASSWORD);
        driver.get(base + "moderation.xhtml");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("watched-words-link"))).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("words-form:add"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("words-form"),
                "Geef een woord of zin met een letter of cijfer"));

        String watched = unique("paginawoord");
        driver.findElement(By.id("words-form:word")).sendKeys(watched);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("words-form:action"))).selectByValue("REPLACE");
        driver.findElement(By.id("words-form:replacement")).sendKeys("[weg]");
        driver.findElement(By.id("words-form:add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("watched-words"), watched));
        assertThat(admin.get("api/v1/moderation/watched-words").body()).contains(watched).contains("[weg]");
        browser.checkAtBothWidths("watched-words");

        driver.findElement(By.cssSelector("#watched-words input[aria-label$='" + watched + "']")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("words-form"), watched)));
        assertThat(admin.get("api/v1/moderation/watched-words").body()).doesNotContain(watched);

        ChromeDriver member = browser.freshVisit();
        login(member, registerEmail(), PASSWORD);
        member.get(base + "watched-words.xhtml");
        assertThat(member.getPageSource()).doesNotContain("words-form");
    }

    @Test
    void aBlockedWordIsNamedNextToTheFieldOnTheNewIdeaPage() throws Exception {
        String blocked = unique("paginaverbod");
        long word = addWord(blocked, "any", "BLOCK", null);
        try {
            ChromeDriver driver = browser.freshVisit();
            login(driver, registerEmail(), PASSWORD);
            driver.get(base + "new-idea.xhtml");
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("idea:topic"))).selectByValue("verpakking");
            driver.findElement(By.id("idea:title")).sendKeys("Een idee met een verboden woord");
            driver.findElement(By.id("idea:body")).sendKeys("Hier staat " + blocked + " in de tekst.");
            driver.findElement(By.id("idea:submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("idea:body-error"), blocked));
            assertThat(driver.findElement(By.id("idea:body-error")).getText()).as("the reason, in the page's language")
                    .contains("niet toestaat");
            assertThat(driver.findElement(By.id("idea:body")).getAttribute("value")).as("nothing typed is lost").contains(blocked);
        } finally {
            assertThat(admin.delete("api/v1/moderation/watched-words/" + word).status()).isEqualTo(204);
        }
    }

    // ---- helpers ----

    private long addWord(String word, String language, String action, String replacement) {
        Api.Answer added = admin.postJson("api/v1/moderation/watched-words", word(word, language, action, replacement));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static String word(String word, String language, String action, String replacement) {
        var json = Json.createObjectBuilder().add("word", word).add("language", language).add("action", action);
        if (replacement != null) {
            json.add("replacement", replacement);
        }
        return json.build().toString();
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    private static String idea(String title, String text) {
        return Json.createObjectBuilder().add("title", title).add("body", text).add("topic", "verpakking").add("language", "nl")
                .add("tags", Json.createArrayBuilder()).build().toString();
    }

    private void watch(Api member, String reason) {
        Api.Answer answer = moderator.postJson("api/v1/moderation/members/" + memberId(member) + "/watch",
                Json.createObjectBuilder().add("reason", reason).build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    /** Missing on every read path of members and visitors: the idea, its thread, lists, search, suggestions. */
    private void assertUnseen(long idea, String word, Api... others) {
        for (Api other : others) {
            assertThat(other.get("api/v1/ideas/" + idea).status()).isEqualTo(404);
            assertThat(other.get("api/v1/ideas/" + idea + "/thread").status()).isEqualTo(404);
            assertThat(other.get("api/v1/ideas?sort=newest&limit=100").body()).doesNotContain(word);
            assertThat(other.get("api/v1/feeds/topics/verpakking").body()).doesNotContain(word);
        }
        awaitIndexed(word, 1);
        for (Api other : others) {
            // The index follows a state change through the outbox, within a second or so.
            awaitSearch(other, word, 0);
            assertThat(other.get("api/v1/search/suggest?prefix=" + word).body()).doesNotContain(word);
        }
    }

    /** Waits until the index holds this many contributions with the word, as staff see them (hidden ones included). */
    private void awaitIndexed(String word, int total) {
        moderator.await("api/v1/search?q=" + word + "&includeHidden=true", page -> page.getInt("total") == total, PATIENCE);
    }

    private static void awaitSearch(Api reader, String word, int total) {
        reader.await("api/v1/search?q=" + word, page -> page.getInt("total") == total, PATIENCE);
    }

    private JsonObject heldItem(String type, long target) {
        String cursor = null;
        for (int pages = 0; pages < 200; pages++) {
            JsonObject page = moderator.get("api/v1/moderation/queue?reason=HELD&type=" + type + "&sort=age&limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor)).json().asJsonObject();
            for (JsonObject i : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (i.getJsonNumber("targetId").longValue() == target) {
                    return i;
                }
            }
            if (page.isNull("nextCursor")) {
                break;
            }
            cursor = page.getString("nextCursor");
        }
        throw new AssertionError(type + " " + target + " is not held in the queue");
    }

    /** A moderator's decision on one item; answers its log entry's id. */
    private long decide(String action, String reason, long item) {
        var body = Json.createObjectBuilder().add("action", action).add("itemIds", Json.createArrayBuilder().add(item));
        if (reason != null) {
            body.add("reason", reason);
        }
        Api.Answer answer = moderator.postJson("api/v1/moderation/actions", body.build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static JsonObject awaitNotice(Api member, String kind, String link) {
        member.await("api/v1/notifications?limit=100", page -> page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getString("kind").equals(kind) && n.getString("link").equals(link)), PATIENCE);
        return member.get("api/v1/notifications?limit=100").json().asJsonObject().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("kind").equals(kind) && n.getString("link").equals(link))
                .findFirst().orElseThrow();
    }

    private static JsonObject postIdea(Api author, String title, String text) {
        Api.Answer answer = author.postJson("api/v1/ideas", idea(title, text));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject();
    }

    private static int postCount(Api reader, long thread) {
        return reader.get("api/v1/threads/" + thread).json().asJsonObject().getInt("postCount");
    }

    private static long memberId(Api member) {
        return member.get("api/v1/members/me").json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static String body(String text) {
        return Json.createObjectBuilder().add("body", text).build().toString();
    }

    /** A new member's e-mail address, registered with {@link #PASSWORD}. */
    private String registerEmail() {
        String email = "woorden-" + System.nanoTime() + "@kring.test";
        register(email, "Lid Zonder Woorden");
        return email;
    }

    private Api register(String email, String name) {
        long n = ADDRESSES.incrementAndGet();
        community.signUp(email, name, PASSWORD, "10.78." + (n >> 8 & 0xff) + "." + (n & 0xff));
        community.verify(email);
        return anonymous.withBearer(community.token(email, PASSWORD));
    }

    private void login(ChromeDriver driver, String email, String password) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("login:submit"))).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kring-me")));
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}
