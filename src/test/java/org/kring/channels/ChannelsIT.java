package org.kring.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.testing.Browser.textOnceShown;
import static org.kring.testing.Browser.waitFor;
import static org.kring.testing.Browser.waitForText;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Browser;
import org.kring.testing.Community;
import org.kring.testing.KringDeployment;
import org.kring.testing.TestDatabase;
import org.kring.testing.WithBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Channel attribution (issue 16, item 5): a visitor who lands through a newsletter link signs up, posts an idea, votes
 * and replies, and the dashboard and the impact report count each under "newsletter"; an admin's short link redirects
 * and counts; odd utm values never fail a page; who may manage short links. Counts are compared before and after
 * (the server and its database are shared with every other IT class). Also two leftovers of issues 14 and 16: the data
 * export holds a member's digest subscriptions (the staff digest's too) and erasure removes them; the webhook delivery
 * log forgets finished deliveries after the retention (old rows written first, checked last, so the pruning job's
 * once-a-minute round has the class's run time to come by).
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChannelsIT {

    private static final String PASSWORD = "correct horse battery";
    /** A switched-off hook of this test only, below any id Kring hands out; its deliveries' ids count down from it. */
    private static final long HOOK = -7_000;
    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void oldWebhookDeliveriesAreWrittenForThePruningCheck() throws Exception {
        execute("insert into webhook (id, url, events, secret, enabled, consecutive_failures, created_at, updated_at) values ("
                + HOOK + ", 'https://receiver.example/prune', ',idea.posted,', 'whsec_prune', false, 0, now(), now())");
        Object[][] rows = {{1, "DELIVERED", 40}, {2, "GAVE_UP", 40}, {3, "PENDING", 40}, {4, "DELIVERED", 2}};
        for (Object[] row : rows) {
            execute("insert into webhook_delivery (id, webhook_id, event_id, event, body, state, attempts, next_attempt_at, created_at) "
                    + "values (" + (HOOK - (int) row[0]) + ", " + HOOK + ", 1, 'idea.posted', '{}', '" + row[1] + "', 1, now(), now() - interval '"
                    + row[2] + " days')");
        }
        execute("insert into webhook_attempt (id, delivery_id, attempted_at, status_code, response_millis) values (" + HOOK + ", "
                + (HOOK - 1) + ", now(), 200, 5)");
    }

    @Test
    @Order(2)
    void aVisitFromTheNewsletterCountsItsSignUpIdeaVoteAndPostUnderNewsletter() throws Exception {
        Map<String, Long> before = counts("newsletter");
        Api author = community().newMember("Kanaal Auteur");
        long othersIdea = postIdea(author, "Herbruikbare tasjes bij de kassa " + System.nanoTime());

        ChromeDriver driver = browser.freshVisit();
        String email = "channel-" + System.nanoTime() + "@kring.test";
        // The visitor's own network, so that the sign-up limit per address is theirs (127.0.0.1 is a trusted proxy).
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For",
                "10.250." + (System.nanoTime() & 0xff) + ".7")));
        try {
            driver.get(base + "index.xhtml?utm_source=Newsletter&utm_campaign=november");
            driver.get(base + "topic.xhtml?slug=verpakking&utm_source=newsletter");
            driver.get(base + "register.xhtml");
            driver.findElement(By.id("register:email")).sendKeys(email);
            driver.findElement(By.id("register:displayName")).sendKeys("Nieuwsbrieflezer");
            driver.findElement(By.id("register:password")).sendKeys(PASSWORD);
            driver.findElement(By.id("register:submit")).click();
            waitForText(driver, By.id("register:messages"), "Kijk in je mail");
        } finally {
            driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        }
        community().verify(email);
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        waitForText(driver, By.cssSelector(".kring-me"), "Nieuwsbrieflezer");

        String title = "Statiegeld op flessen siroop " + Long.toString(System.nanoTime(), 36);
        driver.get(base + "new-idea.xhtml");
        new Select(driver.findElement(By.id("idea:topic"))).selectByValue("verpakking");
        driver.findElement(By.id("idea:title")).sendKeys(title);
        driver.findElement(By.id("idea:body")).sendKeys("Dan komen ze terug in de winkel.");
        driver.findElement(By.id("idea:submit")).click();
        waitForText(driver, By.tagName("h1"), title);

        driver.get(base + "idea.xhtml?id=" + othersIdea);
        driver.findElement(By.id("actions:voteButton")).click();
        waitForText(driver, By.id("vote-count"), "2");

        // The API counts only what a client names itself, request by request.
        Api reader = api().withBearer(community().token(email, PASSWORD));
        long thread = api().get("api/v1/ideas/" + othersIdea + "/thread").json().asJsonObject().getJsonNumber("threadId").longValue();
        Api.Answer reply = reader.withHeader("Kring-Channel", "Newsletter").postJson("api/v1/threads/" + thread + "/posts",
                Json.createObjectBuilder().add("body", "Goed idee, las ik in de nieuwsbrief.").build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reader.postJson("api/v1/threads/" + thread + "/posts",
                Json.createObjectBuilder().add("body", "Zonder kanaal.").build().toString()).status()).isEqualTo(201);

        Map<String, Long> after = counts("newsletter");
        assertThat(delta(before, after, "VISIT")).as("one visit: landing twice in a session is the same visit").isEqualTo(1);
        assertThat(delta(before, after, "SIGNUP")).isEqualTo(1);
        assertThat(delta(before, after, "IDEA")).isEqualTo(1);
        assertThat(delta(before, after, "VOTE")).as("the vote cast (an author's own vote comes with the idea)").isEqualTo(1);
        assertThat(delta(before, after, "POST")).as("the reply that named the channel").isEqualTo(1);

        String month = YearMonth.now(ZoneOffset.UTC).toString();
        JsonObject dashboard = analyst().get("api/v1/insights/dashboard").ok();
        JsonObject shown = newsletter(dashboard, month);
        assertThat(shown.getJsonNumber("visits").longValue()).isEqualTo(after.get("VISIT"));
        assertThat(shown.getJsonNumber("signUps").longValue()).isEqualTo(after.get("SIGNUP"));
        assertThat(shown.getJsonNumber("ideas").longValue()).isEqualTo(after.get("IDEA"));
        assertThat(shown.getJsonNumber("votes").longValue()).isEqualTo(after.get("VOTE"));
        assertThat(shown.getJsonNumber("posts").longValue()).isEqualTo(after.get("POST"));

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonObject report = analyst().get("api/v1/insights/impact-report?from=" + today + "&to=" + today).ok();
        assertThat(newsletter(report, month)).isEqualTo(shown);
        assertThat(analyst().get("api/v1/insights/impact-report/csv?from=" + today + "&to=" + today).body())
                .contains("month,channel,visits,sign-ups,ideas,votes,posts\r\n")
                .contains(month + ",newsletter," + after.get("VISIT") + "," + after.get("SIGNUP") + "," + after.get("IDEA") + ","
                        + after.get("VOTE") + "," + after.get("POST") + "\r\n");

        ChromeDriver staff = browser.freshVisit();
        logIn(staff, "analyst@kring.demo");
        staff.get(base + "impact-report.xhtml?from=" + today + "&to=" + today);
        By row = By.cssSelector("#channel-table tr[data-channel='newsletter'][data-month='" + month + "']");
        waitFor(staff, row);
        assertThat(staff.findElement(row).findElement(By.cssSelector(".sign-ups")).getText()).isEqualTo(
                String.valueOf(after.get("SIGNUP")));
        browser.checkAtBothWidths("impact-report-channels");
        staff.get(base + "dashboard.xhtml");
        waitFor(staff, row);
        browser.checkAtBothWidths("dashboard-channels");
    }

    @Test
    @Order(3)
    void anAdminsShortLinkRedirectsAndCountsItsChannel() throws Exception {
        Api admin = api().withBearer(community().token("admin@kring.demo", "kring-demo"));
        String code = "bon-" + Long.toString(System.nanoTime(), 36);
        Api.Answer made = admin.postJson("api/v1/admin/channel-links", Json.createObjectBuilder().add("code", code)
                .add("channel", "Receipt QR").add("target", "/topic.xhtml?slug=verpakking").build().toString());
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonObject link = made.json().asJsonObject();
        assertThat(link.getString("channel")).isEqualTo("receipt-qr");
        long id = link.getJsonNumber("id").longValue();
        assertThat(made.header("Location")).endsWith("/c/" + code);

        Map<String, Long> before = counts("receipt-qr");
        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> answer = visitor.send(HttpRequest.newBuilder(URI.create(base + "c/" + code)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/topic.xhtml?slug=verpakking");
        }
        HttpResponse<String> other = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(base + "c/" + code)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(302);
        assertThat(delta(before, counts("receipt-qr"), "VISIT")).as("two visitors; the first came twice").isEqualTo(2);
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "c/no-such-" + code)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);

        assertThat(admin.get("api/v1/admin/channel-links").json().asJsonObject().getJsonArray("links").getValuesAs(JsonObject.class))
                .anySatisfy(l -> assertThat(l.getString("code")).isEqualTo(code));
        assertThat(admin.postJson("api/v1/admin/channel-links", "{\"code\": \"Bad Code!\", \"channel\": \"x\"}").invalidField(400)).isEqualTo("code");
        assertThat(admin.postJson("api/v1/admin/channel-links", "{\"code\": \"ok\", \"channel\": \"  \"}").invalidField(400)).isEqualTo("channel");
        assertThat(admin.postJson("api/v1/admin/channel-links", "{\"code\": \"ok2\", \"channel\": \"x\", \"target\": "
                + "\"//evil.example/\"}").invalidField(400)).isEqualTo("target");
        assertThat(admin.postJson("api/v1/admin/channel-links", "{\"code\": \"" + code + "\", \"channel\": \"x\"}").invalidField(409))
                .isEqualTo("code");
        assertThat(community().newMember("Gewoon Lid").get("api/v1/admin/channel-links").problem(403)).isNotNull();
        assertThat(api().postJson("api/v1/admin/channel-links", "{}").problem(401)).isNotNull();

        assertThat(admin.delete("api/v1/admin/channel-links/" + id).status()).isEqualTo(204);
        assertThat(admin.delete("api/v1/admin/channel-links/" + id).problem(404)).isNotNull();
        List<String> audited = admin.get("api/v1/admin/audit?targetType=CHANNEL_LINK&targetId=" + id).json().asJsonObject()
                .getJsonArray("actions").getValuesAs(JsonObject.class).stream().map(a -> a.getString("action")).toList();
        assertThat(audited).containsExactly("CHANNEL_LINK_DELETED", "CHANNEL_LINK_CREATED");
    }

    @Test
    @Order(3)
    void anAdminMakesAShortLinkOnTheChannelsPage() throws Exception {
        ChromeDriver driver = browser.freshVisit();
        logIn(driver, "admin@kring.demo");
        browser.openTeamMenu();
        driver.findElement(By.id("nav-admin")).click();
        driver.findElement(By.id("admin-channels")).click();
        waitFor(driver, By.id("link:create"));
        driver.findElement(By.id("link:create")).click();
        textOnceShown(driver, By.id("link:code-error"));
        assertThat(Browser.attribute(driver, By.id("link:code"), "aria-invalid")).isEqualTo("true");
        String code = "site-" + Long.toString(System.nanoTime(), 36);
        driver.findElement(By.id("link:code")).sendKeys(code);
        driver.findElement(By.id("link:channel")).sendKeys("Web site");
        driver.findElement(By.id("link:create")).click();
        waitFor(driver, By.cssSelector("li[data-code='" + code + "']"));
        assertThat(driver.findElement(By.cssSelector("li[data-code='" + code + "']")).getText()).contains("web-site").contains("/c/" + code);
        browser.checkAtBothWidths("admin-channels");
    }

    @Test
    @Order(4)
    void oddUtmValuesNeverFailAPageAndStayShort() throws Exception {
        HttpClient visitor = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String longValue = "x".repeat(3000);
        for (String value : List.of(longValue, "%20%20", "", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%E2%82%AC%0A")) {
            HttpResponse<String> page = visitor.send(HttpRequest.newBuilder(URI.create(base + "index.xhtml?utm_source=" + value
                    + "&utm_medium=" + value)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(value).isEqualTo(200);
        }
        assertThat(sql("select count(*) from channel_count where length(channel) > 40 or channel like '%<%' or channel = ''")).isZero();
        assertThat(sql("select count(*) from channel_count where channel = '" + "x".repeat(40) + "' and kind = 'VISIT'")).isPositive();
        assertThat(sql("select count(*) from channel_count where channel = 'scriptalert1script/scriptalert1script'")).isPositive();
    }

    @Test
    @Order(5)
    void theDataExportHoldsDigestSubscriptionsAndErasureRemovesThem() throws Exception {
        Api moderator = api().withBearer(community().token("moderator@kring.demo", "kring-demo"));
        assertThat(moderator.put("api/v1/members/me/staff-digest").status()).isEqualTo(200);
        try {
            JsonObject notifications = moderator.get("api/v1/members/me/data").json().asJsonObject().getJsonObject("notifications");
            assertThat(notifications.getJsonArray("digests").getValuesAs(JsonObject.class))
                    .anySatisfy(d -> assertThat(d.getString("period")).isEqualTo("STAFF"));
        } finally {
            moderator.delete("api/v1/members/me/staff-digest");
        }

        String email = "digest-" + System.nanoTime() + "@kring.test";
        community().signUp(email, "Digestlezer", PASSWORD, "10.251." + (System.nanoTime() & 0xff) + ".9");
        community().verify(email);
        Api leaving = api().withBearer(community().token(email, PASSWORD));
        Api.Answer chosen = leaving.putJson("api/v1/members/me/notification-preferences", "{\"email\": {\"REPLIES\": \"DAILY\"}}");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        JsonObject notifications = leaving.get("api/v1/members/me/data").json().asJsonObject().getJsonObject("notifications");
        assertThat(notifications.getJsonArray("emailChoices").getValuesAs(JsonObject.class))
                .anySatisfy(c -> assertThat(c.getString("kind") + "=" + c.getString("delivery")).isEqualTo("REPLIES=DAILY"));
        assertThat(notifications.getJsonArray("digests").getValuesAs(JsonObject.class))
                .anySatisfy(d -> assertThat(d.getString("period")).isEqualTo("DAILY"));
        Api.Answer erased = leaving.postJson("api/v1/members/me/erasure", "{\"password\": \"" + PASSWORD + "\", \"deleteContent\": false}");
        assertThat(erased.status()).as(erased.body()).isEqualTo(204);
        assertThat(sql("select count(*) from member where email = '" + email + "'")).isZero();
    }

    @Test
    @Order(6)
    void finishedWebhookDeliveriesOlderThanTheRetentionAreRemoved() throws Exception {
        try {
            long deadline = System.currentTimeMillis() + 90_000;
            while (sql("select count(*) from webhook_delivery where id in (" + (HOOK - 1) + ", " + (HOOK - 2) + ")") > 0
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
            }
            assertThat(sql("select count(*) from webhook_delivery where id in (" + (HOOK - 1) + ", " + (HOOK - 2) + ")"))
                    .as("delivered and given up, 40 days old: gone").isZero();
            assertThat(sql("select count(*) from webhook_attempt where id = " + HOOK)).as("with their attempts").isZero();
            assertThat(sql("select count(*) from webhook_delivery where id in (" + (HOOK - 3) + ", " + (HOOK - 4) + ")"))
                    .as("still waiting, or within the 30 days: kept").isEqualTo(2);
        } finally {
            execute("delete from webhook where id = " + HOOK);
        }
    }

    private static void execute(String statement) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement update = db.prepareStatement(statement)) {
            update.executeUpdate();
        }
    }

    private static JsonObject newsletter(JsonObject view, String month) {
        return view.getJsonArray("channels").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("channel").equals("newsletter") && c.getString("month").equals(month)).findFirst()
                .orElseThrow(() -> new AssertionError("no newsletter row in " + view.getJsonArray("channels")));
    }

    private static long delta(Map<String, Long> before, Map<String, Long> after, String kind) {
        return after.getOrDefault(kind, 0L) - before.getOrDefault(kind, 0L);
    }

    /** This month's counters of a channel, by kind. */
    private static Map<String, Long> counts(String channel) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "select kind, total from channel_count where channel = ? and month = ?")) {
            query.setString(1, channel);
            query.setObject(2, YearMonth.now(ZoneOffset.UTC).atDay(1));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    private static long sql(String query) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement statement = db.prepareStatement(query);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long postIdea(Api member, String title) {
        Api.Answer posted = member.postJson("api/v1/ideas", Json.createObjectBuilder().add("topic", "verpakking").add("title", title)
                .add("body", "Minder plastic aan de kassa.").add("language", "nl").build().toString());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private void logIn(ChromeDriver driver, String email) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys("kring-demo");
        driver.findElement(By.id("login:submit")).click();
        waitFor(driver, By.cssSelector(".kring-me"));
    }



    private Api api() {
        return new Api(base);
    }

    private Community community() {
        return new Community(api());
    }

    private Api analyst() {
        return api().withBearer(community().token("analyst@kring.demo", "kring-demo"));
    }
}
