package org.kring.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kring.testing.Browser.waitForText;

import jakarta.json.Json;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Axe;
import org.kring.testing.Browser;
import org.kring.testing.Community;
import org.kring.testing.KringDeployment;
import org.kring.testing.TestDatabase;
import org.kring.testing.WithBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The team closes the loop: status workflow and official answers through the API and the idea page, and the
 * notifications and e-mails they send to the idea's author, voters and followers (a real SMTP server: GreenMail).
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class ResponsesIT {

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

    private Api newMember(String name) {
        return new Community(anonymous()).newMember(name + " " + System.nanoTime() % 10_000);
    }

    private static long postIdea(Api author, String title) {
        Api.Answer answer = author.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title)
                .add("body", "Graag, want het scheelt **veel** afval.").add("topic", "verpakking").add("language", "nl")
                .add("tags", Json.createArrayBuilder()).build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static String status(String status, String message, String answer) {
        var json = Json.createObjectBuilder().add("status", status);
        if (message != null) {
            json.add("message", message);
        }
        if (answer != null) {
            json.add("answer", answer);
        }
        return json.build().toString();
    }

    private static void assertFieldProblem(Api.Answer answer, int status, String field, String reasonPart) {
        JsonObject problem = answer.problem(status);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("field")).isEqualTo(field);
                    assertThat(e.getString("reason")).contains(reasonPart);
                });
    }

    @Test
    void onlyTheTeamChangesStatusesOrAnswers() {
        long idea = postIdea(newMember("Auteur"), "Hervulbare zeeppompjes in de winkel");
        String planned = status("UNDER_REVIEW", null, null);
        anonymous().putJson("api/v1/ideas/" + idea + "/status", planned).problem(401);
        anonymous().putJson("api/v1/ideas/" + idea + "/answer", "{\"body\":\"Ja\"}").problem(401);
        newMember("Lid").putJson("api/v1/ideas/" + idea + "/status", planned).problem(403);
        newMember("Lid").putJson("api/v1/ideas/" + idea + "/answer", "{\"body\":\"Ja\"}").problem(403);
        demo("moderator").putJson("api/v1/ideas/" + idea + "/status", planned)
                .problem(403); // moderators only when KRING_RESPONSES_MODERATORS_RESPOND is true
        assertThat(anonymous().get("api/v1/ideas/" + idea).json().asJsonObject().getString("status")).isEqualTo("NEW");
        assertThat(demo("admin").putJson("api/v1/ideas/" + idea + "/status", planned).status()).isEqualTo(200);
        demo("analyst").putJson("api/v1/ideas/999999999/status", status("DECLINED", null, null)).problem(404);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        long idea = postIdea(newMember("Auteur"), "Papieren zakjes bij de groente");
        Api analyst = demo("analyst");
        String path = "api/v1/ideas/" + idea + "/status";
        assertFieldProblem(analyst.putJson(path, status("DONE", null, null)), 409, "status", "UNDER_REVIEW, DECLINED");
        assertFieldProblem(analyst.putJson(path, status("SHIPPED", null, null)), 400, "status", "must be one of");
        assertFieldProblem(analyst.putJson(path, "{}"), 400, "status", "must not be empty");
        analyst.putJson(path, "{\"status\":").problem(400);
        assertFieldProblem(analyst.putJson(path, status("UNDER_REVIEW", "x".repeat(2001), null)), 400, "message", "at most 2000");
        assertFieldProblem(analyst.putJson(path, status("UNDER_REVIEW", null, "y".repeat(10_001))), 400, "answer", "at most 10000");
        String answerPath = "api/v1/ideas/" + idea + "/answer";
        assertFieldProblem(analyst.putJson(answerPath, "{\"body\":\"   \"}"), 400, "answer", "must not be empty");
        assertFieldProblem(analyst.putJson(answerPath, "{\"body\":\"Ja\",\"language\":\"de\"}"), 400, "language", "nl or en");
        assertThat(anonymous().get("api/v1/ideas/" + idea + "/status").json().asJsonObject().getJsonArray("history"))
                .as("nothing refused was kept").isEmpty();
        anonymous().get(answerPath).problem(404);
    }

    @Test
    void anAnswerAndAStatusChangeInOneActionAreKeptAndShownWithTheirHistory() {
        long idea = postIdea(newMember("Auteur"), "Statiegeld op kleine flesjes");
        Api analyst = demo("analyst");
        Api.Answer reviewed = analyst.putJson("api/v1/ideas/" + idea + "/status", status("under_review", " We kijken ernaar. ", null));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(reviewed.json().asJsonObject().getJsonObject("step").getString("message")).isEqualTo("We kijken ernaar.");

        Api.Answer planned = analyst.putJson("api/v1/ideas/" + idea + "/status",
                status("PLANNED", null, "We testen dit **in maart**. <script>alert(1)</script>"));
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        JsonObject answer = planned.json().asJsonObject().getJsonObject("answer");
        assertThat(answer.getString("bodyHtml")).contains("<strong>in maart</strong>").doesNotContain("<script");
        assertThat(answer.getBoolean("team")).isTrue();
        assertThat(planned.json().asJsonObject().getJsonObject("status").getString("labelNl")).isEqualTo("Gepland");

        JsonObject status = anonymous().get("api/v1/ideas/" + idea + "/status").json().asJsonObject();
        assertThat(status.getJsonObject("status").getString("name")).isEqualTo("PLANNED");
        assertThat(status.getJsonArray("next").getValuesAs(JsonObject.class)).extracting(s -> s.getString("name"))
                .containsExactly("IN_PROGRESS", "DECLINED");
        assertThat(status.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("from") + ">" + s.getString("to"))
                .containsExactly("NEW>UNDER_REVIEW", "UNDER_REVIEW>PLANNED");
        assertThat(anonymous().get("api/v1/ideas/" + idea).json().asJsonObject().getString("status")).isEqualTo("PLANNED");

        Api.Answer edited = demo("admin").putJson("api/v1/ideas/" + idea + "/answer", "{\"body\":\"We testen dit in april.\"}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        JsonObject now = anonymous().get("api/v1/ideas/" + idea + "/answer").json().asJsonObject();
        assertThat(now.getString("bodyHtml")).isEqualTo("<p>We testen dit in april.</p>");
        assertThat(now.getBoolean("edited")).isTrue();
        List<JsonObject> revisions = anonymous().get("api/v1/ideas/" + idea + "/answer/revisions").json().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(revisions).extracting(r -> r.getString("body")).containsExactly("We testen dit **in maart**. <script>alert(1)</script>");
        assertThat(anonymous().get("api/v1/statuses").json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(st -> st.getString("name"))
                .containsExactly("NEW", "UNDER_REVIEW", "PLANNED", "IN_PROGRESS", "DONE", "DECLINED", "DUPLICATE");
    }

    @Test
    void theTeamAnswersOnTheIdeaPageAndMembersSeeItPinnedWithItsHistory() throws Exception {
        long idea = postIdea(newMember("Auteur"), "Een waterkraan bij de ingang");
        ChromeDriver driver = browser.freshVisit();
        login(driver, "analyst@kring.demo", DEMO_PASSWORD);
        driver.get(base + "idea.xhtml?id=" + idea);
        new Select(driver.findElement(By.id("respond:status"))).selectByValue("DECLINED");
        driver.findElement(By.id("respond:answer")).sendKeys("x".repeat(10_001));
        click(driver, By.id("respond:submit"));
        waitForText(driver, By.id("respond:answer-error"), "hoogstens 10.000");
        driver.findElement(By.id("respond:answer")).clear();
        new Select(driver.findElement(By.id("respond:status"))).selectByValue("UNDER_REVIEW");
        driver.findElement(By.id("respond:message")).sendKeys("Goede vraag, we zoeken het uit.");
        driver.findElement(By.id("respond:answer")).sendKeys("Bedankt! We **bekijken** waar een kraan kan.");
        click(driver, By.id("respond:submit"));
        waitForText(driver, By.cssSelector(".kring-official-answer"), "bekijken");
        Axe.assertAccessible("idea page with the team's form", driver);

        driver = browser.freshVisit();
        driver.get(base + "idea.xhtml?id=" + idea);
        assertThat(driver.findElement(By.cssSelector(".kring-official-answer strong")).getText()).isEqualTo("bekijken");
        assertThat(driver.findElement(By.cssSelector(".kring-official-answer .kring-team-badge")).getText()).isEqualTo("Team");
        assertThat(driver.findElement(By.cssSelector(".kring-status-history")).getText())
                .contains("Wordt bekeken").contains("Goede vraag, we zoeken het uit.");
        assertThat(driver.findElement(By.cssSelector(".kring-card-meta .kring-status")).getText()).isEqualTo("Wordt bekeken");
        assertThat(driver.findElements(By.id("respond:submit"))).as("no team form for visitors").isEmpty();
        browser.screenshot("idea-answered-desktop");
        Axe.assertAccessible("idea page with an official answer", driver);
        driver.manage().window().setSize(Browser.PHONE);
        try {
            long overflow = (Long) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            browser.screenshot("idea-answered-phone");
            assertThat(overflow).as("horizontal scrolling on a 360 px phone").isLessThanOrEqualTo(0);
        } finally {
            driver.manage().window().setSize(Browser.DESKTOP);
        }
    }

    @Test
    void aStatusChangeWithAnAnswerTellsTheAuthorEachVoterAndFollowerExactlyOnce() throws Exception {
        Api author = newMember("Auteur");
        long idea = postIdea(author, "Navulverpakking voor wasmiddel");
        Api voter = newMember("Stemmer");
        Api voterWhoFollows = newMember("Volger en stemmer");
        Api follower = newMember("Volger");
        Api outsider = newMember("Buitenstaander");
        assertThat(voter.put("api/v1/ideas/" + idea + "/vote").status()).isEqualTo(200);
        assertThat(voterWhoFollows.put("api/v1/ideas/" + idea + "/vote").status()).isEqualTo(200);
        assertThat(voterWhoFollows.put("api/v1/follows/idea/" + idea).status()).isIn(200, 204);
        assertThat(follower.put("api/v1/follows/idea/" + idea).status()).isIn(200, 204);
        Api analyst = demo("analyst");
        int analystBefore = notificationsAbout(analyst, idea).size();

        Api.Answer planned = analyst.putJson("api/v1/ideas/" + idea + "/status",
                status("UNDER_REVIEW", "We kijken ernaar", "We **bekijken** of dit in alle winkels kan."));
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);

        for (Api told : List.of(author, voter, voterWhoFollows, follower)) {
            JsonObject page = told.await("api/v1/notifications", p -> !about(p, idea).isEmpty(), Duration.ofSeconds(30));
            List<JsonObject> mine = about(page, idea);
            assertThat(mine).hasSize(1);
            assertThat(mine.get(0).getString("kind")).isEqualTo("STATUS_CHANGED");
            assertThat(mine.get(0).getString("status")).isEqualTo("UNDER_REVIEW");
            assertThat(mine.get(0).getString("subject")).isEqualTo("Navulverpakking voor wasmiddel");
            assertThat(mine.get(0).getString("excerpt")).isEqualTo("We bekijken of dit in alle winkels kan.");
            assertThat(mine.get(0).getBoolean("read")).isFalse();
            assertThat(page.getInt("unread")).isGreaterThanOrEqualTo(1);
        }
        Thread.sleep(2000); // the fan-out had every chance to write a second one
        for (Api told : List.of(author, voter, voterWhoFollows, follower)) {
            assertThat(notificationsAbout(told, idea)).as("exactly one each").hasSize(1);
        }
        assertThat(notificationsAbout(outsider, idea)).as("not following, not voting: nothing").isEmpty();
        assertThat(notificationsAbout(analyst, idea)).as("not told of one's own action").hasSize(analystBefore);

        long id = notificationsAbout(voter, idea).get(0).getJsonNumber("id").longValue();
        int unread = voter.get("api/v1/notifications/unread").json().asJsonObject().getInt("unread");
        assertThat(voter.put("api/v1/notifications/" + id + "/read").json().asJsonObject().getInt("unread")).isEqualTo(unread - 1);
        assertThat(voter.put("api/v1/notifications/" + id + "/read").json().asJsonObject().getInt("unread"))
                .as("reading twice").isEqualTo(unread - 1);
        assertThat(notificationsAbout(voter, idea).get(0).getBoolean("read")).isTrue();
        follower.put("api/v1/notifications/" + id + "/read").problem(404);
        anonymous().get("api/v1/notifications").problem(401);
        assertFieldProblem(voter.get("api/v1/notifications?limit=0"), 400, "limit", "between 1 and 100");
        assertThat(author.put("api/v1/notifications/read").json().asJsonObject().getInt("unread")).isZero();

        Api.Answer edited = analyst.putJson("api/v1/ideas/" + idea + "/answer", "{\"body\":\"Nu in alle winkels.\"}");
        assertThat(edited.status()).isEqualTo(200);
        Thread.sleep(1500);
        assertThat(notificationsAbout(author, idea)).as("an edited answer tells nobody again").hasSize(1);
    }

    @Test
    void aStatusChangeReachesOverAThousandVotersPageByPageEachOnce() throws Exception {
        long idea = postIdea(newMember("Auteur"), "Korting op de tweede herbruikbare tas");
        int voters = 1_500;
        try (Connection db = TestDatabase.connect(); PreparedStatement member = db.prepareStatement(
                "insert into member (id, email, display_name, password_hash, role, created_at) "
                        + "values (nextval('member_seq'), ?, 'Stemmer', 'x', 'MEMBER', now()) returning id");
             PreparedStatement vote = db.prepareStatement("insert into vote (idea_id, member_id, created_at) values (?, ?, now())");
             // In-app only: their 1,500 mails would queue before the mail test's (which has its own members).
             PreparedStatement noMail = db.prepareStatement("insert into notification_preference (member_id, email, language, "
                     + "updated_at) values (?, 'OFF', 'nl', now())")) {
            long run = System.nanoTime();
            for (int i = 0; i < voters; i++) {
                member.setString(1, "fanout-" + run + "-" + i + "@kring.test");
                try (ResultSet id = member.executeQuery()) {
                    id.next();
                    vote.setLong(1, idea);
                    vote.setLong(2, id.getLong(1));
                    vote.addBatch();
                    noMail.setLong(1, id.getLong(1));
                    noMail.addBatch();
                }
            }
            vote.executeBatch();
            noMail.executeBatch();
            // The idea's counter as members' votes would have left it (Kring's counter check runs across every test).
            try (PreparedStatement counter = db.prepareStatement("update idea set vote_count = vote_count + ? where id = ?")) {
                counter.setInt(1, voters);
                counter.setLong(2, idea);
                counter.executeUpdate();
            }
        }
        long started = System.nanoTime();
        Api.Answer declined = demo("analyst").putJson("api/v1/ideas/" + idea + "/status", status("DECLINED", "Helaas", null));
        long requestMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        long deadline = System.currentTimeMillis() + 60_000;
        long told = 0;
        long distinct = 0;
        try (Connection db = TestDatabase.connect(); PreparedStatement count = db.prepareStatement(
                "select count(*), count(distinct n.member_id) from notification n where n.link = ?")) {
            count.setString(1, "/idea.xhtml?id=" + idea);
            while (System.currentTimeMillis() < deadline) {
                try (ResultSet r = count.executeQuery()) {
                    r.next();
                    told = r.getLong(1);
                    distinct = r.getLong(2);
                }
                if (told >= voters + 1) {
                    break;
                }
                Thread.sleep(200);
            }
        }
        long fanOutMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("fan-out: status change request " + requestMillis + " ms, " + told + " notifications stored after "
                + fanOutMillis + " ms");
        assertThat(told).as("the author and every voter").isEqualTo(voters + 1);
        assertThat(distinct).as("none twice").isEqualTo(told);
    }

    private static List<JsonObject> about(JsonObject page, long idea) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("link").equals("/idea.xhtml?id=" + idea)).toList();
    }

    private static List<JsonObject> notificationsAbout(Api member, long idea) {
        Api.Answer answer = member.get("api/v1/notifications?limit=100");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return about(answer.json().asJsonObject(), idea);
    }

    @Test
    void eachToldMemberGetsOneMailAlsoWhenSmtpWasDownAndUnsubscribesWithoutLoggingIn() throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("KRING_SMTP_PORT", "0"));
        assertThat(port).as("bin/test points Kring at the test's SMTP server (KRING_SMTP_PORT)").isPositive();
        String run = String.valueOf(System.nanoTime());
        String authorMail = "auteur-" + run + "@kring.test";
        String voterMail = "stemmer-" + run + "@kring.test";
        String followerMail = "volger-" + run + "@kring.test";
        Api author = register(authorMail, "Auteur Mail");
        Api voter = register(voterMail, "Stemmer Mail");
        Api follower = register(followerMail, "Volger Mail");
        long idea = postIdea(author, "Gratis kraanwater bij de kassa");
        assertThat(voter.put("api/v1/ideas/" + idea + "/vote").status()).isEqualTo(200);
        assertThat(follower.put("api/v1/follows/idea/" + idea).status()).isIn(200, 204);
        Api analyst = demo("analyst");

        // The SMTP server is down: the mails wait in the outbox and are tried again with a growing back-off.
        assertThat(analyst.putJson("api/v1/ideas/" + idea + "/status", status("UNDER_REVIEW", null, "We **zoeken** het uit.")).status())
                .isEqualTo(200);
        long deadline = System.currentTimeMillis() + 30_000;
        while (waitingMails(idea) < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(waitingMails(idea)).as("three mails wait while SMTP is down").isEqualTo(3);
        Thread.sleep(3000);

        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            List<String> told = List.of(authorMail, voterMail, followerMail);
            awaitMails(smtp, told, 1);
            Thread.sleep(3000); // a second copy would have had time to arrive
            for (String address : told) {
                assertThat(mailsTo(smtp, address)).as("exactly one mail to " + address).hasSize(1);
            }
            MimeMessage mail = mailsTo(smtp, voterMail).get(0);
            assertThat(mail.getSubject()).isEqualTo("\u201eGratis kraanwater bij de kassa\u201d is nu: Wordt bekeken");
            assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
            String body = GreenMailUtil.getBody(mail);
            assertThat(body).contains("text/plain").contains("text/html").contains("We zoeken het uit.").contains("Hallo Stemmer Mail");
            String unsubscribe = mail.getHeader("List-Unsubscribe", null).replaceAll("^<|>$", "");
            String pathAndQuery = unsubscribe.substring(unsubscribe.indexOf("/api/v1/"));

            String tampered = pathAndQuery.replaceFirst("member=(\\d+)", "member=1$1");
            anonymous().post(tampered.substring(1), "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click").problem(403);
            anonymous().post(pathAndQuery.substring(0, pathAndQuery.length() - 2).substring(1), "application/x-www-form-urlencoded",
                    "List-Unsubscribe=One-Click").problem(403);
            Api.Answer unsubscribed = anonymous().post(pathAndQuery.substring(1), "application/x-www-form-urlencoded",
                    "List-Unsubscribe=One-Click");
            assertThat(unsubscribed.status()).as(unsubscribed.body()).isEqualTo(200);
            assertThat(unsubscribed.json().asJsonObject().getBoolean("emails")).isFalse();

            assertThat(analyst.putJson("api/v1/ideas/" + idea + "/status", status("PLANNED", null, null)).status()).isEqualTo(200);
            awaitMails(smtp, List.of(authorMail, followerMail), 2);
            voter.await("api/v1/notifications", p -> about(p, idea).size() == 2, Duration.ofSeconds(30));
            Thread.sleep(2000);
            assertThat(mailsTo(smtp, voterMail)).as("unsubscribed: the in-app notification, no mail").hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    private Api register(String email, String name) {
        Community community = new Community(anonymous());
        community.signUp(email, name, "correct horse battery", "127.0.0.1");
        community.verify(email);
        return anonymous().withBearer(community.token(email, "correct horse battery"));
    }

    private static long waitingMails(long idea) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement count = db.prepareStatement(
                "select count(*) from mail_outbox where link = ? and sent_at is null")) {
            count.setString(1, "/idea.xhtml?id=" + idea);
            try (ResultSet r = count.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static List<MimeMessage> mailsTo(GreenMail smtp, String address) throws Exception {
        List<MimeMessage> mine = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            // Notification mails only (they offer an unsubscribe); not the sign-up's verification mail.
            if (m.getAllRecipients()[0].toString().contains(address) && m.getHeader("List-Unsubscribe") != null) {
                mine.add(m);
            }
        }
        return mine;
    }

    private static void awaitMails(GreenMail smtp, List<String> addresses, int each) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            boolean all = true;
            for (String address : addresses) {
                all &= mailsTo(smtp, address).size() >= each;
            }
            if (all) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Not every one of " + addresses + " got " + each + " mail(s) within 90 s");
    }

    @Test
    void theClockShowsHowLongAnIdeaWaitedAndTheOverdueListPutsTheLongestPastTargetFirst() throws Exception {
        long answered = postIdea(newMember("Auteur"), "Zeep zonder plastic fles");
        long tenDays = postIdea(newMember("Auteur"), "Kartonnen eierdozen overal");
        long twentyDays = postIdea(newMember("Auteur"), "Minder folie om komkommers");
        backdate(answered, 3);
        backdate(tenDays, 10);
        backdate(twentyDays, 20);
        Api analyst = demo("analyst");
        assertThat(analyst.putJson("api/v1/ideas/" + answered + "/answer", "{\"body\":\"Goed punt, we zoeken een leverancier.\"}")
                .status()).isEqualTo(200);
        JsonObject clock = anonymous().get("api/v1/ideas/" + answered + "/status").json().asJsonObject().getJsonObject("clock");
        assertThat(clock.getJsonNumber("responseSeconds").longValue()).isBetween(3 * 86_400L, 3 * 86_400L + 120);

        List<JsonObject> unanswered = analyst.get("api/v1/responses/unanswered?limit=100").json().asJsonArray()
                .getValuesAs(JsonObject.class);
        List<Long> order = unanswered.stream().map(u -> u.getJsonNumber("id").longValue()).toList();
        assertThat(order).contains(twentyDays, tenDays).doesNotContain(answered);
        assertThat(order.indexOf(twentyDays)).as("20 days old before 10 days old").isLessThan(order.indexOf(tenDays));
        JsonObject ten = unanswered.get(order.indexOf(tenDays));
        assertThat(ten.getBoolean("overdue")).isTrue();
        assertThat(ten.getJsonNumber("pastTargetSeconds").longValue()).isBetween(3 * 86_400L - 120, 3 * 86_400L + 120);
        for (int i = 1; i < unanswered.size(); i++) {
            assertThat(unanswered.get(i).getJsonNumber("pastTargetSeconds").longValue())
                    .isLessThanOrEqualTo(unanswered.get(i - 1).getJsonNumber("pastTargetSeconds").longValue());
        }
        anonymous().get("api/v1/responses/unanswered").problem(401);
        newMember("Lid").get("api/v1/responses/unanswered").problem(403);

        ChromeDriver driver = browser.freshVisit();
        driver.get(base + "idea.xhtml?id=" + answered);
        assertThat(driver.findElement(By.cssSelector(".kring-response-clock")).getText()).isEqualTo("Beantwoord na 3 dagen");
    }

    @Test
    void thePublicMedianEqualsTheSqlMedianOverTheSameIdeas() throws Exception {
        JsonObject times = anonymous().get("api/v1/responses/times").json().asJsonObject();
        Instant at = Instant.parse(times.getString("computedAt"));
        assertFiguresAreTheSqlMedian(times.getJsonObject("overall"), at.minus(Duration.ofDays(90)), at);
    }

    /**
     * The figures' count of answered ideas and their median equal SQL's over the ideas published in [from, to] and
     * answered by {@code to}, each timed from its publication (an answer given while it was held: no wait).
     */
    private static void assertFiguresAreTheSqlMedian(JsonObject figures, Instant from, Instant to) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement median = db.prepareStatement(
                "select percentile_cont(0.5) within group (order by greatest(0, extract(epoch from first_response_at - published_at))), "
                        + "count(*) from idea where published_at >= ? and published_at <= ? and first_response_at is not null "
                        + "and first_response_at <= ? and moderation_state = 'PUBLISHED'")) {
            median.setTimestamp(1, java.sql.Timestamp.from(from));
            median.setTimestamp(2, java.sql.Timestamp.from(to));
            median.setTimestamp(3, java.sql.Timestamp.from(to));
            try (ResultSet r = median.executeQuery()) {
                r.next();
                assertThat(figures.getInt("answered")).isEqualTo(r.getInt(2));
                if (r.getInt(2) > 0) {
                    assertThat((double) figures.getJsonNumber("medianSeconds").longValue()).isCloseTo(r.getDouble(1), within(1.0));
                }
            }
        }
    }

    @Test
    void aHeldIdeaIsOnTheClockFromItsApprovalNotItsPostingAndApprovedAgainKeepsItsFirstPublication() throws Exception {
        Api moderator = demo("moderator");
        Api analyst = demo("analyst");
        Api author = newMember("Op Wacht");
        long authorId = author.get("api/v1/members/me").json().asJsonObject().getJsonNumber("id").longValue();
        Api.Answer watched = moderator.postJson("api/v1/moderation/members/" + authorId + "/watch", "{\"reason\": \"Nieuw account\"}");
        assertThat(watched.status()).as(watched.body()).isEqualTo(200);
        long idea = postIdea(author, "Navulbare flessen voor afwasmiddel");
        backdate(idea, 400); // posted long ago, held since: by its posting it would be the most overdue of all
        assertThat(publishedAt(idea)).as("held: nobody saw it yet").isNull();
        assertThat(unansweredIds(analyst)).as("not on the clock while held").doesNotContain(idea);

        long item = heldItem(moderator, idea);
        Instant before = Instant.now().minusSeconds(1);
        long approval = decide(moderator, "APPROVE", item);
        Instant published = publishedAt(idea);
        assertThat(published).as("published when approved").isBetween(before, Instant.now().plusSeconds(1));
        Api.Answer undone = moderator.post("api/v1/moderation/log/" + approval + "/undo", "application/json", "");
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(unansweredIds(analyst)).as("held again: off the clock").doesNotContain(idea);
        decide(moderator, "APPROVE", item);
        assertThat(publishedAt(idea)).as("members saw it at the first approval").isEqualTo(published);

        backdate(idea, 10); // approved 10 days ago (posted 410 days ago)
        List<JsonObject> unanswered = analyst.get("api/v1/responses/unanswered?limit=100").json().asJsonArray()
                .getValuesAs(JsonObject.class);
        JsonObject waiting = unanswered.stream().filter(u -> u.getJsonNumber("id").longValue() == idea).findFirst().orElseThrow();
        assertThat(waiting.getBoolean("overdue")).isTrue();
        assertThat(waiting.getJsonNumber("pastTargetSeconds").longValue()).as("10 days since approval, 7 days target")
                .isBetween(3 * 86_400L - 120, 3 * 86_400L + 120);
        assertThat(Instant.parse(waiting.getString("publishedAt"))).isEqualTo(published.minus(Duration.ofDays(10)));

        assertThat(analyst.putJson("api/v1/ideas/" + idea + "/answer", "{\"body\":\"Goed idee, we vragen het de leverancier.\"}")
                .status()).isEqualTo(200);
        JsonObject clock = anonymous().get("api/v1/ideas/" + idea + "/status").json().asJsonObject().getJsonObject("clock");
        assertThat(Duration.between(Instant.parse(clock.getString("postedAt")), Instant.parse(clock.getString("publishedAt"))))
                .as("posted 400 days before its approval").isBetween(Duration.ofDays(400), Duration.ofDays(400).plusSeconds(120));
        assertThat(clock.getJsonNumber("responseSeconds").longValue()).as("from the approval, not the posting")
                .isBetween(10 * 86_400L, 10 * 86_400L + 120);
        ChromeDriver driver = browser.freshVisit();
        driver.get(base + "idea.xhtml?id=" + idea);
        assertThat(driver.findElement(By.cssSelector(".kring-response-clock")).getText()).isEqualTo("Beantwoord na 10 dagen");

        // The figures of a period with this idea in it (computed when asked, unlike the public ones cached for 5 minutes).
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant asked = Instant.now();
        JsonObject report = analyst.get("api/v1/insights/impact-report?from=" + today.minusDays(15) + "&to=" + today).json()
                .asJsonObject();
        assertFiguresAreTheSqlMedian(report.getJsonObject("responseTimes"),
                today.minusDays(15).atStartOfDay(ZoneOffset.UTC).toInstant(), asked.plusSeconds(60));
    }

    private static Instant publishedAt(long idea) throws Exception {
        try (Connection db = TestDatabase.connect();
             PreparedStatement select = db.prepareStatement("select published_at from idea where id = ?")) {
            select.setLong(1, idea);
            try (ResultSet r = select.executeQuery()) {
                assertThat(r.next()).isTrue();
                java.sql.Timestamp at = r.getTimestamp(1);
                return at == null ? null : at.toInstant();
            }
        }
    }

    private static List<Long> unansweredIds(Api team) {
        return team.get("api/v1/responses/unanswered?limit=100").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(u -> u.getJsonNumber("id").longValue()).toList();
    }

    /** The id of the moderation queue's open item holding this idea (the held items, oldest first, page by page). */
    private static long heldItem(Api moderator, long idea) {
        String cursor = null;
        for (int pages = 0; pages < 200; pages++) {
            JsonObject page = moderator.get("api/v1/moderation/queue?reason=HELD&type=IDEA&sort=age&limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor)).json().asJsonObject();
            for (JsonObject i : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (i.getJsonNumber("targetId").longValue() == idea) {
                    return i.getJsonNumber("id").longValue();
                }
            }
            if (page.isNull("nextCursor")) {
                break;
            }
            cursor = page.getString("nextCursor");
        }
        throw new AssertionError("Idea " + idea + " is not held in the queue");
    }

    /** A moderator's decision on one queue item; answers its log entry's id. */
    private static long decide(Api moderator, String action, long item) {
        Api.Answer answer = moderator.postJson("api/v1/moderation/actions",
                "{\"action\": \"" + action + "\", \"itemIds\": [" + item + "]}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** The idea was posted (and, unless it is held, published) so many days earlier. */
    private static void backdate(long idea, int days) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement update = db.prepareStatement(
                "update idea set created_at = created_at - make_interval(days => ?), "
                        + "published_at = published_at - make_interval(days => ?) where id = ?")) {
            update.setInt(1, days);
            update.setInt(2, days);
            update.setLong(3, idea);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void theTeamAnswersTheMostOverdueIdeaFromItsPageAndTheAuthorSeesTheBellRiseAndReadsIt() throws Exception {
        String email = "bel-" + System.nanoTime() + "@kring.test";
        Api author = register(email, "Bel Auteur");
        long idea = postIdea(author, "Een bankje bij de uitgang");
        backdate(idea, 400); // older than every demo idea: the most overdue of all
        int unreadBefore = author.get("api/v1/notifications/unread").json().asJsonObject().getInt("unread");

        ChromeDriver driver = browser.freshVisit();
        login(driver, "analyst@kring.demo", DEMO_PASSWORD);
        browser.openTeamMenu();
        driver.findElement(By.linkText("Te beantwoorden")).click();
        waitForText(driver, By.tagName("h1"), "antwoord nodig");
        var first = driver.findElement(By.cssSelector(".kring-unanswered"));
        assertThat(first.findElement(By.cssSelector(".kring-card-title")).getText()).isEqualTo("Een bankje bij de uitgang");
        assertThat(first.getText()).contains("400 dagen oud").contains("393 dagen over de termijn");
        browser.checkAtBothWidths("needs-answer");
        first.findElement(By.tagName("textarea")).sendKeys("Dank je! We zetten er **deze maand** een neer.");
        first.findElement(By.cssSelector("input[type=submit]")).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> anonymous().get("api/v1/ideas/" + idea + "/answer").status() == 200);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The answer was not stored; the page says: " + driver.findElement(By.id("main")).getText(), e);
        }
        assertThat(driver.findElement(By.id("main")).getText()).contains("Je antwoord staat bij het idee.");
        assertThat(driver.findElements(By.cssSelector(".kring-unanswered .kring-card-title")).stream().map(e -> e.getText()))
                .doesNotContain("Een bankje bij de uitgang");

        driver = browser.freshVisit();
        login(driver, email, "correct horse battery");
        long deadline = System.currentTimeMillis() + 30_000;
        while (bell(driver) < unreadBefore + 1 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            driver.navigate().refresh();
        }
        assertThat(bell(driver)).as("the bell counts the new notification").isEqualTo(unreadBefore + 1);
        driver.findElement(By.id("bell")).click();
        waitForText(driver, By.tagName("h1"), "Meldingen");
        var newest = driver.findElement(By.cssSelector(".kring-notification"));
        assertThat(newest.getText()).contains("Het team heeft gereageerd op \u201eEen bankje bij de uitgang\u201d")
                .contains("Dank je! We zetten er deze maand een neer.").contains("Nieuw");
        browser.checkAtBothWidths("notifications");
        newest.findElement(By.cssSelector("a.kring-notification-link")).click();
        waitForText(driver, By.cssSelector(".kring-official-answer"), "deze maand");
        assertThat(driver.findElement(By.cssSelector(".kring-response-clock")).getText()).isEqualTo("Beantwoord na 400 dagen");
        assertThat(author.get("api/v1/notifications/unread").json().asJsonObject().getInt("unread")).isEqualTo(unreadBefore);
    }

    private static int bell(ChromeDriver driver) {
        var count = driver.findElements(By.cssSelector("#bell .kring-bell-count"));
        return count.isEmpty() ? 0 : Integer.parseInt(count.get(0).getText());
    }


    private void login(ChromeDriver driver, String email, String password) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        click(driver, By.id("login:submit"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kring-me")));
    }

    private static void click(WebDriver driver, By by) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

}
