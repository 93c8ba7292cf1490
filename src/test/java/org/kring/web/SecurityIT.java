package org.kring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.testing.Browser.textOnceShown;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Kring as an attacker meets it in a real browser (issue 15): another site's page cannot act with a logged-in
 * member's session, and script written into any text field never runs on any page that shows it.
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class SecurityIT {

    /** Each payload sets window.__pwned when it runs; EL in text must come out as typed. */
    private static final List<String> PAYLOADS = List.of(
            "<img src=x onerror=\"window.__pwned='img'\">",
            "\"><script>window.__pwned='script'</script>",
            "[klik](javascript:window.__pwned='link')",
            "<svg onload=\"window.__pwned='svg'\"></svg>",
            "#{7*7} ${7*7}");

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void anotherSitesFormsCannotActWithTheMembersSession() throws Exception {
        ChromeDriver driver = browser.freshVisit();
        logIn(driver);
        String title = "Vervalst idee " + System.nanoTime();
        String json = Json.createObjectBuilder().add("title", title).add("body", "Niet door mij geschreven.")
                .add("topic", "verpakking").add("language", "nl").build().toString();
        // The classic JSON CSRF: a text/plain form whose one field reads as JSON, posted to the API.
        String apiForm = "<form id=f method=post enctype=text/plain action='" + base + "api/v1/ideas'>"
                + "<input type=hidden name='" + json.substring(0, json.length() - 1).replace("'", "&#39;")
                + ",\"x\":\"' value='\"}'></form><script>document.getElementById('f').submit()</script>";
        // And the page's own form, filled in, without the page's view state.
        String pageForm = "<form id=f method=post action='" + base + "new-idea.xhtml'>"
                + "<input name=idea value=idea><input name='idea:title' value='" + title + "'>"
                + "<input name='idea:body' value='Niet door mij geschreven.'><input name='idea:topic' value='verpakking'>"
                + "<input name='idea:submit' value='x'></form><script>document.getElementById('f').submit()</script>";
        for (String attack : List.of(apiForm, pageForm)) {
            HttpServer evil = evilSite(attack);
            try {
                driver.get("http://127.0.0.1:" + evil.getAddress().getPort() + "/");
                new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().startsWith(base.toString()));
                new WebDriverWait(driver, Duration.ofSeconds(15))
                        .until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
                if (attack == apiForm) {
                    // Refused before anything is read: 415 for the form's text/plain (or 401: no token).
                    assertThat(driver.getPageSource()).as("the API's answer to the other site's form")
                            .containsPattern("\"status\":4(01|15)");
                }
            } finally {
                evil.stop(0);
            }
        }
        // Neither form acted as the member: the API takes no cookie, and the page form had no view state (and, from
        // another site, no session cookie either: SameSite=Lax).
        assertThat(ideasTitled(title)).as("ideas created by the other site's forms").isZero();
    }

    @Test
    void theSessionCookieSaysSameSiteOnceAndOnlyTheCspRulesFraming() throws Exception {
        String email = "koekje-" + System.nanoTime() + "@kring.test";
        Community community = new Community(new Api(base));
        community.signUp(email, "Koekje", "een lange zin als wachtwoord", "10.201.0.2");
        community.verify(email);
        Api.Answer login = new Api(base).post("test-web-login", "application/x-www-form-urlencoded",
                "email=" + email + "&password=een+lange+zin+als+wachtwoord");
        assertThat(login.body()).as(login.body()).startsWith("SUCCESS");
        List<String> session = login.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(session).as(login.raw().headers().map().toString()).hasSize(1);
        String cookie = session.get(0);
        assertThat(Pattern.compile("(?i)SameSite=Lax").matcher(cookie).results().count()).as(cookie).isOne();
        assertThat(cookie).containsIgnoringCase("HttpOnly")
                .as("kring.session.secure-cookie is off in the tests, served over plain HTTP").doesNotContainIgnoringCase("Secure");
        // Browsers obey frame-ancestors over X-Frame-Options, but a leftover SAMEORIGIN would contradict the widget's
        // allowed sites (and older browsers would obey it): the CSP alone decides who may frame what.
        for (String path : List.of("", "api/v1/topics", "widget?topic=verpakking")) {
            Api.Answer answer = new Api(base).get(path);
            assertThat(answer.raw().headers().allValues("X-Frame-Options")).as(path).isEmpty();
            assertThat(answer.header("Content-Security-Policy")).as(path).contains("frame-ancestors");
        }
    }

    @Test
    void scriptWrittenIntoTextFieldsNeverRuns() throws Exception {
        String word = "xssproef" + System.nanoTime() % 1_000_000;
        String text = word + " " + String.join(" ", PAYLOADS);
        Api author = new Community(new Api(base)).newMember("Lid <img src=x onerror=\"window.__pwned='name'\">");
        Api.Answer idea = author.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", word + " <b>titel</b> #{7*7}")
                .add("body", text).add("topic", "verpakking").add("language", "nl").build().toString());
        assertThat(idea.status()).as(idea.body()).isEqualTo(201);
        long ideaId = idea.json().asJsonObject().getJsonNumber("id").longValue();
        Api.Answer thread = author.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", "verpakking")
                .add("title", word + " draad <script>window.__pwned='thread'</script>").add("body", text).add("language", "nl")
                .build().toString());
        assertThat(thread.status()).as(thread.body()).isEqualTo(201);
        long threadId = thread.json().asJsonObject().getJsonNumber("id").longValue();

        ChromeDriver driver = browser.freshVisit();
        new Api(base).await("api/v1/search?q=" + word, p -> p.getJsonNumber("total").longValue() >= 2, Duration.ofSeconds(30));
        for (String page : List.of("idea.xhtml?id=" + ideaId, "thread.xhtml?id=" + threadId, "", "topic.xhtml?slug=verpakking",
                "search.xhtml?q=" + word)) {
            driver.get(base + page);
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
            assertThat(driver.executeScript("return window.__pwned")).as("a payload ran on " + page).isNull();
            assertThat(driver.getTitle()).as(page).doesNotContainIgnoringCase("error").doesNotContain("500");
        }
        driver.get(base + "idea.xhtml?id=" + ideaId);
        assertThat(driver.findElement(By.tagName("h1")).getText()).as("typed text shows as typed").contains("<b>titel</b> #{7*7}");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(word + " 49");
    }

    @Test
    void aMemberReadsTheirDataAndErasesTheirAccountOnTheProfilePage() throws Exception {
        String email = "wisser-" + System.nanoTime() + "@kring.test";
        Community community = new Community(new Api(base));
        community.signUp(email, "Wis Mij", "een lange zin als wachtwoord", "10.201.0.1");
        community.verify(email);
        ChromeDriver driver = browser.freshVisit();
        logIn(driver, email, "een lange zin als wachtwoord");
        driver.get(base + "profile.xhtml");
        browser.screenshot("profile-my-data");
        driver.findElement(By.id("my-data-html")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getPageSource().contains(email));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your data in Kring");

        driver.get(base + "profile.xhtml");
        driver.findElement(By.id("erase:password")).sendKeys("niet mijn wachtwoord");
        driver.findElement(By.id("erase:submit")).click();
        assertThat(textOnceShown(driver, By.id("erase:password-error"))).as("the reason next to the field")
                .containsAnyOf("current password", "huidige wachtwoord");
        Browser.waitFor(driver, By.id("erase:password")).sendKeys("een lange zin als wachtwoord");
        driver.findElement(By.id("erase:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("erased=true"));
        assertThat(driver.findElements(By.id("logout:logout"))).as("logged out").isEmpty();
        assertThat(new Api(base).postJson("api/v1/auth/token", Json.createObjectBuilder().add("email", email)
                .add("password", "een lange zin als wachtwoord").build().toString()).status()).isEqualTo(401);
    }

    /** bin/test trusts 127.0.0.1 as a proxy, so X-Forwarded-For plays a client elsewhere; it also sets KRING_METRICS_TOKEN. */
    @Test
    void operationalEndpointsAnswerOnlyTheMonitoring() {
        Api stranger = new Api(base).root().withHeader("X-Forwarded-For", "203.0.113.77");
        for (String path : List.of("metrics", "metrics/application", "openapi", "openapi/")) {
            assertThat(stranger.get(path).problem(403).getString("detail")).as(path).contains("KRING_METRICS_TOKEN");
        }
        Api.Answer health = stranger.get("health/ready");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().asJsonObject()).as("UP, without the checks' details")
                .isEqualTo(Json.createObjectBuilder().add("status", "UP").build());
        assertThat(stranger.get("health").body()).doesNotContain("elasticsearch", "outbox");

        String token = System.getenv("KRING_METRICS_TOKEN");
        assertThat(token).as("bin/test sets KRING_METRICS_TOKEN").isNotBlank();
        assertThat(stranger.withBearer("not-" + token).get("metrics").status()).isEqualTo(403);
        Api monitoring = stranger.withBearer(token);
        assertThat(monitoring.get("metrics").body()).contains("kring_search_outbox_backlog");
        assertThat(monitoring.withHeader("Accept", "application/json").get("openapi").body()).contains("/api/v1/ideas");
        assertThat(monitoring.get("health/ready").body()).contains("\"elasticsearch\"");
        // The monitoring on this machine needs neither.
        assertThat(new Api(base).root().get("metrics").status()).isEqualTo(200);
    }

    /** Lists paged by keyset once took page=N and now ignored it: an old client would read the first page forever. */
    @Test
    void oldClientsPagingByNumberAreToldToUseTheCursor() {
        Api anonymous = new Api(base);
        long thread = anonymous.get("api/v1/threads?limit=1").json().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        Map<String, String> pagedByKeyset = Map.of("api/v1/threads/" + thread + "/posts?page=2", "cursor",
                "api/v1/ideas?page=3&limit=5", "cursor", "api/v1/roadmap/planned?offset=20", "cursor");
        pagedByKeyset.forEach((path, next) -> {
            JsonObject problem = anonymous.get(path).problem(400);
            JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).as(path).isIn("page", "offset");
            assertThat(error.getString("reason")).as(path).contains("use " + next);
        });
        assertThat(anonymous.get("api/v1/threads/" + thread + "/posts?limit=5").status()).isEqualTo(200);
        assertThat(anonymous.get("api/v1/threads?page=2").status()).as("a list paged by number keeps its page").isEqualTo(200);
    }

    private void logIn(ChromeDriver driver) {
        logIn(driver, "member@kring.demo", "kring-demo");
    }

    private void logIn(ChromeDriver driver, String email, String password) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logout")));
    }

    /** A page on another origin (its own port) that does what the attacker wrote as soon as it opens. */
    private static HttpServer evilSite(String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] html = ("<!doctype html><html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static long ideasTitled(String title) throws Exception {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("select count(*) from idea where title = ?")) {
            query.setString(1, title);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
