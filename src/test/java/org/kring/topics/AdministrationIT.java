package org.kring.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.testing.Browser.textOnceShown;
import static org.kring.testing.Browser.waitFor;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Administration of topics, challenges and roles (issue 16, item 6) through the API: what an admin creates appears on
 * the public API, bad input is refused naming the field, archiving hides a topic from new content but keeps its ideas
 * readable (on the pages in Chromium too: created through the admin pages, refused input said next to its field,
 * screenshots at desktop and phone width), a new role counts on the member's next request with the token they already had, the last admin keeps the
 * role, and every change is in the admin audit log. The server may be shared: every test makes its own topics and
 * members (slugs with a unique suffix) and compares with what it made, never with totals.
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class AdministrationIT {

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

    private Api admin() {
        return anonymous().withBearer(new Community(anonymous()).token("admin@kring.demo", DEMO_PASSWORD));
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    private static String topicJson(String slug, String nameNl, String nameEn, Integer position) {
        var json = Json.createObjectBuilder().add("slug", slug).add("nameNl", nameNl).add("nameEn", nameEn)
                .add("descriptionNl", "Alles over " + nameNl).add("descriptionEn", "All about " + nameEn);
        if (position != null) {
            json.add("position", position);
        }
        return json.build().toString();
    }

    private JsonObject createTopic(Api admin, String slug) {
        Api.Answer created = admin.postJson("api/v1/admin/topics", topicJson(slug, "Onderwerp " + slug, "Topic " + slug, null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().asJsonObject();
    }

    private static String challengeJson(String topic, String slug, Instant opens, Instant closes) {
        return Json.createObjectBuilder().add("topic", topic).add("slug", slug).add("titleNl", "Uitdaging " + slug)
                .add("titleEn", "Challenge " + slug).add("descriptionNl", "Wat kan beter?").add("descriptionEn", "What can be better?")
                .add("coverText", "Denk mee!").add("opensAt", opens.toString()).add("closesAt", closes.toString()).build().toString();
    }

    private static List<String> slugs(Api.Answer list) {
        return list.json().asJsonArray().getValuesAs(JsonObject.class).stream().map(t -> t.getString("slug")).toList();
    }

    private static void assertRefused(Api.Answer answer, int status, String field) {
        JsonObject problem = answer.problem(status);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class)).as(problem.toString())
                .anySatisfy(error -> assertThat(error.getString("field")).isEqualTo(field));
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private List<JsonObject> audit(String type, long target) {
        Api.Answer log = admin().get("api/v1/admin/audit?targetType=" + type + "&targetId=" + target);
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        return log.json().asJsonObject().getJsonArray("actions").getValuesAs(JsonObject.class);
    }

    @Test
    void anAdminCreatesRenamesReordersAndArchivesATopicAndEveryStepIsAudited() {
        Api admin = admin();
        String slug = unique("t");
        JsonObject topic = createTopic(admin, slug);
        assertThat(topic.getString("nameEn")).isEqualTo("Topic " + slug);
        assertThat(slugs(anonymous().get("api/v1/topics"))).contains(slug);

        Api.Answer moved = admin.putJson("api/v1/admin/topics/" + id(topic), topicJson(slug, "Eerste", "First", 1));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(slugs(anonymous().get("api/v1/topics")).getFirst()).isEqualTo(slug);
        assertThat(anonymous().get("api/v1/topics").json().asJsonArray().getJsonObject(0).getString("nameNl")).isEqualTo("Eerste");

        // a member's idea in the topic, then the topic is archived: gone from the list and from new ideas, the idea stays
        Api author = new Community(anonymous()).newMember("Archief Lid");
        String idea = Json.createObjectBuilder().add("title", "Een idee voor het archief").add("body", "Dit blijft leesbaar.")
                .add("topic", slug).add("language", "nl").add("tags", Json.createArrayBuilder()).build().toString();
        Api.Answer posted = author.postJson("api/v1/ideas", idea);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        long ideaId = id(posted.json().asJsonObject());

        Api.Answer archived = admin.postJson("api/v1/admin/topics/" + id(topic) + "/archive", "");
        assertThat(archived.status()).as(archived.body()).isEqualTo(200);
        assertThat(archived.json().asJsonObject().isNull("archivedAt")).isFalse();
        assertThat(slugs(anonymous().get("api/v1/topics"))).doesNotContain(slug);
        assertThat(admin.get("api/v1/admin/topics").json().asJsonObject().getJsonArray("topics").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("slug")).contains(slug);
        assertRefused(author.postJson("api/v1/ideas", idea), 400, "topic");
        assertThat(anonymous().get("api/v1/ideas/" + ideaId).status()).isEqualTo(200);
        assertThat(admin.delete("api/v1/admin/topics/" + id(topic)).problem(409).getString("detail")).contains("archive");

        assertThat(audit("TOPIC", id(topic))).extracting(a -> a.getString("action"))
                .containsExactly("TOPIC_ARCHIVED", "TOPIC_CHANGED", "TOPIC_CREATED");
        JsonObject change = audit("TOPIC", id(topic)).get(1);
        assertThat(change.getString("before")).contains("nameNl=Onderwerp " + slug);
        assertThat(change.getString("after")).contains("nameNl=Eerste", "position=1");

        Api.Answer back = admin.postJson("api/v1/admin/topics/" + id(topic) + "/unarchive", "");
        assertThat(back.json().asJsonObject().isNull("archivedAt")).isTrue();
        assertThat(slugs(anonymous().get("api/v1/topics"))).contains(slug);
    }

    @Test
    void topicsRefuseBadInputNamingTheFieldAndOnlyEmptyOnesCanBeDeleted() {
        Api admin = admin();
        String slug = unique("dup");
        JsonObject topic = createTopic(admin, slug);
        assertRefused(admin.postJson("api/v1/admin/topics", topicJson(slug, "Nog een", "Another", null)), 409, "slug");
        assertRefused(admin.postJson("api/v1/admin/topics", topicJson("Geen Slug!", "Naam", "Name", null)), 400, "slug");
        assertRefused(admin.postJson("api/v1/admin/topics", topicJson(unique("x"), "Naam", "", null)), 400, "nameEn");
        assertRefused(admin.postJson("api/v1/admin/topics", "{}"), 400, "nameNl");
        assertRefused(admin.putJson("api/v1/admin/topics/" + id(topic), topicJson("ander-" + slug, "Naam", "Name", null)), 400, "slug");

        Api.Answer deleted = admin.delete("api/v1/admin/topics/" + id(topic));
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(slugs(anonymous().get("api/v1/topics"))).doesNotContain(slug);
        assertThat(audit("TOPIC", id(topic))).extracting(a -> a.getString("action")).first().isEqualTo("TOPIC_DELETED");
    }

    @Test
    void anAdminRunsAChallengeFromCreationToItsOutcome() {
        Api admin = admin();
        String slug = unique("c");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertRefused(admin.postJson("api/v1/admin/challenges", challengeJson("verpakking", slug, now, now.minusSeconds(60))),
                400, "closesAt");
        assertRefused(admin.postJson("api/v1/admin/challenges", challengeJson("no-such-topic", slug, now, now.plusSeconds(60))),
                400, "topic");

        Api.Answer created = admin.postJson("api/v1/admin/challenges",
                challengeJson("verpakking", slug, now.minusSeconds(60), now.plus(30, ChronoUnit.DAYS)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = id(created.json().asJsonObject());
        assertRefused(admin.postJson("api/v1/admin/challenges",
                challengeJson("verpakking", slug, now, now.plusSeconds(60))), 409, "slug");
        JsonObject shown = anonymous().get("api/v1/challenges/" + slug).json().asJsonObject();
        assertThat(shown.getBoolean("open")).isTrue();
        assertThat(shown.getString("coverText")).isEqualTo("Denk mee!");

        assertRefused(admin.putJson("api/v1/admin/challenges/" + id,
                challengeJson("verpakking", slug, now, now.minusSeconds(1))), 400, "closesAt");
        Api.Answer closed = admin.postJson("api/v1/admin/challenges/" + id + "/close", "");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(anonymous().get("api/v1/challenges/" + slug).json().asJsonObject().getBoolean("open")).isFalse();

        assertRefused(admin.putJson("api/v1/admin/challenges/" + id + "/outcome", "{\"outcomeNl\": \"Gedaan\"}"), 400, "outcomeEn");
        Api.Answer outcome = admin.putJson("api/v1/admin/challenges/" + id + "/outcome",
                "{\"outcomeNl\": \"Navulbare bakjes vanaf maart.\", \"outcomeEn\": \"Refillable tubs from March.\"}");
        assertThat(outcome.status()).as(outcome.body()).isEqualTo(200);
        assertThat(anonymous().get("api/v1/challenges/" + slug).json().asJsonObject().getString("outcomeEn"))
                .isEqualTo("Refillable tubs from March.");
        assertThat(anonymous().get("topic.xhtml?slug=verpakking&challenge=" + slug).body()).as("the challenge's board")
                .contains("Denk mee!").containsAnyOf("Navulbare bakjes vanaf maart.", "Refillable tubs from March.");
        assertThat(audit("CHALLENGE", id)).extracting(a -> a.getString("action"))
                .containsExactly("CHALLENGE_OUTCOME", "CHALLENGE_CLOSED", "CHALLENGE_CREATED");
    }

    @Test
    void aNewRoleCountsOnTheMembersNextRequestWithTheTokenTheyHadAndIsAudited() {
        Api admin = admin();
        String name = "Roos " + unique("r");
        Api member = new Community(anonymous()).newMember(name);
        long memberId = id(member.get("api/v1/members/me").json().asJsonObject());
        assertThat(member.get("api/v1/moderation/queue").status()).isEqualTo(403);

        assertRefused(admin.putJson("api/v1/admin/members/" + memberId + "/role", "{\"role\": \"KING\"}"), 400, "role");
        Api.Answer promoted = admin.putJson("api/v1/admin/members/" + memberId + "/role", "{\"role\": \"MODERATOR\"}");
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(member.get("api/v1/moderation/queue").status()).isEqualTo(200);
        assertThat(admin.get("api/v1/admin/members?limit=100").json().asJsonObject().getJsonArray("members")
                .getValuesAs(JsonObject.class)).isNotEmpty();
        assertThat(admin.get("api/v1/admin/members?q=" + name.replace(" ", "%20") + "&limit=100").json().asJsonObject().getJsonArray("members")
                .getValuesAs(JsonObject.class)).anySatisfy(m -> {
                    assertThat(id(m)).isEqualTo(memberId);
                    assertThat(m.getString("role")).isEqualTo("MODERATOR");
                });

        admin.putJson("api/v1/admin/members/" + memberId + "/role", "{\"role\": \"MEMBER\"}");
        assertThat(member.get("api/v1/moderation/queue").status()).isEqualTo(403);
        long adminId = id(admin.get("api/v1/members/me").json().asJsonObject());
        assertThat(audit("MEMBER", memberId)).extracting(a -> a.getString("before") + "→" + a.getString("after") + " by "
                + a.getJsonNumber("adminId").longValue()).containsExactly("MODERATOR→MEMBER by " + adminId,
                "MEMBER→MODERATOR by " + adminId);
    }

    @Test
    void theLastAdminKeepsTheRole() throws Exception {
        Api admin = admin();
        long demoAdmin = id(admin.get("api/v1/members/me").json().asJsonObject());
        Api second = new Community(anonymous()).newMember("Pieter Bakker");
        long secondId = id(second.get("api/v1/members/me").json().asJsonObject());
        assertThat(admin.putJson("api/v1/admin/members/" + secondId + "/role", "{\"role\": \"ADMIN\"}").status()).isEqualTo(200);
        // two admins: one may step down
        Api.Answer stepDown = second.putJson("api/v1/admin/members/" + secondId + "/role", "{\"role\": \"MEMBER\"}");
        assertThat(stepDown.status()).as(stepDown.body()).isEqualTo(200);
        assertThat(second.get("api/v1/admin/topics").status()).isEqualTo(403);
        try (Connection db = TestDatabase.connect()) {
            // only when the demo admin is the last one (another test may have an admin of its own just now)
            if (admins(db) == 1) {
                assertRefused(admin.putJson("api/v1/admin/members/" + demoAdmin + "/role", "{\"role\": \"MODERATOR\"}"), 409, "role");
                assertThat(admins(db)).isEqualTo(1);
            }
        } finally {
            try (Connection db = TestDatabase.connect();
                 PreparedStatement restore = db.prepareStatement("update member set role = 'ADMIN' where id = ?")) {
                restore.setLong(1, demoAdmin); // whatever happened above, the other tests keep their admin
                restore.executeUpdate();
            }
        }
    }

    private static int admins(Connection db) throws Exception {
        try (PreparedStatement query = db.prepareStatement("select count(*) from member where role = 'ADMIN'");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void anAdminCreatesATopicAndAChallengeOnThePagesAndArchivingTakesTheTopicOffTheBoards() throws Exception {
        ChromeDriver driver = browser.freshVisit();
        driver.get(base + "admin-topics.xhtml");
        assertThat(driver.findElements(By.id("topic:slug"))).as("visitors get no form").isEmpty();
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys("admin@kring.demo");
        driver.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        waitFor(driver, By.cssSelector(".kring-me"));
        // The six staff pages sit in one header menu, opened here by keyboard (a native details element).
        WebElement team = driver.findElement(By.cssSelector("#team-menu summary"));
        assertThat(driver.findElement(By.id("nav-admin")).isDisplayed()).as("closed at first").isFalse();
        team.sendKeys(Keys.ENTER);
        assertThat(driver.findElements(By.cssSelector("#team-menu li a"))).extracting(WebElement::getText)
                .hasSize(6).contains("Webhooks", "Beheer").anyMatch(t -> t.matches("Moderatie \\(\\d+\\)"));
        browser.checkAtBothWidths("team-menu");
        driver.findElement(By.id("nav-admin")).click();
        waitFor(driver, By.id("topic:slug"));

        String slug = unique("pagina");
        fillTopic(driver, slug, "Pagina " + slug, "Page " + slug);
        waitFor(driver, By.cssSelector("[id$=':archive'][aria-label$='" + slug + "']"));
        assertThat(slugs(anonymous().get("api/v1/topics"))).contains(slug);
        fillTopic(driver, slug, "Nog eens", "Once more");
        assertThat(textOnceShown(driver, By.id("topic:slug-error"))).as("a taken slug, said next to the field").isNotBlank();
        assertThat(Browser.attribute(driver, By.id("topic:slug"), "aria-invalid")).isEqualTo("true");
        browser.checkAtBothWidths("admin-topics");

        driver.findElement(By.id("admin-challenges")).click();
        waitFor(driver, By.id("challenge:slug"));
        String challenge = unique("pagina-uitdaging");
        new Select(driver.findElement(By.id("challenge:topic"))).selectByValue(slug);
        type(driver, "challenge:slug", challenge);
        type(driver, "challenge:titleNl", "Uitdaging van de pagina");
        type(driver, "challenge:titleEn", "Challenge from the page");
        moment(driver, "challenge:opensAt", "2026-12-01T08:00");
        moment(driver, "challenge:closesAt", "2026-11-01T08:00");
        driver.findElement(By.id("challenge:save")).click();
        assertThat(textOnceShown(driver, By.id("challenge:closesAt-error"))).as("a period that ends before it starts")
                .isNotBlank();
        assertThat(anonymous().get("api/v1/challenges/" + challenge).status()).isEqualTo(404);
        moment(driver, "challenge:closesAt", "2027-01-31T18:00");
        driver.findElement(By.id("challenge:save")).click();
        waitFor(driver, By.cssSelector("[id$=':close'][aria-label$='" + challenge + "']"));
        JsonObject shown = anonymous().get("api/v1/challenges/" + challenge).json().asJsonObject();
        assertThat(shown.getString("topic")).isEqualTo(slug);
        assertThat(shown.getString("opensAt")).as("typed in Dutch time").isEqualTo("2026-12-01T07:00:00Z");
        browser.checkAtBothWidths("admin-challenges");

        driver.get(base + "index.xhtml");
        assertThat(driver.getPageSource()).contains("slug=" + slug);
        driver.get(base + "admin-topics.xhtml");
        driver.findElement(By.cssSelector("[id$=':archive'][aria-label$='" + slug + "']")).click();
        waitFor(driver, By.cssSelector("[id$=':unarchive'][aria-label$='" + slug + "']"));
        driver.get(base + "index.xhtml");
        assertThat(driver.getPageSource()).as("archived: off the boards").doesNotContain("slug=" + slug);
        assertThat(slugs(anonymous().get("api/v1/topics"))).doesNotContain(slug);
        assertThat(audit("TOPIC", topicId(slug))).extracting(a -> a.getString("action")).contains("TOPIC_CREATED", "TOPIC_ARCHIVED");

        driver.get(base + "admin-roles.xhtml");
        waitFor(driver, By.id("find"));
        assertThat(driver.findElement(By.cssSelector(".kring-admin-list")).getText()).contains("admin@kring.demo");
        browser.checkAtBothWidths("admin-roles");

        driver.findElement(By.id("admin-settings")).click();
        waitFor(driver, By.id("settings:brand-color"));
        type(driver, "settings:brand-color", "rood");
        driver.findElement(By.id("settings:save")).click();
        assertThat(textOnceShown(driver, By.id("settings:brand-color-error"))).as("a bad colour, said next to the field")
                .isNotBlank();
        browser.checkAtBothWidths("admin-settings");
    }

    @Test
    void storedSettingsOverrideTheEnvironmentAtOnceAndAnEmptyValueGoesBackToIt() {
        Api admin = admin();
        String name = "Buurtwinkel " + unique("it");
        try {
            assertRefused(admin.putJson("api/v1/admin/settings", "{\"settings\": {\"kring.brand.color\": \"red\"}}"), 400,
                    "kring.brand.color");
            assertRefused(admin.putJson("api/v1/admin/settings", "{\"settings\": {\"kring.rate-limit.edits-per-minute\": \"0\"}}"),
                    400, "kring.rate-limit.edits-per-minute");
            Api.Answer stored = admin.putJson("api/v1/admin/settings", Json.createObjectBuilder().add("settings",
                    Json.createObjectBuilder().add("kring.brand.name", name).add("kring.rate-limit.edits-per-minute", "1")).build().toString());
            assertThat(stored.status()).as(stored.body()).isEqualTo(200);
            assertThat(anonymous().get("index.xhtml").body()).as("the header, without a restart").contains(name);

            Api author = new Community(anonymous()).newMember("Snelle Schrijver");
            String idea = Json.createObjectBuilder().add("title", "Een idee om te bewerken").add("body", "Eerste versie.")
                    .add("topic", "verpakking").add("language", "nl").add("tags", Json.createArrayBuilder()).build().toString();
            long id = id(author.postJson("api/v1/ideas", idea).json().asJsonObject());
            assertThat(author.putJson("api/v1/ideas/" + id, idea.replace("Eerste versie.", "Tweede versie.")).status()).isEqualTo(200);
            assertThat(author.putJson("api/v1/ideas/" + id, idea.replace("Eerste versie.", "Derde versie.")).status())
                    .as("one edit a minute, as stored").isEqualTo(429);
            assertThat(audit("SETTING", 0)).extracting(a -> a.getString("after")).contains("kring.brand.name=" + name);
        } finally {
            Api.Answer reset = admin.putJson("api/v1/admin/settings",
                    "{\"settings\": {\"kring.brand.name\": \"\", \"kring.rate-limit.edits-per-minute\": \"\"}}");
            assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        }
        assertThat(anonymous().get("index.xhtml").body()).as("back to the environment's").doesNotContain(name);
    }

    private long topicId(String slug) {
        return admin().get("api/v1/admin/topics").json().asJsonObject().getJsonArray("topics").getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getString("slug").equals(slug)).findFirst().map(AdministrationIT::id).orElseThrow();
    }

    private static void fillTopic(WebDriver driver, String slug, String nameNl, String nameEn) {
        type(driver, "topic:slug", slug);
        type(driver, "topic:nameNl", nameNl);
        type(driver, "topic:nameEn", nameEn);
        type(driver, "topic:descriptionNl", "Gemaakt op de beheerpagina.");
        type(driver, "topic:descriptionEn", "Made on the admin page.");
        driver.findElement(By.id("topic:save")).click();
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A datetime-local field takes its value as the browser shows it, which depends on the locale: set it directly. */
    private static void moment(ChromeDriver driver, String id, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
    }

}
