package org.kring.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.testing.Browser.waitForText;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * Moderation as members meet it, on the real PostgreSQL, Elasticsearch, SMTP server (GreenMail) and Chromium: the
 * author is told (in the app and by e-mail) that their contribution was hidden and why, and sees the reason on it;
 * flaggers hear whether their flag was upheld, without the moderator's name; an undo does not spam. Sanctions: a
 * silenced member's every write is refused, a suspended member's token and session stop at once, a ban has no end,
 * and undo from the log lifts each.
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class ModerationMembersIT {

    private static final String DEMO_PASSWORD = "kring-demo";
    private static final String PASSWORD = "correct horse battery";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AtomicLong ADDRESSES = new AtomicLong(System.nanoTime() % 50_000);
    private static Browser browser;
    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api anonymous;
    private Community community;
    private Api moderator;

    @BeforeAll
    static void smtpServer() {
        int port = Integer.parseInt(System.getenv().getOrDefault("KRING_SMTP_PORT", "0"));
        assertThat(port).as("bin/test points Kring at the test's SMTP server (KRING_SMTP_PORT)").isPositive();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void logins() {
        anonymous = new Api(base);
        community = new Community(anonymous);
        moderator = anonymous.withBearer(community.token("moderator@kring.demo", DEMO_PASSWORD));
    }

    // ---- item 8: members told ----

    @Test
    void theAuthorIsToldWhyAModeratorHidItInTheAppByMailAndOnTheIdeaAndFlaggersHearItWasUpheld() throws Exception {
        String email = "verborgen-" + System.nanoTime() + "@kring.test";
        Api author = register(email, "Verborgen Auteur");
        String title = "Gratis proefpakket " + System.nanoTime() % 100_000;
        long idea = postIdea(author, title);
        Api first = community.newMember("Eerste Melder");
        Api second = community.newMember("Tweede Melder");
        long item = flag(first, "IDEA", idea);
        flag(second, "IDEA", idea);

        decide("HIDE", "Reclame voor een webwinkel", item);

        JsonObject told = awaitNotice(author, "HIDDEN", "/idea.xhtml?id=" + idea);
        assertThat(told.getString("subject")).isEqualTo(title);
        assertThat(told.getString("excerpt")).isEqualTo("Reclame voor een webwinkel");
        for (Api flagger : List.of(first, second)) {
            JsonObject outcome = awaitNotice(flagger, "FLAG_UPHELD", "/notifications.xhtml");
            assertThat(outcome.getString("subject")).isEqualTo(title);
            assertThat(outcome.toString()).as("the moderator is not named").doesNotContain("moderator").doesNotContain("Moderator");
        }
        assertThat(notices(moderator, "/idea.xhtml?id=" + idea))
                .as("the moderator is not told of their own decision").isEmpty();

        MimeMessage mail = awaitMail(email);
        assertThat(mail.getSubject()).isEqualTo("Een moderator heeft \u201e" + title + "\u201d verborgen");
        assertThat(GreenMailUtil.getBody(mail)).contains("Reclame voor een webwinkel").contains("Hallo Verborgen Auteur")
                .contains("omdat het om jouw bijdrage gaat");

        ChromeDriver driver = browser.freshVisit();
        login(driver, email, PASSWORD);
        driver.get(base + "idea.xhtml?id=" + idea);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("withheld-reason")));
        assertThat(driver.findElement(By.cssSelector(".kring-moderation-mark")).getText())
                .contains("Een moderator heeft je idee verborgen").contains("Reden: Reclame voor een webwinkel");
        assertThat(first.get("api/v1/ideas/" + idea).status()).as("still missing to everyone else").isEqualTo(404);
        browser.screenshot("own-hidden-idea");
    }

    @Test
    void flagsHideItAutomaticallyTheAuthorIsToldAndAnApprovalRejectsTheFlagsAndRestoresIt() {
        Api author = community.newMember("Auto Verborgen");
        String title = "Fietsenstalling bij de ingang " + System.nanoTime() % 100_000;
        long idea = postIdea(author, title);
        List<Api> flaggers = new ArrayList<>();
        long item = 0;
        for (int i = 0; i < 3; i++) {
            Api flagger = community.newMember("Melder " + i);
            flaggers.add(flagger);
            item = flag(flagger, "IDEA", idea);
        }
        assertThat(author.get("api/v1/ideas/" + idea).status()).as("three flags reach the default threshold").isEqualTo(404);
        JsonObject hidden = awaitNotice(author, "HIDDEN_BY_FLAGS", "/idea.xhtml?id=" + idea);
        assertThat(hidden.getString("subject")).isEqualTo(title);

        decide("APPROVE", null, item);

        assertThat(awaitNotice(author, "RESTORED", "/idea.xhtml?id=" + idea).getString("subject")).isEqualTo(title);
        for (Api flagger : flaggers) {
            assertThat(awaitNotice(flagger, "FLAG_REJECTED", "/idea.xhtml?id=" + idea).getString("subject")).isEqualTo(title);
        }
    }

    @Test
    void undoingAHideTellsTheAuthorItIsBackButNobodyIsToldTwice() throws Exception {
        Api author = community.newMember("Terug Auteur");
        long idea = postIdea(author, "Langer open op zaterdag " + System.nanoTime() % 100_000);
        Api flagger = community.newMember("Spijt Melder");
        long item = flag(flagger, "IDEA", idea);
        long hide = decide("HIDE", "Dubbel", item);
        awaitNotice(author, "HIDDEN", "/idea.xhtml?id=" + idea);
        awaitNotice(flagger, "FLAG_UPHELD", "/notifications.xhtml");

        Api.Answer undo = moderator.post("api/v1/moderation/log/" + hide + "/undo", "application/json", "");
        assertThat(undo.status()).as(undo.body()).isEqualTo(200);

        awaitNotice(author, "RESTORED", "/idea.xhtml?id=" + idea);
        Thread.sleep(2000); // the fan-out runs twice a second: a second notice would be there by now
        assertThat(notices(author, "/idea.xhtml?id=" + idea)).extracting(n -> n.getString("kind"))
                .containsExactlyInAnyOrder("HIDDEN", "RESTORED");
        assertThat(notices(flagger, "/notifications.xhtml")).as("the flagger's flag waits again; no second notice").hasSize(1);
    }


    // ---- item 5 (member part): sanctions ----

    @Test
    void aSilencedMemberReadsButEveryWriteIsRefusedSayingUntilWhenAndNothingIsStoredUntilTheUndo() throws Exception {
        Api other = community.newMember("Ander Lid");
        long idea = postIdea(other, "Statiegeld op blikjes " + System.nanoTime() % 100_000);
        long thread = other.get("api/v1/ideas/" + idea + "/thread").number("threadId");
        long post = other.postJson("api/v1/threads/" + thread + "/posts", body("Goed plan.")).number("id");
        int votesBefore = other.get("api/v1/ideas/" + idea).json().asJsonObject().getInt("voteCount");
        String email = "stil-" + System.nanoTime() + "@kring.test";
        Api silenced = register(email, "Stil Lid");
        long member = silenced.get("api/v1/members/me").number("id");

        String until = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS).toString();
        Api.Answer sanction = sanction(member, "SILENCE", "Herhaaldelijk beledigend", until);
        assertThat(sanction.status()).as(sanction.body()).isEqualTo(200);
        JsonObject logged = sanction.json().asJsonObject();
        assertThat(logged.getString("action")).isEqualTo("SILENCE");
        assertThat(logged.getString("stateBefore")).isEqualTo("NONE");
        assertThat(logged.getString("stateAfter")).isEqualTo(until);
        assertThat(logged.getString("reason")).isEqualTo("Herhaaldelijk beledigend");

        List<Api.Answer> writes = List.of(
                silenced.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", "Nog een idee van mij").add("body", "Tekst.")
                        .add("topic", "verpakking").add("language", "nl").add("tags", Json.createArrayBuilder()).build().toString()),
                silenced.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", "verpakking").add("title", "Mijn gesprek")
                        .add("body", "Tekst").add("language", "nl").build().toString()),
                silenced.postJson("api/v1/threads/" + thread + "/posts", body("Stille reactie")),
                silenced.put("api/v1/ideas/" + idea + "/vote"),
                silenced.put("api/v1/posts/" + post + "/like"),
                silenced.postJson("api/v1/flags", Json.createObjectBuilder().add("targetType", "IDEA").add("targetId", idea)
                        .add("reason", "SPAM").build().toString()));
        for (Api.Answer refused : writes) {
            assertThat(refused.problem(403).getString("detail")).contains("silenced until " + until);
        }
        assertThat(silenced.get("api/v1/ideas/" + idea).status()).as("reading goes on").isEqualTo(200);
        assertThat(other.get("api/v1/ideas/" + idea).json().asJsonObject().getInt("voteCount")).as("no vote stored")
                .isEqualTo(votesBefore);
        String posts = other.get("api/v1/threads/" + thread + "/posts").body();
        assertThat(posts).doesNotContain("Stille reactie").doesNotContain("Mijn gesprek");
        assertThat(posts.replace(" ", "")).as("no like stored").contains("\"likeCount\":0");
        assertThat(silenced.get("api/v1/flags/mine").json().asJsonArray()).as("no flag stored").isEmpty();
        assertThat(awaitNotice(silenced, "SILENCED", "/notifications.xhtml").getString("excerpt")).isEqualTo("Herhaaldelijk beledigend");
        ChromeDriver driver = browser.freshVisit();
        login(driver, email, PASSWORD);
        driver.get(base + "idea.xhtml?id=" + idea);
        assertThat(driver.findElement(By.id("silenced")).getText()).as("every page says until when")
                .contains("Een moderator heeft je tot").contains("op alleen lezen gezet");
        browser.screenshot("silenced-member");
        Axe.assertAccessible("idea page of a silenced member", driver);

        undo(logged.getJsonNumber("id").longValue());
        assertThat(silenced.put("api/v1/ideas/" + idea + "/vote").status()).as("the undo lifts it").isEqualTo(200);
    }

    @Test
    void aSuspendedMembersTokenAndSessionStopAtOnceTheLoginSaysUntilWhenAndABanHasNoEnd() throws Exception {
        String email = "geschorst-" + System.nanoTime() + "@kring.test";
        Api suspended = register(email, "Geschorst Lid");
        long member = suspended.get("api/v1/members/me").number("id");
        ChromeDriver driver = browser.freshVisit();
        login(driver, email, PASSWORD);

        Instant until = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES);
        Api.Answer sanction = sanction(member, "SUSPEND", "Spam in vijf gesprekken", until.toString());
        assertThat(sanction.status()).as(sanction.body()).isEqualTo(200);
        long suspension = sanction.json().asJsonObject().getJsonNumber("id").longValue();

        assertThat(suspended.get("api/v1/members/me").status()).as("the token stops at once").isEqualTo(401);
        assertThat(token(email).problem(403).getString("detail")).contains("suspended until " + until);
        driver.navigate().refresh();
        assertThat(driver.findElements(By.cssSelector(".kring-me"))).as("the web session stops at once").isEmpty();
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        waitForText(driver, By.id("main"), "geschorst tot");
        assertThat(driver.findElement(By.id("main")).getText()).contains("Dit account is geschorst tot")
                .contains(String.valueOf(until.atZone(ZoneId.of("Europe/Amsterdam")).getYear()));
        browser.screenshot("login-suspended");

        undo(suspension);
        assertThat(token(email).status()).as("the undo lifts it").isEqualTo(200);

        Api.Answer ban = sanction(member, "BAN", "Nepaccount", null);
        assertThat(ban.status()).as(ban.body()).isEqualTo(200);
        assertThat(ban.json().asJsonObject().getString("stateAfter")).isEqualTo("BANNED");
        assertThat(token(email).problem(403).getString("detail")).isEqualTo("This account is banned.");
        undo(ban.json().asJsonObject().getJsonNumber("id").longValue());
        Api back = anonymous.withBearer(community.token(email, PASSWORD));
        assertThat(back.get("api/v1/members/me").status()).isEqualTo(200);
        assertThat(awaitNotice(back, "SUSPENDED", "/notifications.xhtml").getString("excerpt")).isEqualTo("Spam in vijf gesprekken");
        assertThat(awaitNotice(back, "BANNED", "/notifications.xhtml").getString("excerpt")).isEqualTo("Nepaccount");
        String untilInMail = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(until);
        assertThat(awaitMail(email).getSubject()).isIn("Je account is geschorst tot " + untilInMail, "Je account is geblokkeerd");
    }

    @Test
    void aWarningTellsTheMemberTheModeratorsTextAndBadSanctionsAreRefusedNamingTheField() {
        Api warned = community.newMember("Gewaarschuwd Lid");
        long member = warned.get("api/v1/members/me").number("id");
        Api.Answer warning = sanction(member, "WARN", "Blijf bij het onderwerp, graag.", null);
        assertThat(warning.status()).as(warning.body()).isEqualTo(200);
        assertThat(awaitNotice(warned, "WARNED", "/notifications.xhtml").getString("excerpt")).isEqualTo("Blijf bij het onderwerp, graag.");

        assertField(sanction(member, "SILENCE", "Te laat", "2020-01-01T00:00:00Z"), 400, "until", "future");
        assertField(sanction(member, "SILENCE", "Geen eind", null), 400, "until", "when it ends");
        assertField(sanction(member, "SUSPEND", "Onzin", "morgen"), 400, "until", "when it ends");
        assertField(sanction(member, "BAN", "Met eind", "2099-01-01T00:00:00Z"), 400, "until", "ban does not end");
        assertField(sanction(member, "SILENCE", " ", Instant.now().plus(Duration.ofDays(1)).toString()), 400, "reason", "why");
        assertField(sanction(member, "SHOUT", "Wat", null), 400, "kind", "WARN");
        assertThat(sanction(999_999_999L, "WARN", "Wie?", null).problem(404)).isNotNull();
        long adminId = anonymous.withBearer(community.token("admin@kring.demo", DEMO_PASSWORD)).get("api/v1/members/me").number("id");
        assertThat(sanction(adminId, "BAN", "Nee", null).problem(403).getString("detail")).contains("admin");
        long moderatorId = moderator.get("api/v1/members/me").number("id");
        assertThat(sanction(moderatorId, "WARN", "Zelf", null).problem(403)).isNotNull();
        Api.Answer byMember = community.newMember("Gewoon Lid").postJson("api/v1/moderation/members/" + member + "/sanctions",
                sanctionBody("WARN", "Ik mag dit niet", null));
        assertThat(byMember.problem(403)).isNotNull();
        assertThat(anonymous.postJson("api/v1/moderation/members/" + member + "/sanctions", sanctionBody("WARN", "Anoniem", null))
                .problem(401)).isNotNull();
        assertThat(warned.put("api/v1/ideas/" + postIdea(community.newMember("Idee Lid"), "Een idee om op te stemmen") + "/vote")
                .status()).as("refusals changed nothing: still allowed to write").isEqualTo(200);
    }

    // ---- item 5: all content of this member as a selection ----

    @Test
    void allContentOfASpammerIsOneSelectionThatOneBulkHideTakesDown() {
        Api spammer = community.newMember("Spam Golf");
        long first = postIdea(spammer, "Goedkope horloges " + System.nanoTime() % 100_000);
        long second = postIdea(spammer, "Nog goedkopere horloges " + System.nanoTime() % 100_000);
        long thread = spammer.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", "verpakking")
                .add("title", "Horloges in de aanbieding").add("body", "Klik hier").add("language", "nl").build().toString()).number("id");
        Api other = community.newMember("Echt Lid");
        long otherIdea = postIdea(other, "Minder plastic om komkommers " + System.nanoTime() % 100_000);
        long otherThread = other.get("api/v1/ideas/" + otherIdea + "/thread").number("threadId");
        long spamPost = spammer.postJson("api/v1/threads/" + otherThread + "/posts", body("Koop horloges bij mij")).number("id");
        long keptPost = other.postJson("api/v1/threads/" + otherThread + "/posts", body("Goed idee, ik doe mee")).number("id");
        long member = spammer.get("api/v1/members/me").number("id");

        Api.Answer selected = moderator.post("api/v1/moderation/members/" + member + "/selection", "application/json", "");
        assertThat(selected.status()).as(selected.body()).isEqualTo(200);
        JsonObject selection = selected.json().asJsonObject();
        assertThat(selection.getBoolean("more")).isFalse();
        List<Long> items = selection.getJsonArray("itemIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList();
        List<JsonObject> queued = moderator.get("api/v1/moderation/queue?member=" + member + "&limit=100").json().asJsonObject()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(queued).extracting(i -> i.getJsonNumber("id").longValue()).containsExactlyInAnyOrderElementsOf(items);
        assertThat(queued).extracting(i -> i.getString("targetType") + " " + i.getJsonNumber("targetId").longValue())
                .contains("IDEA " + first, "IDEA " + second, "THREAD " + thread, "POST " + spamPost)
                .doesNotContain("IDEA " + otherIdea, "POST " + keptPost);

        var ids = Json.createArrayBuilder();
        items.forEach(ids::add);
        Api.Answer hidden = moderator.postJson("api/v1/moderation/actions", Json.createObjectBuilder().add("action", "HIDE")
                .add("itemIds", ids).add("reason", "Spam").build().toString());
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
        assertThat(hidden.json().asJsonArray()).hasSize(items.size());
        assertThat(other.get("api/v1/ideas/" + first).status()).isEqualTo(404);
        assertThat(other.get("api/v1/ideas/" + second).status()).isEqualTo(404);
        assertThat(other.get("api/v1/threads/" + thread).status()).isEqualTo(404);
        String posts = other.get("api/v1/threads/" + otherThread + "/posts").body();
        assertThat(posts).doesNotContain("Koop horloges").contains("Goed idee, ik doe mee");
        assertThat(other.get("api/v1/ideas/" + otherIdea).status()).as("the other member's idea stays").isEqualTo(200);
        assertThat(moderator.post("api/v1/moderation/members/999999999/selection", "application/json", "").problem(404)).isNotNull();
    }

    // ---- helpers ----

    private Api.Answer sanction(long member, String kind, String reason, String until) {
        return moderator.postJson("api/v1/moderation/members/" + member + "/sanctions", sanctionBody(kind, reason, until));
    }

    private static String sanctionBody(String kind, String reason, String until) {
        var body = Json.createObjectBuilder().add("kind", kind).add("reason", reason);
        if (until != null) {
            body.add("until", until);
        }
        return body.build().toString();
    }

    private void undo(long logEntry) {
        Api.Answer undo = moderator.post("api/v1/moderation/log/" + logEntry + "/undo", "application/json", "");
        assertThat(undo.status()).as(undo.body()).isEqualTo(200);
    }

    private Api.Answer token(String email) {
        return anonymous.postJson("api/v1/auth/token", Json.createObjectBuilder().add("email", email).add("password", PASSWORD)
                .build().toString());
    }

    private static void assertField(Api.Answer answer, int status, String field, String reasonPart) {
        JsonObject problem = answer.problem(status);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class)).as(problem.toString())
                .anySatisfy(e -> {
                    assertThat(e.getString("field")).isEqualTo(field);
                    assertThat(e.getString("reason")).contains(reasonPart);
                });
    }

    private static String body(String text) {
        return Json.createObjectBuilder().add("body", text).build().toString();
    }

    private Api register(String email, String name) {
        long n = ADDRESSES.incrementAndGet();
        community.signUp(email, name, PASSWORD, "10.77." + (n >> 8 & 0xff) + "." + (n & 0xff));
        community.verify(email);
        return anonymous.withBearer(community.token(email, PASSWORD));
    }

    private static long postIdea(Api author, String title) {
        Api.Answer answer = author.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title).add("body", "Tekst.")
                .add("topic", "verpakking").add("language", "nl").add("tags", Json.createArrayBuilder()).build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static long flag(Api flagger, String type, long id) {
        Api.Answer answer = flagger.postJson("api/v1/flags", Json.createObjectBuilder().add("targetType", type).add("targetId", id)
                .add("reason", "SPAM").build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("itemId").longValue();
    }

    /** A moderator's decision on one item; answers its log entry. */
    private long decide(String action, String reason, long item) {
        var body = Json.createObjectBuilder().add("action", action).add("itemIds", Json.createArrayBuilder().add(item));
        if (reason != null) {
            body.add("reason", reason);
        }
        Api.Answer answer = moderator.postJson("api/v1/moderation/actions", body.build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static List<JsonObject> notices(Api member, String link) {
        Api.Answer answer = member.get("api/v1/notifications?limit=100");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("link").equals(link)).toList();
    }

    private static JsonObject awaitNotice(Api member, String kind, String link) {
        member.await("api/v1/notifications?limit=100", page -> page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getString("kind").equals(kind) && n.getString("link").equals(link)), PATIENCE);
        List<JsonObject> found = notices(member, link).stream().filter(n -> n.getString("kind").equals(kind)).toList();
        assertThat(found).as("exactly one " + kind + " notice").hasSize(1);
        return found.get(0);
    }

    private static MimeMessage awaitMail(String address) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                // Notification mails only (they offer an unsubscribe); not the sign-up's verification mail.
                if (m.getAllRecipients()[0].toString().contains(address) && m.getHeader("List-Unsubscribe") != null) {
                    return m;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No mail to " + address + " within 90 s");
    }

    private void login(ChromeDriver driver, String email, String password) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("login:submit"))).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kring-me")));
    }
}
