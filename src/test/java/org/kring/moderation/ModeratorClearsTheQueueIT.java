package org.kring.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 12's "a moderator clears 100 mixed flags", in a real headless Chromium: 100 flagged ideas, threads and posts of
 * a fresh topic (a spam wave of one member, personal data, insults, off-topic and duplicate ideas, questions; four
 * threads hidden by three flags each), and a fresh moderator limited to that topic, so that the queue holds exactly
 * these. The moderator works it with the keyboard (j/k, x, a/h/d) and the "more" button: the spam wave hidden in one
 * bulk action, personal data deleted, insults hidden, a few approved one at a time, the rest approved at once, until
 * the page says nothing waits. Asserted: the queue is empty, each item's decision is in the database with the content's
 * state, no action made the moderator wait more than 2 s (the page's own Faces round trips, measured in the browser), and
 * the whole clearing took well under the 10 minutes of human work it is meant for. The elapsed time and the round trips
 * are logged.
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class ModeratorClearsTheQueueIT {

    private static final String DEMO_PASSWORD = "kring-demo";
    private static final String PASSWORD = "correct horse battery";
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(2);
    private static final Duration WHOLE_CLEARING = Duration.ofMinutes(5);
    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    /** A flagged contribution: its queue item and the decision the moderator's rules give it. */
    private record Flagged(long itemId, String targetType, long targetId, String decision) {
    }

    @Test
    void aModeratorClears100MixedFlagsWithTheKeyboardAndBulkActions() throws Exception {
        Api anonymous = new Api(base);
        Community community = new Community(anonymous);
        Api admin = anonymous.withBearer(community.token("admin@kring.demo", DEMO_PASSWORD));
        String unique = Long.toString(System.nanoTime(), 36);
        String topic = "opruimen-" + unique;
        Api.Answer created = admin.postJson("api/v1/admin/topics", Json.createObjectBuilder().add("slug", topic)
                .add("nameNl", "Opruimen " + unique).add("nameEn", "Clean-up " + unique).build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long topicId = created.json().asJsonObject().getJsonNumber("id").longValue();

        String moderatorEmail = "opruimer-" + unique + "@kring.test";
        community.signUp(moderatorEmail, "Opruimer " + unique, PASSWORD, "172.31." + (System.nanoTime() & 0xff) + ".1");
        community.verify(moderatorEmail);
        Api moderator = anonymous.withBearer(community.token(moderatorEmail, PASSWORD));
        long moderatorId = moderator.get("api/v1/members/me").json().asJsonObject().getJsonNumber("id").longValue();
        assertThat(admin.putJson("api/v1/admin/members/" + moderatorId + "/role", "{\"role\": \"MODERATOR\"}").status()).isEqualTo(200);
        assertThat(admin.putJson("api/v1/admin/members/" + moderatorId + "/moderator-topics", "{\"topics\": [\"" + topic + "\"]}")
                .status()).isEqualTo(200);

        String spammerName = "Reclame " + unique;
        List<Flagged> flagged = flagHundred(community, topic, spammerName);
        assertThat(flagged).hasSize(100);
        assertThat(moderator.get("api/v1/moderation/queue?limit=1").json().asJsonObject().getJsonNumber("waiting").longValue())
                .as("the moderator's queue: exactly the 100").isEqualTo(100);

        ChromeDriver driver = browser.freshVisit();
        driver.get(base + "moderation.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(moderatorEmail);
        driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("queue-form:queue")));
        // The page's own waits: every Faces round trip, from the request to the page updated, measured in the browser.
        driver.executeScript("window.kringWaits = []; (window.faces || window.jsf).ajax.addOnEvent(function (e) {"
                + " if (e.status === 'begin') { window.kringBegin = performance.now(); }"
                + " if (e.status === 'success') { window.kringWaits.push(performance.now() - window.kringBegin); } });");

        long start = System.nanoTime();
        int actions = 0;
        actions += decide(driver, row -> row.contains(spammerName), "Spam van één account", "h", 15);
        actions += decide(driver, row -> row.contains("PERSONAL_DATA"), "Persoonsgegevens", "d", 15);
        actions += decide(driver, row -> row.contains("OFFENSIVE"), "Beledigend", "h", 20);
        for (int i = 0; i < 5; i++) {
            actions += approveTheTopRow(driver);
        }
        actions += decide(driver, row -> true, null, "a", 45);
        Duration clearing = Duration.ofNanos(System.nanoTime() - start);
        @SuppressWarnings("unchecked")
        List<Number> waits = (List<Number>) driver.executeScript("return window.kringWaits;");
        List<Double> millis = waits.stream().map(Number::doubleValue).sorted().toList();
        System.out.printf("[moderation] 100 mixed flags cleared in %.1f s with %d decisions and %d round trips; page waits: "
                        + "median %.0f ms, longest %.0f ms (all, in order: %s)%n", clearing.toMillis() / 1000.0, actions, millis.size(),
                millis.get(millis.size() / 2), millis.get(millis.size() - 1), waits);

        assertThat(driver.findElement(By.id("queue-form:queue")).getText()).contains("Er wacht niets op een beslissing.");
        assertThat(driver.findElement(By.id("waiting")).getText()).contains("Wachtend: 0");
        JsonObject queue = moderator.get("api/v1/moderation/queue").json().asJsonObject();
        assertThat(queue.getJsonArray("items")).as("the API's queue").isEmpty();
        assertThat(queue.getJsonNumber("waiting").longValue()).isZero();
        assertDecided(flagged, moderatorId);
        assertThat(millis).as("round trips: every decision and every 'more'").hasSizeGreaterThanOrEqualTo(actions);
        assertThat(millis.get(millis.size() - 1)).as("the longest wait for the page, ms").isLessThanOrEqualTo((double) LONGEST_WAIT.toMillis());
        assertThat(clearing).as("the whole clearing, the browser's driving included").isLessThan(WHOLE_CLEARING);

        assertThat(admin.post("api/v1/admin/topics/" + topicId + "/archive", "application/json", "").status()).isEqualTo(200);
    }

    /**
     * The queue's 100: a spam wave of one member (8 posts, 7 ideas; SPAM), 25 ideas (off-topic, duplicate, a question),
     * 10 threads (insults; 4 of them hidden at once by 3 flags), 50 posts (15 personal data, 10 insults, 25 off-topic
     * or a question). One flag each (three for the hidden threads), by three members; authors stay within the
     * write limits (posts and threads: 10 a minute each, ideas 20 an hour).
     */
    private List<Flagged> flagHundred(Community community, String topic, String spammerName) {
        List<Api> flaggers = List.of(community.newMember("Melder Een"), community.newMember("Melder Twee"), community.newMember("Melder Drie"));
        Api host = community.newMember("Gastheer");
        long square = thread(host, topic, "Het buurtplein");
        long original = idea(host, topic, "Statiegeld op alle flessen");
        List<Flagged> flagged = new ArrayList<>();
        Api spammer = community.newMember(spammerName);
        for (int i = 0; i < 8; i++) {
            flagged.add(flag(flaggers.get(0), "POST", post(spammer, square, "Goedkope horloges, klik hier " + i), "SPAM", "HIDE"));
        }
        for (int i = 0; i < 7; i++) {
            flagged.add(flag(flaggers.get(1), "IDEA", idea(spammer, topic, "Koop nu bij onze webwinkel " + i), "SPAM", "HIDE"));
        }
        for (int author = 0; author < 2; author++) {
            Api writer = community.newMember("Ideeënschrijver " + author);
            for (int i = 0; i < 12 + author; i++) {
                long idea = idea(writer, topic, "Idee " + author + "-" + i + " over de kassa");
                String reason = i % 5 == 0 ? "DUPLICATE" : i % 2 == 0 ? "OFF_TOPIC" : "OTHER";
                flagged.add(flag(flaggers.get(i % 3), "IDEA", idea, reason, "APPROVE", original));
            }
        }
        for (int author = 0; author < 2; author++) {
            Api opener = community.newMember("Gespreksstarter " + author);
            for (int i = 0; i < 5; i++) {
                long thread = thread(opener, topic, "Gesprek " + author + "-" + i + " over het personeel");
                boolean hiddenByFlags = i < 2;
                Flagged item = flag(flaggers.get(0), "THREAD", thread, "OFFENSIVE", "HIDE");
                if (hiddenByFlags) {
                    flag(flaggers.get(1), "THREAD", thread, "OFFENSIVE", "HIDE");
                    assertThat(flag(flaggers.get(2), "THREAD", thread, "OFFENSIVE", "HIDE").itemId()).isEqualTo(item.itemId());
                }
                flagged.add(item);
            }
        }
        String[][] posts = {{"PERSONAL_DATA", "DELETE"}, {"OFFENSIVE", "HIDE"}, {"OFF_TOPIC", "APPROVE"}, {"OTHER", "APPROVE"}};
        int[] perKind = {15, 10, 13, 12};
        int written = 0;
        List<Api> writers = new ArrayList<>();
        for (int kind = 0; kind < posts.length; kind++) {
            for (int i = 0; i < perKind[kind]; i++, written++) {
                if (written % 9 == 0) {
                    writers.add(community.newMember("Buur " + writers.size()));
                }
                long post = post(writers.get(writers.size() - 1), square, "Bericht " + written + " over de openingstijden");
                flagged.add(flag(flaggers.get(written % 3), "POST", post, posts[kind][0], posts[kind][1]));
            }
        }
        return flagged;
    }

    private static Flagged flag(Api flagger, String type, long id, String reason, String decision) {
        return flag(flagger, type, id, reason, decision, 0);
    }

    private static Flagged flag(Api flagger, String type, long id, String reason, String decision, long duplicateOf) {
        var body = Json.createObjectBuilder().add("targetType", type).add("targetId", id).add("reason", reason);
        if ("DUPLICATE".equals(reason)) {
            body.add("duplicateOf", duplicateOf);
        }
        if ("OTHER".equals(reason)) {
            body.add("text", "Dit is een vraag, geen idee");
        }
        Api.Answer answer = flagger.postJson("api/v1/flags", body.build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return new Flagged(answer.json().asJsonObject().getJsonNumber("itemId").longValue(), type, id, decision);
    }

    private static long idea(Api author, String topic, String title) {
        return created(author.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title).add("body", "Een idee.")
                .add("topic", topic).add("language", "nl").add("tags", Json.createArrayBuilder()).build().toString()));
    }

    private static long thread(Api author, String topic, String title) {
        return created(author.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", topic).add("title", title)
                .add("body", "Wat vinden jullie?").add("language", "nl").build().toString()));
    }

    private static long post(Api author, long thread, String body) {
        return created(author.postJson("api/v1/threads/" + thread + "/posts", Json.createObjectBuilder().add("body", body).build().toString()));
    }

    private static long created(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("id").longValue();
    }

    /**
     * One decision on every row the rule picks: the whole queue shown ("more" until it ends), the cursor up to the
     * first row with k, down with j, x on each row the rule picks; the reason typed (hide and delete tell the author
     * why), then the key. Returns 1: one action, which the page confirms for {@code expected} items.
     */
    private static int decide(ChromeDriver driver, Predicate<String> rule, String reason, String key, int expected) {
        showAll(driver);
        if (reason != null) {
            driver.findElement(By.id("queue-form:reason")).sendKeys(reason);
        }
        driver.findElement(By.tagName("h1")).click();
        toTheTop(driver);
        int rows = rows(driver).size();
        int selected = 0;
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                new Actions(driver).sendKeys("j").perform();
            }
            if (rule.test(driver.findElement(By.cssSelector("#queue-form\\:queue tbody tr.kring-current")).getText())) {
                new Actions(driver).sendKeys("x").perform();
                selected++;
            }
        }
        assertThat(selected).as("rows picked for '" + key + "'").isEqualTo(expected);
        press(driver, key, expected);
        return 1;
    }

    /** The row under the cursor approved on its own: a with nothing selected decides the current row. */
    private static int approveTheTopRow(ChromeDriver driver) {
        driver.findElement(By.tagName("h1")).click();
        toTheTop(driver);
        press(driver, "a", 1);
        return 1;
    }

    /** Presses the key and waits for the page to confirm the decision (the queue re-rendered with the message). */
    private static void press(ChromeDriver driver, String key, int items) {
        WebElement before = driver.findElement(By.id("queue-form:queue"));
        new Actions(driver).sendKeys(key).perform();
        wait(driver).until(ExpectedConditions.stalenessOf(before));
        wait(driver).until(d -> d.findElement(By.id("queue-form:messages")).getText().contains(items + " item(s) beslist"));
    }

    /** Clicks "more" until the whole queue is on the page. */
    private static void showAll(ChromeDriver driver) {
        while (!driver.findElements(By.id("queue-form:more")).isEmpty()) {
            int shown = rows(driver).size();
            driver.findElement(By.id("queue-form:more")).click();
            wait(driver).until(d -> rows(driver).size() > shown);
        }
    }

    /** k until the cursor is on the first row (after a decision the page keeps its cursor's place). */
    private static void toTheTop(ChromeDriver driver) {
        new Actions(driver).sendKeys("j").perform();
        while (!rows(driver).get(0).getAttribute("class").contains("kring-current")) {
            new Actions(driver).sendKeys("k").perform();
        }
    }

    private static List<WebElement> rows(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("#queue-form\\:queue tbody tr"));
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Each item decided by this moderator as the rules say, logged, and its content in the state the decision gives. */
    private static void assertDecided(List<Flagged> flagged, long moderatorId) throws Exception {
        Map<String, String> states = Map.of("HIDE", "HIDDEN", "DELETE", "DELETED", "APPROVE", "PUBLISHED");
        Map<String, String> tables = Map.of("IDEA", "idea", "THREAD", "discussion_thread", "POST", "post");
        Map<Long, String> decided = new HashMap<>();
        try (Connection db = TestDatabase.connect()) {
            for (Flagged f : flagged) {
                try (ResultSet r = db.createStatement().executeQuery("select i.state, i.decision, i.decided_by, "
                        + "(select count(*) from moderation_action a where a.item_id = i.id and a.action = i.decision "
                        + "and a.moderator_id = i.decided_by), (select t.moderation_state from " + tables.get(f.targetType())
                        + " t where t.id = i.target_id) from moderation_item i where i.id = " + f.itemId())) {
                    assertThat(r.next()).isTrue();
                    String what = f.targetType() + " " + f.targetId();
                    assertThat(r.getString(1)).as(what).isEqualTo("DECIDED");
                    assertThat(r.getString(2)).as(what).isEqualTo(f.decision());
                    assertThat(r.getLong(3)).as(what + " decided by").isEqualTo(moderatorId);
                    assertThat(r.getLong(4)).as(what + " logged").isEqualTo(1);
                    assertThat(r.getString(5)).as(what + " now").isEqualTo(states.get(f.decision()));
                    decided.put(f.itemId(), f.decision());
                }
            }
        }
        assertThat(decided).hasSize(100);
        assertThat(decided.values().stream().filter("HIDE"::equals).count()).isEqualTo(35);
        assertThat(decided.values().stream().filter("DELETE"::equals).count()).isEqualTo(15);
    }
}
