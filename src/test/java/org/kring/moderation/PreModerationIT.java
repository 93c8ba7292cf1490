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
 * way, and each step is logged and undoable. Fresh members only: the server may be shared with other IT classes.
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
        Axe.assertAccessible("own held idea", driver);
        browser.checkAtBothWidths("own-held-idea");

        ChromeDriver visitor = browser.freshVisit();
        visitor.get(base + "idea.xhtml?id=" + idea);
        assertThat(visitor.getPageSource()).doesNotContain(title);
    }

    // ---- helpers ----

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
            assertThat(other.get("api/v1/search?q=" + word).json().asJsonObject().getInt("total")).isZero();
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
        Api.Answer answer = author.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title).add("body", text)
                .add("topic", "verpakking").add("language", "nl").add("tags", Json.createArrayBuilder()).build().toString());
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

    private Api register(String email, String name) {
        long n = ADDRESSES.incrementAndGet();
        Api.Answer registered = anonymous.withHeader("X-Forwarded-For", "10.78." + (n >> 8 & 0xff) + "." + (n & 0xff))
                .postJson("api/v1/members", Json.createObjectBuilder().add("email", email).add("displayName", name)
                        .add("password", PASSWORD).build().toString());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
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
