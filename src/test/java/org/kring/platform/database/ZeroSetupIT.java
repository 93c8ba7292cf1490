package org.kring.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Browser;
import org.kring.testing.Community;
import org.kring.testing.WithBrowser;
import org.kring.testing.ZeroSetupServer;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The zero-setup default proven end to end: Kring as bin/run starts it, on the embedded H2 database with the demo
 * community and no database server (only Elasticsearch comes from bin/test), doing what a first-time user does. Every
 * other integration test runs on PostgreSQL; MigrationsOnH2Test checks only the schema. Needs bin/test's
 * Elasticsearch: anywhere else the class is skipped, saying why.
 */
@EnabledIfEnvironmentVariable(named = "KRING_ES_URL", matches = ".+",
        disabledReason = "the zero-setup server needs the Elasticsearch that bin/test starts (KRING_ES_URL)")
@ExtendWith(WithBrowser.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZeroSetupIT {

    private static final String DEMO_PASSWORD = "kring-demo";
    private static Browser browser;
    private static ZeroSetupServer server;
    private static String base;
    private static Api anonymous;

    @BeforeAll
    static void startKringOnH2() throws Exception {
        Instant started = Instant.now();
        server = ZeroSetupServer.start(Path.of(System.getProperty("java.io.tmpdir"), "zero-setup"));
        base = server.base().toString();
        anonymous = new Api(server.base());
        System.out.println("zero setup: Kring on H2 with the demo seeded and ready in "
                + Duration.between(started, Instant.now()).toSeconds() + " s");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void aFirstTimeVisitorReadsTheHomePageATopicBoardAnIdeaWithItsDiscussionAndSearches() throws Exception {
        ChromeDriver driver = browser.freshVisit();
        driver.get(base);
        assertThat(driver.findElement(By.tagName("h1")).getText()).as(server::logTail).isEqualTo("Welkom in onze community");
        assertThat(driver.findElements(By.cssSelector(".kring-idea-title"))).hasSize(10);
        browser.screenshot("zero-setup-home");

        driver.findElement(By.linkText("Verpakking")).click();
        waitForText(driver, By.tagName("h1"), "Verpakking");
        assertThat(driver.findElements(By.cssSelector(".kring-cards > li"))).as("the board's ideas").isNotEmpty();

        JsonObject discussed = anonymous.get("api/v1/ideas?topic=verpakking&sort=discussed&limit=1").json().asJsonObject()
                .getJsonArray("items").getJsonObject(0);
        assertThat(discussed.getInt("postCount")).isPositive();
        driver.get(base + "idea.xhtml?id=" + discussed.getJsonNumber("id").longValue());
        waitForText(driver, By.id("idea-title"), discussed.getString("title"));
        assertThat(driver.findElements(By.cssSelector(".kring-post"))).as("its discussion").isNotEmpty();
        browser.screenshot("zero-setup-idea");

        // The demo's ideas reached the index through the outbox on H2.
        new WebDriverWait(driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            d.get(base + "search.xhtml?q=statiegeld");
            return !d.findElements(By.cssSelector(".kring-result")).isEmpty();
        });
    }

    @Test
    @Order(2)
    void aNewMemberSignsUpPostsAnIdeaVotesRepliesAndFindsTheIdeaBySearch() {
        Community community = new Community(anonymous);
        Api author = community.newMember("Eerste Bezoeker");
        Api voter = community.newMember("Tweede Bezoeker");
        String word = "nulinstelling" + Long.toString(System.nanoTime(), 36);
        Api.Answer posted = author.postJson("api/v1/ideas", Json.createObjectBuilder()
                .add("title", "Minder plastic bij de kassa " + word).add("body", "Papieren zakken bij elke kassa.")
                .add("topic", "verpakking").add("language", "nl").build().toString());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        long idea = posted.json().asJsonObject().getJsonNumber("id").longValue();

        Api.Answer voted = voter.put("api/v1/ideas/" + idea + "/vote");
        assertThat(voted.status()).as(voted.body()).isEqualTo(200);
        assertThat(anonymous.get("api/v1/ideas/" + idea).json().asJsonObject().getInt("voteCount")).isEqualTo(2);

        long thread = voter.get("api/v1/ideas/" + idea + "/thread").json().asJsonObject().getJsonNumber("threadId").longValue();
        Api.Answer replied = voter.postJson("api/v1/threads/" + thread + "/posts", Json.createObjectBuilder()
                .add("body", "Goed plan, " + word + "!").build().toString());
        assertThat(replied.status()).as(replied.body()).isEqualTo(201);
        assertThat(anonymous.get("api/v1/threads/" + thread + "/posts").body()).contains("Goed plan, " + word);

        anonymous.await("api/v1/search?q=" + word + "&type=idea", r -> r.getJsonNumber("total").longValue() == 1,
                Duration.ofSeconds(5));
        anonymous.await("api/v1/search?q=" + word + "&type=post", r -> r.getJsonNumber("total").longValue() == 1,
                Duration.ofSeconds(5));
    }

    @Test
    @Order(3)
    void theStaffOpenTheModerationQueueAndTheIdeasThatNeedAnAnswer() {
        Api moderator = anonymous.withBearer(new Community(anonymous).token("moderator@kring.demo", DEMO_PASSWORD));
        Api.Answer queue = moderator.get("api/v1/moderation/queue");
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);

        ChromeDriver driver = browser.freshVisit();
        logIn(driver, "moderator@kring.demo");
        driver.get(base + "moderation.xhtml");
        waitForText(driver, By.tagName("h1"), "Moderatie");
        assertThat(driver.findElement(By.id("queue-form:queue")).isDisplayed()).isTrue();

        driver = browser.freshVisit();
        logIn(driver, "analyst@kring.demo");
        browser.openTeamMenu();
        driver.findElement(By.id("nav-needs-answer")).click();
        waitForText(driver, By.tagName("h1"), "antwoord nodig");
        assertThat(driver.findElements(By.cssSelector(".kring-unanswered"))).as("the demo's unanswered ideas").isNotEmpty();
    }

    @Test
    @Order(4)
    void theServerLoggedNoErrorWhileTheyUsedIt() {
        String log = server.log();
        int trace = log.indexOf("\n\tat ");
        assertThat(trace).as(() -> "a stack trace in the server's log:\n"
                + log.substring(Math.max(0, trace - 3000), Math.min(log.length(), trace + 1000))).isNegative();
    }

    private static void logIn(ChromeDriver driver, String email) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("login"));
    }

    private static void waitForText(ChromeDriver driver, By by, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(by).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No '" + text + "' in " + by + "; the page says: "
                    + driver.findElement(By.tagName("body")).getText() + "\nserver log:\n" + server.logTail(), e);
        }
    }
}
