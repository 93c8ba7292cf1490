package org.kring.responses;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Browser;
import org.kring.testing.Community;
import org.kring.testing.KringDeployment;
import org.kring.testing.TestDatabase;
import org.kring.testing.WithBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public roadmap and changelog: ideas the team moves along the workflow appear in their column, latest move first,
 * with the official answer; columns page by keyset; hidden ideas stay off; the changelog feed; the page in Chromium.
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class RoadmapIT {

    private static final String DEMO_PASSWORD = "kring-demo";
    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api anonymous() {
        return new Api(base);
    }

    private Api demo(String who) {
        return anonymous().withBearer(new Community(anonymous()).token(who + "@kring.demo", DEMO_PASSWORD));
    }

    @Test
    void ideasTheTeamMovesAppearInTheirColumnLatestFirstWithTheAnswer() throws Exception {
        Api team = demo("admin");
        Api author = new Community(anonymous()).newMember("Roadmapper " + System.nanoTime() % 10_000);
        long planned = postIdea(author, "Navulstation voor wasmiddel");
        long done = postIdea(author, "Kartonnen eierdozen terug in de winkel");
        move(team, planned, "UNDER_REVIEW", null);
        move(team, planned, "PLANNED", "We gaan dit **in maart** proberen in tien winkels.");
        move(team, done, "UNDER_REVIEW", null);
        move(team, done, "PLANNED", null);
        move(team, done, "IN_PROGRESS", null);
        move(team, done, "DONE", "Sinds deze week in alle winkels.");

        JsonObject roadmap = anonymous().get("api/v1/roadmap?topic=verpakking&limit=5").ok();
        List<JsonObject> columns = roadmap.getJsonArray("columns").getValuesAs(JsonObject.class);
        assertThat(columns).extracting(c -> c.getJsonObject("status").getString("name")).containsExactly("PLANNED", "IN_PROGRESS", "DONE");
        JsonObject plannedFirst = columns.get(0).getJsonArray("ideas").getJsonObject(0);
        assertThat(plannedFirst.getJsonNumber("id").longValue()).as("the latest move comes first").isEqualTo(planned);
        assertThat(plannedFirst.getString("answerHtml")).isEqualTo("<p>We gaan dit <strong>in maart</strong> proberen in tien winkels.</p>");
        assertThat(columns.get(2).getJsonArray("ideas").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(done);
        for (JsonObject column : columns) {
            String status = column.getJsonObject("status").getString("name");
            assertThat(column.getJsonNumber("total").longValue()).as(status + " counts what the database counts")
                    .isEqualTo(sql("select count(*) from idea i join topic t on t.id = i.topic_id where t.slug = 'verpakking' "
                            + "and i.moderation_state = 'PUBLISHED' and i.status = '" + status + "'"));
        }

        hide(done);
        JsonObject doneAfterHide = anonymous().get("api/v1/roadmap/done?topic=verpakking&limit=100").ok();
        assertThat(doneAfterHide.getJsonArray("ideas").getValuesAs(JsonObject.class))
                .as("a hidden idea is not on the roadmap").noneMatch(i -> i.getJsonNumber("id").longValue() == done);
    }

    @Test
    void aColumnPagesByCursorWithoutRepeatsAndRefusesBadInput() {
        JsonObject page = anonymous().get("api/v1/roadmap/done?limit=2").ok();
        long total = page.getJsonNumber("total").longValue();
        assertThat(total).as("the demo community has done ideas").isGreaterThan(2);
        Set<Long> seen = new HashSet<>();
        while (true) {
            page.getJsonArray("ideas").getValuesAs(JsonObject.class).forEach(idea ->
                    assertThat(seen.add(idea.getJsonNumber("id").longValue())).as("no idea twice").isTrue());
            if (page.isNull("next")) {
                break;
            }
            page = anonymous().get("api/v1/roadmap/done?limit=2&cursor=" + page.getString("next")).ok();
        }
        assertThat(seen).as("the pages together are the whole column").hasSize((int) total);

        assertThat(anonymous().get("api/v1/roadmap/new").problem(400).toString()).contains("status");
        assertThat(anonymous().get("api/v1/roadmap?topic=bestaat-niet").problem(400).toString()).contains("topic");
        assertThat(anonymous().get("api/v1/roadmap/done?cursor=kapot").problem(400).toString()).contains("cursor");
        assertThat(anonymous().get("api/v1/roadmap?limit=0").problem(400).toString()).contains("limit");
    }

    @Test
    void theChangelogIsAnAtomFeedOfDoneIdeasWithTheTeamsAnswers() throws Exception {
        SyndFeed changelog = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(
                anonymous().get("api/v1/feeds/changelog?lang=en").body().getBytes(StandardCharsets.UTF_8))));
        assertThat(changelog.getTitle()).contains("What we have done");
        JsonObject done = anonymous().get("api/v1/roadmap/done?limit=30").ok();
        assertThat(changelog.getEntries()).extracting(SyndEntry::getLink).containsExactlyElementsOf(done.getJsonArray("ideas")
                .getValuesAs(JsonObject.class).stream().map(i -> base + "idea.xhtml?id=" + i.getJsonNumber("id")).toList());
        anonymous().get("api/v1/feeds/changelog?topic=bestaat-niet").problem(400);
    }

    @Test
    void theRoadmapPageShowsTheColumnsAndTheChangelogOnAPhoneToo() throws Exception {
        ChromeDriver driver = browser.freshVisit();
        driver.get(base + "roadmap.xhtml?topic=verpakking");
        List<String> headings = driver.findElements(By.cssSelector(".kring-roadmap-column h2 .kring-status")).stream()
                .map(e -> e.getText()).toList();
        assertThat(headings).containsExactly("Gepland", "Mee bezig", "Gedaan");
        assertThat(driver.findElements(By.cssSelector(".kring-roadmap-answer"))).as("official answers on the cards").isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("link[type='application/atom+xml']")).getAttribute("href"))
                .contains("/api/v1/feeds/changelog");
        browser.checkAtBothWidths("roadmap");

        driver.findElement(By.linkText("Wat we gedaan hebben")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Wat we gedaan hebben");
        assertThat(driver.findElements(By.cssSelector(".kring-roadmap-column"))).hasSize(1);
        browser.checkAtBothWidths("changelog");

        driver.get(base + "roadmap.xhtml?column=nieuw");
        assertThat(driver.findElement(By.cssSelector(".kring-messages")).getText()).contains("Deze link klopt niet");
    }

    @Test
    void aMemberFindsTheTeamsAnswersToTheirIdeasOnTheirProfile() throws Exception {
        Api member = demo("member");
        long idea = postIdea(member, "Papieren zakken voor groente " + System.nanoTime() % 10_000);
        move(demo("analyst"), idea, "UNDER_REVIEW", "Goed idee: we zoeken een leverancier voor **papieren** zakken.");

        ChromeDriver driver = browser.freshVisit();
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys("member@kring.demo");
        driver.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kring-me")));
        driver.get(base + "profile.xhtml");
        WebElement answers = driver.findElement(By.cssSelector("section[aria-labelledby='answers-heading']"));
        WebElement first = answers.findElement(By.cssSelector("li"));
        assertThat(first.findElement(By.cssSelector(".kring-card-title")).getText()).startsWith("Papieren zakken voor groente");
        assertThat(first.findElement(By.cssSelector(".kring-roadmap-answer strong")).getText()).isEqualTo("papieren");
        assertThat(first.findElement(By.cssSelector(".kring-status")).getText()).isEqualTo("Wordt bekeken");
        browser.checkAtBothWidths("profile-answers");
    }

    private static long postIdea(Api author, String title) {
        Api.Answer answer = author.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title)
                .add("body", "Minder afval.").add("topic", "verpakking").add("language", "nl").build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static void move(Api team, long idea, String status, String answer) {
        var body = Json.createObjectBuilder().add("status", status);
        if (answer != null) {
            body.add("answer", answer);
        }
        Api.Answer moved = team.putJson("api/v1/ideas/" + idea + "/status", body.build().toString());
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    /** A member flags the idea and a moderator hides it from the queue. */
    private void hide(long idea) {
        Api flagger = new Community(anonymous()).newMember("Melder " + System.nanoTime() % 10_000);
        Api.Answer flagged = flagger.postJson("api/v1/flags", Json.createObjectBuilder().add("targetType", "IDEA")
                .add("targetId", idea).add("reason", "OFF_TOPIC").build().toString());
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
        long item = flagged.json().asJsonObject().getJsonNumber("itemId").longValue();
        Api.Answer hidden = demo("moderator").postJson("api/v1/moderation/actions", Json.createObjectBuilder().add("action", "HIDE")
                .add("reason", "Hoort hier niet").add("itemIds", Json.createArrayBuilder().add(item)).build().toString());
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
    }

    private static long sql(String query) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement statement = db.prepareStatement(query);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

}
