package org.kring.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.testing.Browser.textOnceShown;
import static org.kring.testing.Browser.waitFor;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Community;
import org.kring.testing.Browser;
import org.kring.testing.KringDeployment;
import org.kring.testing.WithBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Webhooks end to end with real receivers on 127.0.0.1 (bin/test allows private addresses and plain http, retries
 * after 1 s and switches a hook off after 5 failures): a signed delivery arrives once and verifies by the README's
 * recipe, a failing or absent receiver gets it once it is back, redelivery by hand, switch-off with the admins told,
 * every event, a slow receiver that never slows a member, bad input and who may do what. The server may be shared
 * with other test classes: every test uses its own members and hooks, deletes its hooks, and counts only its own ideas.
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class WebhooksIT {

    private static final String DEMO_PASSWORD = "kring-demo";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private final List<Long> hooks = new ArrayList<>();
    private final List<Receiver> receivers = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        hooks.forEach(id -> admin().delete("api/v1/admin/webhooks/" + id));
        receivers.forEach(Receiver::close);
    }

    private Api anonymous() {
        return new Api(base);
    }

    private Api demo(String who) {
        return anonymous().withBearer(new Community(anonymous()).token(who + "@kring.demo", DEMO_PASSWORD));
    }

    private Api admin() {
        return demo("admin");
    }

    private Api newMember(String name) {
        return new Community(anonymous()).newMember(name + " " + System.nanoTime() % 10_000);
    }

    private Receiver receiver(Receiver receiver) {
        receivers.add(receiver);
        return receiver;
    }

    private static String hookJson(String url, Integer threshold, String... events) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        for (String event : events) {
            names.add(event);
        }
        var json = Json.createObjectBuilder().add("url", url).add("events", names);
        if (threshold != null) {
            json.add("voteThreshold", threshold);
        }
        return json.build().toString();
    }

    /** Creates a hook as the admin; answers the created hook (with its secret). */
    private JsonObject hook(String url, Integer threshold, String... events) {
        Api.Answer created = admin().postJson("api/v1/admin/webhooks", hookJson(url, threshold, events));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject hook = created.json().asJsonObject();
        hooks.add(hook.getJsonNumber("id").longValue());
        assertThat(created.header("Location")).endsWith("/api/v1/admin/webhooks/" + hook.getJsonNumber("id").longValue());
        return hook;
    }

    private static long postIdea(Api author, String title) {
        Api.Answer answer = author.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title)
                .add("body", "Zodat we minder weggooien.").add("topic", "verpakking").add("language", "nl")
                .add("tags", Json.createArrayBuilder()).build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private JsonObject deliveries(long hook) {
        Api.Answer log = admin().get("api/v1/admin/webhooks/" + hook + "/deliveries?limit=100");
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        return log.json().asJsonObject();
    }

    /** The hook's deliveries of this idea's posting, as the log shows them. */
    private List<JsonObject> deliveriesOf(long hook, long ideaId) {
        return deliveries(hook).getJsonArray("deliveries").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("body").contains("\"ideaId\":" + ideaId + ",")).toList();
    }

    /**
     * The README's verification recipe: the signed payload is "t.body", HMAC-SHA256 with the secret, compared in
     * constant time, and a timestamp more than five minutes from now is refused (a replay).
     */
    static boolean verify(String secret, String header, String body, Instant now) throws Exception {
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            if (part.startsWith("t=")) {
                t = part.substring(2);
            } else if (part.startsWith("v1=")) {
                v1 = part.substring(3);
            }
        }
        if (t == null || v1 == null || Math.abs(now.getEpochSecond() - Long.parseLong(t)) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aPostedIdeaReachesTheReceiverOnceSignedWithTheHooksSecret() throws Exception {
        Receiver receiver = receiver(Receiver.answering(n -> 200, Duration.ZERO));
        JsonObject hook = hook(receiver.url(), null, "idea.posted");
        String secret = hook.getString("secret");
        assertThat(secret).startsWith("whsec_");
        long hookId = hook.getJsonNumber("id").longValue();
        assertThat(admin().get("api/v1/admin/webhooks/" + hookId).json().asJsonObject().isNull("secret"))
                .as("the secret is shown once").isTrue();

        long idea = postIdea(newMember("Poster"), "Navulverpakking voor wasmiddel");
        receiver.await(all -> !receiverAbout(all, receiver, idea).isEmpty(), PATIENCE);
        Receiver.sleep(Duration.ofSeconds(2)); // anything sent twice would have arrived by now
        List<Receiver.Received> got = receiver.about(idea);
        assertThat(got).hasSize(1);
        Receiver.Received delivery = got.get(0);
        assertThat(delivery.event()).isEqualTo("idea.posted");
        assertThat(delivery.contentType()).startsWith("application/json");
        assertThat(verify(secret, delivery.signature(), delivery.body(), Instant.now())).as("signature " + delivery.signature()).isTrue();
        assertThat(verify(secret, delivery.signature(), delivery.body() + " ", Instant.now())).as("a changed body").isFalse();
        assertThat(verify("whsec_wrong", delivery.signature(), delivery.body(), Instant.now())).as("another secret").isFalse();
        assertThat(verify(secret, delivery.signature(), delivery.body(), Instant.now().plus(Duration.ofMinutes(10))))
                .as("a replay ten minutes later is refused by the timestamp check").isFalse();
        JsonObject body = delivery.json();
        assertThat(body.getString("event")).isEqualTo("idea.posted");
        assertThat(body.getJsonNumber("id").longValue()).isPositive();
        assertThat(Instant.parse(body.getString("occurredAt"))).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(
                1, java.time.temporal.ChronoUnit.MINUTES));
        JsonObject data = body.getJsonObject("data");
        assertThat(data.getString("title")).isEqualTo("Navulverpakking voor wasmiddel");
        assertThat(data.getString("topic")).isEqualTo("verpakking");
        assertThat(data.getString("url")).endsWith("/idea.xhtml?id=" + idea);

        List<JsonObject> log = deliveriesOf(hookId, idea);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).getString("state")).isEqualTo("DELIVERED");
        assertThat(String.valueOf(log.get(0).getJsonNumber("id").longValue())).isEqualTo(delivery.delivery());
        assertThat(log.get(0).getJsonArray("log").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(a -> assertThat(a.getInt("status")).isEqualTo(200));

        // Redelivery by hand: the same event and body under a new delivery id.
        Api.Answer again = admin().post("api/v1/admin/webhooks/deliveries/" + delivery.delivery() + "/redeliver", "application/json", "");
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        assertThat(again.json().asJsonObject().getJsonNumber("redeliveryOf").toString()).isEqualTo(delivery.delivery());
        receiver.await(all -> receiverAbout(all, receiver, idea).size() == 2, PATIENCE);
        Receiver.Received redelivered = receiver.about(idea).get(1);
        assertThat(redelivered.body()).isEqualTo(delivery.body());
        assertThat(redelivered.delivery()).isNotEqualTo(delivery.delivery());
        assertThat(verify(secret, redelivered.signature(), redelivered.body(), Instant.now())).isTrue();
        admin().post("api/v1/admin/webhooks/deliveries/999999999/redeliver", "application/json", "").problem(404);
    }

    private static List<Receiver.Received> receiverAbout(List<Receiver.Received> all, Receiver receiver, long idea) {
        return receiver.about(idea);
    }

    @Test
    void aReceiverThatFailsGetsTheDeliveryOnceItIsBackAndTheLogShowsEveryAttempt() throws Exception {
        Receiver failingTwice = receiver(Receiver.answering(n -> n < 2 ? 500 : 200, Duration.ZERO));
        long hook = hook(failingTwice.url(), null, "idea.posted").getJsonNumber("id").longValue();
        long idea = postIdea(newMember("Retry"), "Glazen potten terug naar de winkel");
        failingTwice.await(all -> failingTwice.about(idea).stream().anyMatch(r -> r.answered() == 200), PATIENCE);
        Receiver.sleep(Duration.ofSeconds(2));
        List<Receiver.Received> got = failingTwice.about(idea);
        assertThat(got).extracting(Receiver.Received::answered).containsExactly(500, 500, 200);
        assertThat(got).extracting(Receiver.Received::delivery).as("one delivery, retried").containsOnly(got.get(0).delivery());
        List<JsonObject> log = deliveriesOf(hook, idea);
        assertThat(log).singleElement().satisfies(d -> {
            assertThat(d.getString("state")).isEqualTo("DELIVERED");
            assertThat(d.getInt("attempts")).isEqualTo(3);
            assertThat(d.getJsonArray("log").getValuesAs(JsonObject.class)).extracting(a -> a.getInt("status"))
                    .containsExactly(500, 500, 200);
            assertThat(d.getJsonArray("log").getValuesAs(JsonObject.class)).allSatisfy(a ->
                    assertThat(a.getInt("responseMillis")).isBetween(0, 5_000));
        });
        assertThat(admin().get("api/v1/admin/webhooks/" + hook).json().asJsonObject().getInt("consecutiveFailures"))
                .as("a success starts the count afresh").isZero();

        // A receiver that is not listening at all, then comes up on its port.
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long downHook = hook("http://127.0.0.1:" + port + "/hook", null, "idea.posted").getJsonNumber("id").longValue();
        long second = postIdea(newMember("Down"), "Melk in glazen flessen met statiegeld");
        Instant deadline = Instant.now().plus(PATIENCE);
        while (deliveriesOf(downHook, second).stream().noneMatch(d -> d.getInt("attempts") >= 2) && Instant.now().isBefore(deadline)) {
            Receiver.sleep(Duration.ofMillis(100));
        }
        Receiver back = receiver(Receiver.on(port, n -> 200));
        back.await(all -> !back.about(second).isEmpty(), PATIENCE);
        Receiver.sleep(Duration.ofSeconds(2));
        assertThat(back.about(second)).hasSize(1);
        assertThat(deliveriesOf(downHook, second)).singleElement().satisfies(d -> {
            assertThat(d.getString("state")).isEqualTo("DELIVERED");
            List<JsonObject> attempts = d.getJsonArray("log").getValuesAs(JsonObject.class);
            assertThat(attempts.subList(0, attempts.size() - 1)).as("not reached: no status, an error").isNotEmpty()
                    .allSatisfy(a -> {
                        assertThat(a.isNull("status")).isTrue();
                        assertThat(a.getString("error")).isNotBlank();
                    });
            assertThat(attempts.get(attempts.size() - 1).getInt("status")).isEqualTo(200);
        });
    }

    @Test
    void aHookThatKeepsFailingIsSwitchedOffAndTheAdminsAreTold() throws Exception {
        Receiver broken = receiver(Receiver.answering(n -> 503, Duration.ZERO));
        long hook = hook(broken.url(), null, "idea.posted").getJsonNumber("id").longValue();
        Api admin = admin();
        long idea = postIdea(newMember("Broken"), "Koffiebekers van karton afschaffen");
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonObject state = admin.get("api/v1/admin/webhooks/" + hook).json().asJsonObject();
        while (state.getBoolean("enabled") && Instant.now().isBefore(deadline)) {
            Receiver.sleep(Duration.ofMillis(200));
            state = admin.get("api/v1/admin/webhooks/" + hook).json().asJsonObject();
        }
        assertThat(state.getBoolean("enabled")).as(state.toString()).isFalse();
        assertThat(state.getInt("consecutiveFailures")).isEqualTo(5);
        assertThat(state.getString("disabledReason")).contains("5 failed attempts").contains("HTTP 503");
        int tried = broken.about(idea).size();
        Receiver.sleep(Duration.ofSeconds(3));
        assertThat(broken.about(idea)).as("nothing more is sent to a switched-off hook").hasSize(tried);
        assertThat(deliveriesOf(hook, idea)).singleElement().satisfies(d -> assertThat(d.getString("state")).isEqualTo("PENDING"));
        admin.await("api/v1/notifications?limit=100", page -> page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getString("kind").equals("WEBHOOK_DISABLED") && n.getString("subject").equals(broken.url())), PATIENCE);

        // Redelivery waits while the hook is off; switched on again, what waited goes out.
        admin.post("api/v1/admin/webhooks/deliveries/" + deliveriesOf(hook, idea).get(0).getJsonNumber("id") + "/redeliver",
                "application/json", "").problem(409);
        Receiver fixed = receiver(Receiver.answering(n -> 200, Duration.ZERO));
        Api.Answer on = admin.putJson("api/v1/admin/webhooks/" + hook, Json.createObjectBuilder().add("url", fixed.url())
                .add("events", Json.createArrayBuilder().add("idea.posted")).add("enabled", true).build().toString());
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        assertThat(on.json().asJsonObject().getInt("consecutiveFailures")).isZero();
        assertThat(on.json().asJsonObject().isNull("secret")).as("not rotated").isTrue();
        fixed.await(all -> fixed.about(idea).size() == 1, PATIENCE);
    }

    @Test
    void everyEventReachesTheHooksThatAskForItAndNoOther() throws Exception {
        Receiver all = receiver(Receiver.answering(n -> 200, Duration.ZERO));
        Receiver postsOnly = receiver(Receiver.answering(n -> 200, Duration.ZERO));
        hook(all.url(), 2, "idea.posted", "idea.voted_over_threshold", "idea.status_changed", "idea.answered", "content.flagged",
                "content.hidden");
        hook(postsOnly.url(), null, "idea.posted");
        long idea = postIdea(newMember("Alles"), "Papieren rietjes die niet slap worden");
        Api voter = newMember("Stemmer");
        assertThat(voter.put("api/v1/ideas/" + idea + "/vote").status()).isEqualTo(200);
        assertThat(voter.delete("api/v1/ideas/" + idea + "/vote").status()).isEqualTo(200);
        assertThat(voter.put("api/v1/ideas/" + idea + "/vote").status()).as("the threshold is told once").isEqualTo(200);
        Api.Answer responded = demo("analyst").putJson("api/v1/ideas/" + idea + "/status", Json.createObjectBuilder()
                .add("status", "UNDER_REVIEW").add("message", "We zoeken een leverancier.").add("answer", "Goed idee, we **testen** het.")
                .build().toString());
        assertThat(responded.status()).as(responded.body()).isEqualTo(200);
        Api.Answer flagged = newMember("Melder").postJson("api/v1/flags", Json.createObjectBuilder().add("targetType", "IDEA")
                .add("targetId", idea).add("reason", "SPAM").build().toString());
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
        long item = flagged.json().asJsonObject().getJsonNumber("itemId").longValue();
        Api.Answer hidden = demo("moderator").postJson("api/v1/moderation/actions", Json.createObjectBuilder().add("action", "HIDE")
                .add("itemIds", Json.createArrayBuilder().add(item)).add("reason", "Reclame").build().toString());
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);

        List<String> expected = List.of("idea.posted", "idea.voted_over_threshold", "idea.status_changed", "idea.answered",
                "content.flagged", "content.hidden");
        all.await(got -> all.about(idea).size() >= expected.size(), PATIENCE);
        Receiver.sleep(Duration.ofSeconds(2));
        assertThat(all.about(idea)).extracting(Receiver.Received::event).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(postsOnly.about(idea)).extracting(Receiver.Received::event).containsExactly("idea.posted");
        JsonObject votes = data(all, idea, "idea.voted_over_threshold");
        assertThat(votes.getInt("votes")).isEqualTo(2);
        JsonObject status = data(all, idea, "idea.status_changed");
        assertThat(status.getString("from")).isEqualTo("NEW");
        assertThat(status.getString("to")).isEqualTo("UNDER_REVIEW");
        assertThat(status.getString("message")).isEqualTo("We zoeken een leverancier.");
        assertThat(data(all, idea, "idea.answered").getString("answer")).isEqualTo("Goed idee, we testen het.");
        JsonObject flag = data(all, idea, "content.flagged");
        assertThat(flag.getString("reason")).isEqualTo("SPAM");
        assertThat(flag.toString()).as("no flagger named").doesNotContain("Melder");
        JsonObject hide = data(all, idea, "content.hidden");
        assertThat(hide.getString("reason")).isEqualTo("Reclame");
        assertThat(hide.getBoolean("automatic")).isFalse();
    }

    private static JsonObject data(Receiver receiver, long idea, String event) {
        return receiver.about(idea).stream().filter(r -> r.event().equals(event)).findFirst().orElseThrow().json().getJsonObject("data");
    }

    @Test
    void aSlowReceiverNeverSlowsAMembersRequest() throws Exception {
        Receiver slow = receiver(Receiver.answering(n -> 200, Duration.ofSeconds(10)));
        hook(slow.url(), 2, "idea.posted", "idea.voted_over_threshold");
        Api author = newMember("Snel");
        Api voter = newMember("Ook snel");
        postIdea(author, "Warming up the member's first request");
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            long idea = postIdea(author, "Minder plastic om komkommers " + i);
            long posting = Duration.ofNanos(System.nanoTime() - start).toMillis();
            start = System.nanoTime();
            assertThat(voter.put("api/v1/ideas/" + idea + "/vote").status()).isEqualTo(200);
            long voting = Duration.ofNanos(System.nanoTime() - start).toMillis();
            System.out.printf("WebhooksIT: with a receiver that sleeps 10 s, posting took %d ms, the threshold vote %d ms%n", posting, voting);
            assertThat(posting).as("posting while the receiver sleeps 10 s").isLessThan(2_000);
            assertThat(voting).as("the vote that passes the threshold while the receiver sleeps 10 s").isLessThan(2_000);
            slow.await(got -> slow.about(idea).size() >= 2, PATIENCE);
        }
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        Api admin = admin();
        JsonObject problem = admin.postJson("api/v1/admin/webhooks", hookJson("ftp://example.com/in", 1, "idea.nope",
                "idea.posted")).problem(400);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .contains("url", "events[0]", "voteThreshold");
        assertThat(problem.toString()).contains("must start with https://").contains("must be one of idea.posted");
        assertThat(admin.postJson("api/v1/admin/webhooks", hookJson("https://example.com/in", null)).problem(400).toString())
                .contains("\"field\":\"events\"");
        assertThat(admin.postJson("api/v1/admin/webhooks", hookJson("https://example.com/in", null, "idea.voted_over_threshold"))
                .problem(400).toString()).contains("\"field\":\"voteThreshold\"").contains("must be given");
        assertThat(admin.postJson("api/v1/admin/webhooks", hookJson("https://example.com/in", 5, "idea.posted"))
                .problem(400).toString()).contains("\"field\":\"voteThreshold\"").contains("goes only with");
        assertThat(admin.postJson("api/v1/admin/webhooks", "{}").problem(400).toString()).contains("\"field\":\"url\"");
        admin.postJson("api/v1/admin/webhooks", "{\"url\":").problem(400);
        admin.get("api/v1/admin/webhooks/999999999").problem(404);
        admin.putJson("api/v1/admin/webhooks/999999999", hookJson("https://example.com/in", null, "idea.posted")).problem(404);
        admin.delete("api/v1/admin/webhooks/999999999").problem(404);
        admin.get("api/v1/admin/webhooks/999999999/deliveries").problem(404);
        long hook = hook("http://127.0.0.1:9/hook", null, "idea.posted").getJsonNumber("id").longValue();
        admin.get("api/v1/admin/webhooks/" + hook + "/deliveries?limit=0").problem(400);
        Api.Answer rotated = admin.putJson("api/v1/admin/webhooks/" + hook, Json.createObjectBuilder().add("url", "http://127.0.0.1:9/hook")
                .add("events", Json.createArrayBuilder().add("idea.posted")).add("enabled", false).add("rotateSecret", true).build().toString());
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        assertThat(rotated.json().asJsonObject().getString("secret")).startsWith("whsec_");
        assertThat(admin.get("api/v1/admin/webhooks").json().asJsonObject().getJsonArray("webhooks").getValuesAs(JsonObject.class))
                .anySatisfy(h -> {
                    assertThat(h.getJsonNumber("id").longValue()).isEqualTo(hook);
                    assertThat(h.getBoolean("enabled")).isFalse();
                    assertThat(h.isNull("secret")).isTrue();
                });
    }

    @Test
    void anAdminAddsAWebhookOnThePageSeesItsSecretOnceAndRedeliversFromTheLog() throws Exception {
        Receiver receiver = receiver(Receiver.answering(n -> 200, Duration.ZERO));
        ChromeDriver driver = browser.freshVisit();
        driver.get(base + "webhooks.xhtml");
        assertThat(driver.findElements(By.id("add:url"))).as("visitors get no form").isEmpty();
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys("admin@kring.demo");
        driver.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        waitFor(driver, By.cssSelector(".kring-me"));
        browser.openTeamMenu();
        driver.findElement(By.id("nav-webhooks")).click();
        waitFor(driver, By.id("add:url"));

        driver.findElement(By.id("add:url")).sendKeys("ftp://example.com/in");
        driver.findElement(By.id("add:save")).click();
        assertThat(textOnceShown(driver, By.id("add:url-error"))).as("said next to the field").isNotBlank();
        assertThat(driver.findElement(By.id("add:events-error")).getText()).isNotBlank();
        assertThat(Browser.attribute(driver, By.id("add:url"), "aria-invalid")).isEqualTo("true");

        driver.findElement(By.id("add:url")).clear();
        driver.findElement(By.id("add:url")).sendKeys(receiver.url());
        driver.findElement(By.cssSelector("input[name='add:events'][value='idea.posted']")).click();
        driver.findElement(By.id("add:save")).click();
        waitFor(driver, By.id("new-secret"));
        String secret = driver.findElement(By.id("new-secret")).getText();
        assertThat(secret).startsWith("whsec_");
        long hook = admin().get("api/v1/admin/webhooks").json().asJsonObject().getJsonArray("webhooks").getValuesAs(JsonObject.class)
                .stream().filter(h -> h.getString("url").equals(receiver.url())).findFirst().orElseThrow().getJsonNumber("id").longValue();
        hooks.add(hook);

        long idea = postIdea(newMember("Pagina"), "Bezorgd via de webhookpagina");
        receiver.await(got -> receiver.about(idea).size() == 1, PATIENCE);
        assertThat(verify(secret, receiver.about(idea).get(0).signature(), receiver.about(idea).get(0).body(), Instant.now()))
                .as("signed with the secret the page showed").isTrue();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (deliveriesOf(hook, idea).stream().noneMatch(d -> d.getString("state").equals("DELIVERED")) && Instant.now().isBefore(deadline)) {
            Receiver.sleep(Duration.ofMillis(100));
        }
        driver.get(base + "webhooks.xhtml?hook=" + hook);
        waitFor(driver, By.cssSelector(".kring-log-table"));
        assertThat(driver.findElements(By.id("new-secret"))).as("the secret is shown once").isEmpty();
        assertThat(driver.findElement(By.cssSelector(".kring-log-table tbody")).getText()).contains("idea.posted").contains("HTTP 200");
        browser.checkAtBothWidths("webhooks");

        driver.findElement(By.cssSelector(".kring-log-table tbody input[type=submit]")).click();
        receiver.await(got -> receiver.about(idea).size() == 2, PATIENCE);
        assertThat(receiver.about(idea).get(1).body()).isEqualTo(receiver.about(idea).get(0).body());
    }


    @Test
    void fiveHooksWithASlowAndADownReceiverDoNotSlowMembersAndTheHealthyOnesGetEverythingWithinAMinute() throws Exception {
        List<Api> authors = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            authors.add(newMember("Schrijver " + i));
        }
        List<Long> withoutHooks = postMany(authors.subList(0, 3), "zonder webhooks", 30, null);
        List<Receiver> healthy = List.of(receiver(Receiver.answering(n -> 200, Duration.ZERO)),
                receiver(Receiver.answering(n -> 200, Duration.ZERO)), receiver(Receiver.answering(n -> 200, Duration.ZERO)));
        Receiver slow = receiver(Receiver.answering(n -> 200, Duration.ofSeconds(1)));
        int downPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            downPort = socket.getLocalPort();
        }
        for (Receiver r : healthy) {
            hook(r.url(), null, "idea.posted");
        }
        hook(slow.url(), null, "idea.posted");
        hook("http://127.0.0.1:" + downPort + "/hook", null, "idea.posted");
        List<Long> ideas = new ArrayList<>();
        List<Long> withHooks = postMany(authors.subList(3, 6), "met vijf webhooks", 30, ideas);
        Instant posted = Instant.now();
        for (Receiver r : healthy) {
            r.await(got -> ideas.stream().allMatch(id -> r.about(id).size() == 1), Duration.ofMinutes(1));
        }
        long allDelivered = Duration.between(posted, Instant.now()).toMillis();
        slow.await(got -> ideas.stream().allMatch(id -> !slow.about(id).isEmpty()), Duration.ofMinutes(1));
        long p95Without = percentile(withoutHooks, 95);
        long p95With = percentile(withHooks, 95);
        System.out.printf("WebhooksIT fan-out: %d ideas to 5 hooks (3 healthy, 1 answering in 1 s, 1 down): posting p50 %d/%d ms,"
                + " p95 %d/%d ms without/with hooks; the healthy receivers had every delivery %d ms after the last post%n",
                ideas.size(), percentile(withoutHooks, 50), percentile(withHooks, 50), p95Without, p95With, allDelivered);
        assertThat(p95With).as("posting p95 with hooks, against %d ms without", p95Without).isLessThan(Math.max(2 * p95Without, 500));
        for (Receiver r : healthy) {
            assertThat(ideas).allSatisfy(id -> assertThat(r.about(id)).hasSize(1));
        }
    }

    /** Posts {@code count} ideas round-robin by these authors; answers each post's time in ms and adds the ids to {@code ids}. */
    private static List<Long> postMany(List<Api> authors, String label, int count, List<Long> ids) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            long id = postIdea(authors.get(i % authors.size()), "Idee " + i + " " + label);
            millis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
            if (ids != null) {
                ids.add(id);
            }
        }
        return millis;
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    @Test
    void onlyAdminsConfigureWebhooks() {
        String body = hookJson("http://127.0.0.1:9/hook", null, "idea.posted");
        List<Api> notAdmins = List.of(newMember("Lid"), demo("moderator"), demo("analyst"));
        for (Api caller : List.of(anonymous())) {
            caller.get("api/v1/admin/webhooks").problem(401);
            caller.postJson("api/v1/admin/webhooks", body).problem(401);
            caller.get("api/v1/admin/webhooks/1").problem(401);
            caller.putJson("api/v1/admin/webhooks/1", body).problem(401);
            caller.delete("api/v1/admin/webhooks/1").problem(401);
            caller.get("api/v1/admin/webhooks/1/deliveries").problem(401);
            caller.post("api/v1/admin/webhooks/deliveries/1/redeliver", "application/json", "").problem(401);
        }
        for (Api caller : notAdmins) {
            caller.get("api/v1/admin/webhooks").problem(403);
            caller.postJson("api/v1/admin/webhooks", body).problem(403);
            caller.get("api/v1/admin/webhooks/1").problem(403);
            caller.putJson("api/v1/admin/webhooks/1", body).problem(403);
            caller.delete("api/v1/admin/webhooks/1").problem(403);
            caller.get("api/v1/admin/webhooks/1/deliveries").problem(403);
            caller.post("api/v1/admin/webhooks/deliveries/1/redeliver", "application/json", "").problem(403);
        }
    }
}
