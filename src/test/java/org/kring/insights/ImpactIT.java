package org.kring.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.testing.Browser.waitFor;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.openqa.selenium.chrome.ChromeDriver;

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
        long idea = postIdea(member, "Navulverpakking voor wasmiddel in elke winkel");
        assertThat(member.put("api/v1/ideas/" + idea + "/vote").status()).isIn(200, 204);

        JsonObject dashboard = analyst().get("api/v1/insights/dashboard").ok();
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

        Api analyst = analyst();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Instant start = Instant.now();
            analyst.get("api/v1/insights/dashboard").ok();
            millis.add(Duration.between(start, Instant.now()).toMillis());
        }
        System.out.println("Dashboard API, 3 warm calls (ms): " + millis + ", load average "
                + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(millis.stream().mapToLong(Long::longValue).min().orElseThrow()).as("loads within a second").isLessThan(1000);
    }

    @Test
    void theDashboardPageShowsTheWeekWithArrows() throws Exception {
        JsonObject dashboard = analyst().get("api/v1/insights/dashboard").ok();
        ChromeDriver driver = browser.freshVisit();
        logIn(driver, "analyst@kring.demo");
        browser.openTeamMenu();
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

    @Test
    void theImpactReportCountsWhatTheDatabaseCountsAndItsCsvOpensRight() throws Exception {
        Api member = new Community(new Api(base)).newMember("Impact Lid");
        long idea = postIdea(member, "=Statiegeld voor café-flesjes, \"ëcht\" overal");
        Api analyst = analyst();
        assertThat(analyst.putJson("api/v1/ideas/" + idea + "/answer", "{\"body\": \"We zoeken het uit.\"}").status()).isEqualTo(200);
        analyst.putJson("api/v1/insights/matrix/idea/" + idea, "{\"valueMode\": \"MANUAL\", \"manualValue\": 7, \"effort\": 2}").ok();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api.Answer pilot = analyst.postJson("api/v1/insights/pilots", "{\"itemType\": \"idea\", \"itemId\": " + idea
                + ", \"startDate\": \"" + today + "\", \"expectedReturn\": \"€ 10.000 minder, \\\"snel\\\"\\nen ëerlijk\"}");
        assertThat(pilot.status()).as(pilot.body()).isEqualTo(201);

        LocalDate from = today.minusDays(60);
        JsonObject report = analyst.get("api/v1/insights/impact-report?from=" + from + "&to=" + today).ok();
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        JsonObject taking = report.getJsonObject("participation");
        assertThat(taking.getJsonNumber("members").longValue()).isEqualTo(sql(FIGURES.get("members"), start, end));
        assertThat(taking.getJsonNumber("newMembers").longValue()).as("joined in the period").isEqualTo(sql(
                FIGURES.get("members").replace("select count(distinct a.m) from (", "select count(distinct a.m) from member j join (")
                        .replace(") a where", ") a on a.m = j.id where j.created_at >= ? and"), start, start, end));
        assertThat(taking.getJsonNumber("returningMembers").longValue())
                .isEqualTo(taking.getJsonNumber("members").longValue() - taking.getJsonNumber("newMembers").longValue());
        assertThat(taking.getJsonNumber("votes").longValue()).isEqualTo(sql(FIGURES.get("votes"), start, end));
        assertThat(taking.getJsonNumber("ideas").longValue()).isEqualTo(sql(FIGURES.get("ideas"), start, end));
        assertThat(taking.getJsonNumber("contributions").longValue()).isEqualTo(sql(FIGURES.get("ideas"), start, end)
                + sql(FIGURES.get("threads"), start, end) + sql(FIGURES.get("posts"), start, end));
        JsonObject ideas = report.getJsonObject("ideas");
        assertThat(ideas.getJsonNumber("answered").longValue()).as("including the idea just answered").isPositive().isEqualTo(sql(
                "select count(*) from idea where first_response_at >= ? and first_response_at < ? and moderation_state = 'PUBLISHED'", start, end));
        for (String status : List.of("planned", "done")) {
            assertThat(ideas.getJsonNumber(status).longValue()).as(status).isEqualTo(sql("select count(distinct c.idea_id) from "
                    + "idea_status_change c join idea i on i.id = c.idea_id where c.changed_at >= ? and c.changed_at < ? and c.to_status = '"
                    + status.toUpperCase() + "' and i.moderation_state = 'PUBLISHED'", start, end));
        }
        assertThat(report.getJsonObject("responseTimes").getInt("answered")).isPositive();
        assertThat(report.getJsonArray("pilots").getValuesAs(JsonObject.class))
                .anySatisfy(p -> assertThat(p.getString("link")).isEqualTo("/idea.xhtml?id=" + idea));
        assertThat(report.getJsonArray("channels")).as("per channel and month (ChannelsIT checks the figures)").isNotNull();

        Api.Answer csv = analyst.get("api/v1/insights/impact-report/csv?from=" + from + "&to=" + today);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFsection,figure,value\r\n")
                .contains("participation,members," + taking.getJsonNumber("members").longValue() + "\r\n")
                .contains("ideas,answered," + ideas.getJsonNumber("answered").longValue() + "\r\n")
                .contains("\"'=Statiegeld voor café-flesjes, \"\"ëcht\"\" overal\",Analist")
                .contains("\"€ 10.000 minder, \"\"snel\"\"\nen ëerlijk\"")
                .contains("month,channel,visits,sign-ups,ideas,votes,posts\r\n");

        assertThat(field(analyst.get("api/v1/insights/impact-report?from=2026-09-01&to=2026-01-01"))).isEqualTo("from");
        assertThat(field(analyst.get("api/v1/insights/impact-report?from=2020-01-01&to=2026-01-01"))).isEqualTo("to");
        assertThat(field(analyst.get("api/v1/insights/impact-report?from=gisteren"))).isEqualTo("from");
        assertThat(field(analyst.get("api/v1/insights/impact-report/csv?to=2026-02-30"))).isEqualTo("to");
        JsonObject quarter = analyst.get("api/v1/insights/impact-report").ok();
        assertThat(LocalDate.parse(quarter.getString("from")).plusMonths(3).minusDays(1)).as("the last full quarter")
                .isEqualTo(LocalDate.parse(quarter.getString("to")));
        assertThat(new Api(base).get("api/v1/insights/impact-report").problem(401)).isNotNull();
        assertThat(member.get("api/v1/insights/impact-report/csv").problem(403)).isNotNull();
    }

    @Test
    void theImpactReportPagePrintsWithoutTheSiteAround() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonObject report = analyst().get("api/v1/insights/impact-report?from=" + today.minusDays(89) + "&to=" + today).ok();
        ChromeDriver driver = browser.freshVisit();
        logIn(driver, "analyst@kring.demo");
        driver.get(base + "impact-report.xhtml?from=2026-09-01&to=2026-01-01");
        waitFor(driver, By.id("from-error"));
        assertThat(Browser.attribute(driver, By.id("from"), "aria-invalid")).isEqualTo("true");

        driver.get(base + "impact-report.xhtml?from=" + today.minusDays(89) + "&to=" + today);
        waitFor(driver, By.id("participation"));
        assertThat(driver.findElement(By.cssSelector("#votes td")).getText().replace(".", ""))
                .isEqualTo(String.valueOf(report.getJsonObject("participation").getJsonNumber("votes").longValue()));
        assertThat(driver.findElement(By.id("channels")).getText()).contains("Waar leden vandaan kwamen");
        browser.checkAtBothWidths("impact-report");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.cssSelector("nav.kring-nav")).isDisplayed()).as("the menu is not printed").isFalse();
            assertThat(driver.findElement(By.id("print")).isDisplayed()).as("nor the buttons").isFalse();
            assertThat(driver.findElement(By.id("participation")).isDisplayed()).isTrue();
            assertThat(driver.executeScript("return getComputedStyle(document.getElementById('ideas')).breakBefore;"))
                    .as("each section on a page of its own").isEqualTo("page");
            browser.screenshot("impact-report-print");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void riceReachCountsVotersAndFollowersOnceWithItsExplanation() throws Exception {
        Community community = new Community(new Api(base));
        Api author = community.newMember("Bereik Auteur");
        long idea = postIdea(author, "Herbruikbare groentezakjes bij de kassa");
        for (int i = 0; i < 2; i++) {
            assertThat(community.newMember("Bereik Stemmer").put("api/v1/ideas/" + idea + "/vote").status()).isIn(200, 204);
        }
        assertThat(community.newMember("Bereik Volger").put("api/v1/follows/idea/" + idea).status()).isIn(200, 204);
        Api analyst = analyst();
        JsonObject placed = analyst.putJson("api/v1/insights/matrix/idea/" + idea,
                "{\"valueMode\": \"RICE\", \"impact\": 2, \"confidence\": 50, \"effort\": 1}").ok();
        long voters = sql("select count(*) from vote where idea_id = " + idea);
        long reach = sql("select count(distinct m) from (select member_id m from vote where idea_id = " + idea
                + " union select member_id from follow where target_type = 'IDEA' and target_id = " + idea + ") a");
        assertThat(voters).as("the author's vote and two more").isEqualTo(3);
        assertThat(placed.getJsonNumber("reach").longValue()).as("voters and the follower, each once").isEqualTo(reach).isEqualTo(4);
        assertThat(placed.getJsonNumber("reachVoters").longValue()).isEqualTo(3);
        assertThat(placed.getJsonNumber("reachFollowers").longValue()).isEqualTo(1);
        assertThat(placed.getString("reachExplanation")).startsWith("4 members: 3 voted, 0 reacted without voting, 1 only follow; ");
        assertThat(placed.getJsonNumber("rice").doubleValue()).as("reach × impact × confidence").isEqualTo(4 * 2 * 0.5);
        // off the shared matrix again: other tests read its midpoint and its highest RICE
        assertThat(analyst.delete("api/v1/insights/matrix/idea/" + idea).status()).isEqualTo(204);
    }

    @Test
    void theInternalDigestReachesASubscribedAnalystAndNeverAMember() throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("KRING_SMTP_PORT", "0"));
        assertThat(port).as("bin/test points Kring at the test's SMTP server (KRING_SMTP_PORT)").isPositive();
        Api analyst = analyst();
        Api member = new Community(new Api(base)).newMember("Geen Teamlid");
        long memberId = member.get("api/v1/members/me").json().asJsonObject().getJsonNumber("id").longValue();
        String insight = "Gedeeld inzicht over navulbare potten " + System.nanoTime();
        assertThat(analyst.postJson("api/v1/insights", Json.createObjectBuilder().add("title", insight)
                .add("statement", "Klanten willen navullen.").add("state", "SHARED").build().toString()).status()).isEqualTo(201);
        assertThat(new Api(base).get("api/v1/members/me/staff-digest").problem(401)).isNotNull();
        assertThat(member.put("api/v1/members/me/staff-digest").problem(403)).isNotNull();
        assertThat(analyst.delete("api/v1/members/me/staff-digest").ok().getBoolean("subscribed")).isFalse();
        assertThat(analyst.get("api/v1/members/me/staff-digest").ok().getBoolean("subscribed")).as("off by default").isFalse();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Instant subscribed = Instant.now();
            assertThat(analyst.put("api/v1/members/me/staff-digest").ok().getBoolean("subscribed")).isTrue();
            // A member who was staff when subscribing (the API refuses members): the job checks the role again.
            execute("insert into notification_digest (member_id, period, through_id, made_at) values (" + memberId
                    + ", 'STAFF', 0, now() - interval '1 day')");
            Api.Answer run = admin().post("api/v1/admin/digests/run?period=staff", "application/json", "");
            assertThat(run.status()).as(run.body()).isEqualTo(200);
            assertThat(run.json().asJsonObject().getInt("digests")).isPositive();

            MimeMessage mail = awaitMail(smtp, "analyst@kring.demo", "Je interne weekoverzicht: wat de community deze week zei");
            String text = ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent().toString();
            assertThat(text).contains("Opkomende thema\u2019s").contains("Nieuwe gedeelde inzichten").contains("* " + insight)
                    .contains("Idee\u00ebn van de week met de meeste stemmen").contains("Idee\u00ebn die nog op een antwoord wachten")
                    .contains("/dashboard.xhtml");
            assertThat(mail.getHeader("List-Unsubscribe")).as("ended on the preferences page, logged in").isNull();
            assertThat(sql("select count(*) from mail_outbox where kind = 'STAFF_DIGEST' and member_id = " + memberId))
                    .as("never to a member").isZero();
            assertThat(sql("select count(*) from notification_digest where period = 'STAFF' and member_id = " + memberId))
                    .as("their subscription ended").isZero();
            assertThat(sql("select count(*) from mail_outbox m join member a on a.id = m.member_id where a.email = "
                    + "'analyst@kring.demo' and m.kind = 'STAFF_DIGEST' and m.created_at >= ?", subscribed)).as("one mail").isEqualTo(1);
        } finally {
            analyst.delete("api/v1/members/me/staff-digest");
            smtp.stop();
        }
    }

    private static MimeMessage awaitMail(GreenMail smtp, String address, String subject) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().contains(address) && subject.equals(m.getSubject())) {
                    return m;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No mail \"" + subject + "\" to " + address + " within 90 s");
    }

    private Api admin() {
        return new Api(base).withBearer(new Community(new Api(base)).token("admin@kring.demo", "kring-demo"));
    }

    private static void execute(String statement) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement update = db.prepareStatement(statement)) {
            update.executeUpdate();
        }
    }

    private static long postIdea(Api member, String title) {
        Api.Answer posted = member.postJson("api/v1/ideas", Json.createObjectBuilder().add("topic", "verpakking").add("title", title)
                .add("body", "Minder afval, meer hergebruik.").add("language", "nl").build().toString());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static String field(Api.Answer answer) {
        return answer.problem(400).getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private void logIn(ChromeDriver driver, String email) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys("kring-demo");
        driver.findElement(By.id("login:submit")).click();
        waitFor(driver, By.cssSelector(".kring-me"));
    }


    private Api analyst() {
        return new Api(base).withBearer(new Community(new Api(base)).token("analyst@kring.demo", "kring-demo"));
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
