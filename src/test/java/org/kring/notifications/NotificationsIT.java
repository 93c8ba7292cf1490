package org.kring.notifications;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Replies and mentions tell the member they concern (in-app and by e-mail), once, and only about what members see;
 * each member chooses per kind how e-mails come (at once, daily or weekly digest, off), on the API and a page.
 * Every member is new to this class, so nothing depends on what other classes did on the same server.
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class NotificationsIT {

    private static Browser browser;

    private static final String DEMO_PASSWORD = "kring-demo";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api anonymous() {
        return new Api(base);
    }

    private Api moderator() {
        return anonymous().withBearer(new Community(anonymous()).token("moderator@kring.demo", DEMO_PASSWORD));
    }

    /** A new member whose display name is one word, so that others can mention it as {@code @name}. */
    private record Someone(Api api, long id, String name) {
    }

    private Someone someone(String name) {
        String unique = name + System.nanoTime() % 1_000_000_000L;
        Api api = new Community(anonymous()).newMember(unique);
        return new Someone(api, api.get("api/v1/members/me").json().asJsonObject().getJsonNumber("id").longValue(), unique);
    }

    private static long startThread(Api author, String title, String body) {
        Api.Answer answer = author.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", "verpakking")
                .add("title", title).add("body", body).add("language", "nl").build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static JsonObject post(Api author, long thread, Long parent, String body) {
        var json = Json.createObjectBuilder().add("body", body);
        if (parent != null) {
            json.add("parentId", parent);
        }
        Api.Answer answer = author.postJson("api/v1/threads/" + thread + "/posts", json.build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject();
    }

    private static long firstPost(Api reader, long thread) {
        return reader.get("api/v1/threads/" + thread + "/posts?sort=oldest").json().asJsonObject().getJsonArray("posts")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static List<JsonObject> notices(Api member, String kind) {
        return member.get("api/v1/notifications?limit=100").json().asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getString("kind").equals(kind)).toList();
    }

    private static void awaitNotices(Api member, String kind, int count) {
        member.await("api/v1/notifications?limit=100", page -> page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("kind").equals(kind)).count() >= count, PATIENCE);
    }

    @Test
    void aReplyTellsTheAuthorOfThePostItAnswersOnceAndNobodyOfTheirOwnReplies() throws Exception {
        Someone author = someone("Schrijver");
        Someone replier = someone("Reageerder");
        long thread = startThread(author.api(), "Minder plastic rond komkommers", "Waarom zit elke komkommer in folie?");
        long opening = firstPost(author.api(), thread);

        long reply = post(replier.api(), thread, opening, "Omdat ze dan langer goed blijven, zegt men.").getJsonNumber("id").longValue();
        post(author.api(), thread, opening, "Aanvulling op mijn eigen vraag.");
        post(author.api(), thread, reply, "Klopt dat wel?");

        awaitNotices(replier.api(), "REPLIED", 1);
        awaitNotices(author.api(), "REPLIED", 1);
        Thread.sleep(1500); // a second notice would have had time to arrive
        List<JsonObject> toAuthor = notices(author.api(), "REPLIED");
        assertThat(toAuthor).as("one reply by someone else; the author's own replies tell nobody").hasSize(1);
        assertThat(toAuthor.get(0).getString("subject")).isEqualTo("Minder plastic rond komkommers");
        assertThat(toAuthor.get(0).getString("excerpt")).isEqualTo("Omdat ze dan langer goed blijven, zegt men.");
        assertThat(toAuthor.get(0).getString("link")).isEqualTo("/thread.xhtml?id=" + thread);
        assertThat(notices(replier.api(), "REPLIED")).hasSize(1);
        assertThat(mails(author.id(), "REPLIED")).as("and one e-mail (immediately, the default)").isEqualTo(1);
    }

    @Test
    void aMentionLinksToTheMembersProfileAndTellsThemOncePerContribution() throws Exception {
        Someone noor = someone("Noor");
        Someone writer = someone("Schrijfster");
        Api.Answer idea = writer.api().postJson("api/v1/ideas", Json.createObjectBuilder().add("title", "Navulstation voor wasmiddel")
                .add("body", "Wat denk jij, @" + noor.name() + "? En @" + writer.name() + " (ikzelf) en @NiemandHier" + noor.id() + ".")
                .add("topic", "verpakking").add("language", "nl").add("tags", Json.createArrayBuilder()).build().toString());
        assertThat(idea.status()).as(idea.body()).isEqualTo(201);
        long ideaId = idea.json().asJsonObject().getJsonNumber("id").longValue();
        assertThat(idea.json().asJsonObject().getString("bodyHtml"))
                .contains("<a href=\"/api/v1/members/" + noor.id() + "\" class=\"mention\" rel=\"nofollow ugc noopener\">@" + noor.name() + "</a>")
                .contains("@NiemandHier" + noor.id() + ".").doesNotContain("members/null");

        Api.Answer edited = writer.api().putJson("api/v1/ideas/" + ideaId, Json.createObjectBuilder().add("title", "Navulstation voor wasmiddel")
                .add("body", "Nog steeds benieuwd, @" + noor.name() + ".").add("topic", "verpakking").add("language", "nl")
                .add("tags", Json.createArrayBuilder()).build().toString());
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        long thread = startThread(writer.api(), "Wasmiddel zonder doos", "Ook hier: @" + noor.name() + ", wat vind jij?");

        awaitNotices(noor.api(), "MENTIONED", 2);
        Thread.sleep(1500);
        List<JsonObject> mentions = notices(noor.api(), "MENTIONED");
        assertThat(mentions).as("the idea (edited, still told once) and the thread").hasSize(2);
        assertThat(mentions).extracting(n -> n.getString("link"))
                .containsExactlyInAnyOrder("/idea.xhtml?id=" + ideaId, "/thread.xhtml?id=" + thread);
        assertThat(notices(writer.api(), "MENTIONED")).as("naming yourself tells nobody").isEmpty();
        assertThat(mails(noor.id(), "MENTIONED")).isEqualTo(2);
        assertThat(anonymous().get("api/v1/members/" + noor.id()).json().asJsonObject().getString("displayName"))
                .as("the link leads to the member's public profile").isEqualTo(noor.name());
    }

    @Test
    void mentionsInHiddenContentAndOfSuspendedMembersTellNobody() throws Exception {
        Someone noor = someone("Noortje");
        Someone suspended = someone("Geschorste");
        Someone writer = someone("Pen");
        Api moderator = moderator();
        long thread = startThread(writer.api(), "Statiegeld op blikjes uitbreiden", "Ook voor grote blikken graag.");
        long hidden = post(writer.api(), thread, null, "Een bericht dat verborgen wordt.").getJsonNumber("id").longValue();
        hide(moderator, "POST", hidden);
        Api.Answer edited = moderator.putJson("api/v1/posts/" + hidden, "{\"body\":\"Verborgen, met @" + noor.name() + "\"}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().asJsonObject().getString("moderationState")).isEqualTo("HIDDEN");

        Api.Answer sanction = moderator.postJson("api/v1/moderation/members/" + suspended.id() + "/sanctions", Json.createObjectBuilder()
                .add("kind", "SUSPEND").add("reason", "Spam").add("until", Instant.now().plus(Duration.ofDays(2)).toString()).build().toString());
        assertThat(sanction.status()).as(sanction.body()).isEqualTo(200);
        post(writer.api(), thread, null, "Wat vindt @" + suspended.name() + " hiervan?");
        post(writer.api(), thread, null, "En @" + noor.name() + " in een zichtbaar bericht.");

        // Fan-outs run in order, so once the last mention arrived the earlier ones were decided.
        awaitNotices(noor.api(), "MENTIONED", 1);
        Thread.sleep(1500);
        assertThat(notices(noor.api(), "MENTIONED")).as("only the visible post's mention").hasSize(1);
        assertThat(storedNotifications(suspended.id(), "MENTIONED")).as("a suspended member is not told").isZero();
    }

    // ---- preferences and digests ----

    private static final String PREFERENCES = "api/v1/members/me/notification-preferences";

    private static void assertFieldProblem(Api.Answer answer, int status, String field, String reasonPart) {
        JsonObject problem = answer.problem(status);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class)).anySatisfy(e -> {
            assertThat(e.getString("field")).isEqualTo(field);
            assertThat(e.getString("reason")).contains(reasonPart);
        });
    }

    private static JsonObject choose(Someone member, String json) {
        Api.Answer answer = member.api().putJson(PREFERENCES, json);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().asJsonObject();
    }

    @Test
    void preferencesAreMineAndBadValuesAreRefusedNamingTheField() {
        anonymous().get(PREFERENCES).problem(401);
        anonymous().putJson(PREFERENCES, "{\"email\":{\"REPLIES\":\"OFF\"}}").problem(401);
        Someone me = someone("Kieskeurig");
        JsonObject fresh = me.api().get(PREFERENCES).json().asJsonObject();
        assertThat(fresh.getJsonObject("email").keySet()).as("TEAM is offered to staff only")
                .containsExactly("RESPONSES", "REPLIES", "MENTIONS", "MODERATION", "FOLLOWED");
        assertThat(fresh.getJsonObject("email").getString("FOLLOWED")).as("new ideas in followed topics: in the app only")
                .isEqualTo("OFF");
        assertThat(fresh.getJsonObject("email").entrySet()).filteredOn(e -> !e.getKey().equals("FOLLOWED"))
                .allSatisfy(e -> assertThat(e.getValue().toString()).isEqualTo("\"IMMEDIATE\""));
        assertThat(fresh.getString("inApp")).isEqualTo("ALWAYS");

        assertFieldProblem(me.api().putJson(PREFERENCES, "{\"email\":{\"REPLIES\":\"HOURLY\"}}"), 400, "email.REPLIES", "must be one of");
        assertFieldProblem(me.api().putJson(PREFERENCES, "{\"email\":{\"GOSSIP\":\"OFF\"}}"), 400, "email.GOSSIP", "is not a kind");
        assertFieldProblem(me.api().putJson(PREFERENCES, "{}"), 400, "email", "at least one kind");
        me.api().putJson(PREFERENCES, "{\"email\":").problem(400);

        JsonObject changed = choose(me, "{\"email\":{\"MENTIONS\":\"WEEKLY\",\"REPLIES\":\"OFF\"}}");
        assertThat(changed.getJsonObject("email").getString("MENTIONS")).isEqualTo("WEEKLY");
        assertThat(changed.getJsonObject("email").getString("REPLIES")).isEqualTo("OFF");
        assertThat(changed.getJsonObject("email").getString("RESPONSES")).as("kinds left out stay").isEqualTo("IMMEDIATE");
        assertThat(me.api().get(PREFERENCES).json().asJsonObject()).isEqualTo(changed);

        anonymous().post("api/v1/admin/digests/run?period=daily", "application/json", "").problem(401);
        me.api().post("api/v1/admin/digests/run?period=daily", "application/json", "").problem(403);
        assertFieldProblem(admin().post("api/v1/admin/digests/run?period=hourly", "application/json", ""), 400, "period", "daily");
    }

    @Test
    void followersOfATopicHearOfANewIdeaInItOnceAndByMailOnlyWhenTheyChoseIt() throws Exception {
        long topic = anonymous().get("api/v1/topics").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("slug").equals("duurzaamheid")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Someone follower = someone("Volger");
        Someone mailed = someone("Lezer");
        Someone author = someone("Bedenker");
        for (Someone s : List.of(follower, mailed, author)) {
            assertThat(s.api().put("api/v1/follows/topic/" + topic).status()).isEqualTo(200);
        }
        choose(mailed, "{\"email\":{\"FOLLOWED\":\"IMMEDIATE\"}}");
        String title = "Zonnepanelen op het dak van de winkel " + System.nanoTime() % 100_000;
        Api.Answer idea = author.api().postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title)
                .add("body", "Het dak is groot en **plat**.").add("topic", "duurzaamheid").add("language", "nl").build().toString());
        assertThat(idea.status()).as(idea.body()).isEqualTo(201);
        long id = idea.json().asJsonObject().getJsonNumber("id").longValue();

        awaitNotices(follower.api(), "NEW_IDEA", 1);
        awaitNotices(mailed.api(), "NEW_IDEA", 1);
        JsonObject notice = notices(follower.api(), "NEW_IDEA").getFirst();
        assertThat(notice.getString("subject")).isEqualTo(title);
        assertThat(notice.getString("excerpt")).isEqualTo("Het dak is groot en plat.");
        assertThat(notice.getString("link")).isEqualTo("/idea.xhtml?id=" + id);
        Thread.sleep(1500); // a second notice, or one to the author, would have had time to arrive
        assertThat(notices(follower.api(), "NEW_IDEA")).hasSize(1);
        assertThat(notices(author.api(), "NEW_IDEA")).as("not of their own idea").isEmpty();
        assertThat(mails(follower.id(), "NEW_IDEA")).as("no mail unless chosen").isZero();
        assertThat(mails(mailed.id(), "NEW_IDEA")).as("chose mails at once").isEqualTo(1);
    }

    @Test
    void offMeansNoMailOfThatKindButTheNotificationStillComes() throws Exception {
        Someone author = someone("Stilte");
        Someone other = someone("Prater");
        choose(author, "{\"email\":{\"REPLIES\":\"OFF\"}}");
        long thread = startThread(author.api(), "Karton in plaats van piepschuim", "Voor de verzending van bestellingen.");
        post(other.api(), thread, firstPost(other.api(), thread), "Eens, @" + author.name() + "!");
        awaitNotices(author.api(), "REPLIED", 1);
        awaitNotices(author.api(), "MENTIONED", 1);
        assertThat(mails(author.id(), "REPLIED")).as("replies: off").isZero();
        assertThat(mails(author.id(), "MENTIONED")).as("mentions: still immediately").isEqualTo(1);
    }

    @Test
    void aDailyDigestGroupsWhatHappenedOnceAndASecondRunSendsNothing() throws Exception {
        Someone author = someone("Dagelijks");
        Someone other = someone("Buurman");
        Someone quiet = someone("Rustig");
        choose(author, "{\"email\":{\"REPLIES\":\"DAILY\",\"MENTIONS\":\"DAILY\"}}");
        choose(quiet, "{\"email\":{\"REPLIES\":\"DAILY\"}}");
        long thread = startThread(author.api(), "Hervulbare shampooflessen", "Kan de winkel shampoo tappen?");
        post(other.api(), thread, firstPost(other.api(), thread), "Goed plan.");
        post(other.api(), thread, null, "Zeker, @" + author.name() + ", ik doe mee.");
        awaitNotices(author.api(), "REPLIED", 1);
        awaitNotices(author.api(), "MENTIONED", 1);
        assertThat(mails(author.id(), "REPLIED") + mails(author.id(), "MENTIONED")).as("no mail at once").isZero();

        Api admin = admin();
        Api.Answer run = admin.post("api/v1/admin/digests/run?period=daily", "application/json", "");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().asJsonObject().getInt("digests")).isPositive();
        assertThat(digests(author.id())).as("one digest mail with both").containsExactly(
                noticeIds(author.api(), "REPLIED") + "," + noticeIds(author.api(), "MENTIONED"));
        assertThat(digests(quiet.id())).as("nothing new, no mail").isEmpty();

        assertThat(admin.post("api/v1/admin/digests/run?period=daily", "application/json", "").status()).isEqualTo(200);
        assertThat(admin.post("api/v1/admin/digests/run?period=weekly", "application/json", "").status()).isEqualTo(200);
        assertThat(digests(author.id())).as("a second run sends nothing").hasSize(1);
    }

    @Test
    void aMemberSetsRepliesAndMentionsToAWeeklyDigestOnThePreferencesPage() throws Exception {
        Someone me = someone("Weekmens");
        String email = me.api().get("api/v1/members/me").json().asJsonObject().getString("email");
        ChromeDriver driver = browser.freshVisit();
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys("correct horse battery");
        click(driver, By.id("login:submit"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kring-me")));
        driver.get(base + "notifications.xhtml");
        click(driver, By.id("notifications:preferences"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), "Meldingen per e-mail"));
        browser.checkAtBothWidths("notification-preferences");

        new Select(driver.findElement(By.id("preferences:kinds:1:delivery"))).selectByValue("WEEKLY");
        new Select(driver.findElement(By.id("preferences:kinds:2:delivery"))).selectByValue("WEEKLY");
        click(driver, By.id("preferences:save"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("preferences:messages"), "Je keuzes zijn opgeslagen."));
        JsonObject saved = me.api().get(PREFERENCES).json().asJsonObject().getJsonObject("email");
        assertThat(saved.getString("REPLIES")).isEqualTo("WEEKLY");
        assertThat(saved.getString("MENTIONS")).isEqualTo("WEEKLY");
        assertThat(saved.getString("RESPONSES")).isEqualTo("IMMEDIATE");
        assertThat(new Select(driver.findElement(By.id("preferences:kinds:1:delivery"))).getFirstSelectedOption().getText())
                .isEqualTo("Weekoverzicht");
    }

    private static void click(WebDriver driver, By by) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    @Test
    void theDigestMailListsWhatHappenedAndAMailsUnsubscribeLinkStopsItsOwnKind() throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("KRING_SMTP_PORT", "0"));
        assertThat(port).as("bin/test points Kring at the test's SMTP server (KRING_SMTP_PORT)").isPositive();
        Someone author = someone("Postbus");
        Someone other = someone("Afzender");
        String address = author.api().get("api/v1/members/me").json().asJsonObject().getString("email");
        choose(author, "{\"email\":{\"REPLIES\":\"DAILY\"}}");
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            long thread = startThread(author.api(), "Glazen potten voor de kaas", "Neem je eigen pot mee.");
            post(other.api(), thread, firstPost(other.api(), thread), "Dat doe ik al, @" + author.name() + ".");
            MimeMessage mention = awaitMail(smtp, address, "Je wordt genoemd in \u201eGlazen potten voor de kaas\u201d");
            String unsubscribe = mention.getHeader("List-Unsubscribe", null).replaceAll("^<|>$", "");
            assertThat(unsubscribe).contains("kind=MENTIONS");

            assertThat(admin().post("api/v1/admin/digests/run?period=daily", "application/json", "").status()).isEqualTo(200);
            MimeMessage digest = awaitMail(smtp, address, "Je dagoverzicht: 1 melding");
            String text = ((MimeMultipart) digest.getContent()).getBodyPart(0).getContent().toString();
            assertThat(text).contains("* Iemand heeft gereageerd op je bericht in \u201eGlazen potten voor de kaas\u201d")
                    .contains("/thread.xhtml?id=" + thread).contains("Dat doe ik al");
            assertThat(digest.getHeader("List-Unsubscribe", null)).as("a digest's link stops all").doesNotContain("kind=");

            String pathAndQuery = unsubscribe.substring(unsubscribe.indexOf("/api/v1/") + 1);
            anonymous().post(pathAndQuery.replace("kind=MENTIONS", "kind=REPLIES"), "application/x-www-form-urlencoded",
                    "List-Unsubscribe=One-Click").problem(403);
            Api.Answer unsubscribed = anonymous().post(pathAndQuery, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
            assertThat(unsubscribed.status()).as(unsubscribed.body()).isEqualTo(200);
            assertThat(unsubscribed.json().asJsonObject().getString("kind")).isEqualTo("MENTIONS");
            JsonObject now = author.api().get(PREFERENCES).json().asJsonObject().getJsonObject("email");
            assertThat(now.getString("MENTIONS")).as("the mail's own kind is off").isEqualTo("OFF");
            assertThat(now.getString("REPLIES")).as("the others stay").isEqualTo("DAILY");
            assertThat(now.getString("RESPONSES")).isEqualTo("IMMEDIATE");
        } finally {
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
        return anonymous().withBearer(new Community(anonymous()).token("admin@kring.demo", DEMO_PASSWORD));
    }

    private static String noticeIds(Api member, String kind) {
        return notices(member, kind).stream().map(n -> String.valueOf(n.getJsonNumber("id").longValue()))
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** The member's digest mails: the notification ids each groups. */
    private static List<String> digests(long member) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "select digest_ids from mail_outbox where member_id = ? and kind = 'DIGEST' order by id")) {
            query.setLong(1, member);
            List<String> ids = new java.util.ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return ids;
        }
    }

    private void hide(Api moderator, String type, long id) {
        Api.Answer flagged = new Community(anonymous()).newMember("Melder").postJson("api/v1/flags",
                Json.createObjectBuilder().add("targetType", type).add("targetId", id).add("reason", "SPAM").build().toString());
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
        long item = flagged.json().asJsonObject().getJsonNumber("itemId").longValue();
        Api.Answer done = moderator.postJson("api/v1/moderation/actions", Json.createObjectBuilder().add("action", "HIDE")
                .add("itemIds", Json.createArrayBuilder().add(item)).add("reason", "Spam").build().toString());
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    private static long mails(long member, String kind) throws Exception {
        return count("select count(*) from mail_outbox where member_id = ? and kind = ?", member, kind);
    }

    private static long storedNotifications(long member, String kind) throws Exception {
        return count("select count(*) from notification where member_id = ? and kind = ?", member, kind);
    }

    private static long count(String sql, long member, String kind) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, member);
            query.setString(2, kind);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
