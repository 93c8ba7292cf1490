package org.kring.members;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.InParallel;
import org.kring.testing.KringDeployment;
import org.kring.testing.TestDatabase;

/** Registration, login tokens, the caller's profile, logout and the login throttle, through HTTP on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class MembersIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api api() {
        return new Api(base);
    }

    @Test
    void registerThenLogInThenReadOwnProfile() {
        String email = uniqueEmail();
        Api.Answer created = registrar().post("api/v1/members", JSON, registration(email.toUpperCase(), "  Fenna Fiets  ")
                .add("ageBand", "25-34").add("region", "Utrecht").add("customerType", "consumer").build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        JsonObject member = logIn(email, PASSWORD).getJsonObject("member");
        long id = member.getJsonNumber("id").longValue();
        assertThat(member.getString("email")).isEqualTo(email);
        assertThat(member.getString("displayName")).isEqualTo("Fenna Fiets");
        assertThat(member.getString("role")).isEqualTo("MEMBER");
        assertThat(member.getBoolean("emailVerified")).as("until the mailed link is followed").isFalse();

        // Anyone sees the name and whether the member is on the team: never the role, email or profile attributes.
        JsonObject shown = api().get("api/v1/members/" + id).json().asJsonObject();
        assertThat(shown.keySet()).containsExactlyInAnyOrder("id", "displayName", "team");
        assertThat(shown.getBoolean("team")).isFalse();

        JsonObject login = logIn(email, PASSWORD);
        String token = login.getString("token");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        Instant expiresAt = Instant.parse(login.getString("expiresAt"));
        assertThat(Duration.between(Instant.now(), expiresAt).toDays()).isBetween(29L, 30L);
        assertThat(login.getJsonObject("member").getJsonNumber("id").longValue()).isEqualTo(id);

        Api.Answer me = api().withBearer(token).get("api/v1/members/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        JsonObject profile = me.json().asJsonObject();
        assertThat(profile.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(profile.getString("email")).isEqualTo(email);
        assertThat(profile.getString("ageBand")).isEqualTo("25-34");
        assertThat(profile.getString("region")).isEqualTo("Utrecht");
        assertThat(profile.getString("customerType")).isEqualTo("consumer");
        assertThat(profile.getBoolean("moderator")).isFalse();
        // The member sees their own full profile at their own address too.
        assertThat(api().withBearer(token).get("api/v1/members/" + id).json().asJsonObject().getString("email"))
                .isEqualTo(email);
    }

    @Test
    void anonymousHasNoOwnProfile() {
        Api.Answer me = api().get("api/v1/members/me");
        me.problem(401);
        assertThat(me.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aRegisteredAddressGetsTheSameAnswerAsANewOne() {
        String email = uniqueEmail();
        Api.Answer first = register(email);
        Api.Answer again = registrar().post("api/v1/members", JSON,
                registration("  " + email.toUpperCase() + " ", "Someone Else").build().toString());
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body()).isEqualTo(first.body());
    }

    @Test
    void eachInvalidFieldIsNamed() {
        Api.Answer answer = registrar().post("api/v1/members", JSON, Json.createObjectBuilder()
                .add("email", "not-an-email").add("displayName", " x ").add("password", "too short")
                .add("ageBand", "12-17").add("region", "r".repeat(61)).add("customerType", "alien")
                .build().toString());
        answer.problem(400);
        assertThat(fields(answer)).containsExactlyInAnyOrder("email", "displayName", "password", "ageBand", "region",
                "customerType");

        Api.Answer empty = registrar().post("api/v1/members", JSON, "{}");
        empty.problem(400);
        assertThat(fields(empty)).containsExactlyInAnyOrder("email", "displayName", "password");

        Api.Answer tooLong = registrar().post("api/v1/members", JSON, registration("a".repeat(250) + "@kring.test", "Lang Adres")
                .add("password", "p".repeat(201)).build().toString());
        tooLong.problem(400);
        assertThat(fields(tooLong)).containsExactlyInAnyOrder("email", "password");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSame401() {
        String email = uniqueEmail();
        register(email);
        Api.Answer wrong = tokenRequest(email, "not the password");
        wrong.problem(401);
        Api.Answer unknown = tokenRequest(uniqueEmail(), PASSWORD);
        unknown.problem(401);
        assertThat(unknown.json().asJsonObject().getString("detail"))
                .isEqualTo(wrong.json().asJsonObject().getString("detail"));
        assertThat(wrong.body()).doesNotContain(email);
    }

    @Test
    void fiveFailuresThrottleTheAccount() {
        String email = uniqueEmail();
        register(email);
        for (int i = 0; i < 5; i++) {
            tokenRequest(email, "guess number " + i).problem(401);
        }
        Api.Answer throttled = tokenRequest(email, PASSWORD);
        throttled.problem(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 15 * 60L);
        // Another account is not affected.
        String other = uniqueEmail();
        register(other);
        assertThat(tokenRequest(other, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aStrangerGuessingFromElsewhereCannotLockTheOwnerOut() {
        String email = uniqueEmail();
        register(email);
        Api stranger = api().withHeader("X-Forwarded-For", "198.51.100.31");
        for (int i = 0; i < 8; i++) {
            Api.Answer guess = stranger.post("api/v1/auth/token", JSON, credentials(email, "guess " + i));
            assertThat(guess.status()).isIn(401, 429);
        }
        stranger.post("api/v1/auth/token", JSON, credentials(email, PASSWORD)).problem(429);
        assertThat(tokenRequest(email, PASSWORD).status()).as("the owner, from their own address").isEqualTo(200);
    }

    @Test
    void parallelGuessesAreCheckedNoMoreThanTheLimitAllows() throws Exception {
        String email = uniqueEmail();
        register(email);
        Api guesser = api().withHeader("X-Forwarded-For", "198.51.100.32");
        List<Callable<Integer>> guesses = IntStream.range(0, 8).<Callable<Integer>>mapToObj(i ->
                () -> guesser.post("api/v1/auth/token", JSON, credentials(email, "parallel guess " + i)).status()).toList();
        List<Integer> statuses = InParallel.run(guesses, 8);
        assertThat(statuses).filteredOn(s -> s == 401).as(statuses.toString()).hasSize(5);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(3);
    }

    @Test
    void twentyFailuresFromOneAddressBehindTheProxyThrottleThatAddressOnly() {
        // bin/test trusts 127.0.0.1 as a reverse proxy (KRING_TRUSTED_PROXIES), so X-Forwarded-For names the client.
        Api attacker = api().withHeader("X-Forwarded-For", "198.51.100.77");
        for (int i = 0; i < 20; i++) {
            attacker.post("api/v1/auth/token", JSON, credentials(uniqueEmail(), "guess")).problem(401);
        }
        String email = uniqueEmail();
        register(email);
        attacker.post("api/v1/auth/token", JSON, credentials(email, PASSWORD)).problem(429);
        // The address the attacker puts in front of the proxy's own entry changes nothing.
        api().withHeader("X-Forwarded-For", "203.0.113.9, 198.51.100.77")
                .post("api/v1/auth/token", JSON, credentials(email, PASSWORD)).problem(429);
        Api neighbour = api().withHeader("X-Forwarded-For", "198.51.100.78");
        assertThat(neighbour.post("api/v1/auth/token", JSON, credentials(email, PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void logoutRevokesTheToken() {
        String email = uniqueEmail();
        register(email);
        String token = logIn(email, PASSWORD).getString("token");
        Api member = api().withBearer(token);
        assertThat(member.get("api/v1/members/me").status()).isEqualTo(200);

        Api.Answer logout = member.delete("api/v1/auth/token");
        assertThat(logout.status()).as(logout.body()).isEqualTo(204);

        Api.Answer after = member.get("api/v1/members/me");
        after.problem(401);
        assertThat(after.header("WWW-Authenticate")).contains("invalid_token");
        // A revoked or made-up token is refused on public endpoints as well, as problem+json.
        member.get("api/v1/topics").problem(401);
        api().withBearer("made-up").get("api/v1/topics").problem(401);
        member.delete("api/v1/auth/token").problem(401);
        // Logging in again with a stale token in the header works.
        assertThat(member.post("api/v1/auth/token", JSON, credentials(email, PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void demoAdminLogsInWithRoleAdmin() {
        JsonObject login = logIn("admin@kring.demo", "kring-demo");
        assertThat(login.getJsonObject("member").getString("role")).isEqualTo("ADMIN");
        JsonObject me = api().withBearer(login.getString("token")).get("api/v1/members/me").json().asJsonObject();
        assertThat(me.getString("role")).isEqualTo("ADMIN");
        // Computed from the container's isCallerInRole: the role reached Jakarta Security as a group.
        String probe = api().withBearer(login.getString("token")).get("test-web-login").body();
        assertThat(me.getBoolean("moderator")).as(probe).isTrue();
        // Others see a team badge, not which staff role.
        JsonObject shown = api().get("api/v1/members/" + me.getJsonNumber("id").longValue()).json().asJsonObject();
        assertThat(shown.getBoolean("team")).isTrue();
        assertThat(shown.containsKey("role")).isFalse();
    }

    @Test
    void passwordsAndTokensAreStoredHashed() throws Exception {
        String email = uniqueEmail();
        register(email);
        String token = logIn(email, PASSWORD).getString("token");
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("select m.password_hash, t.token_hash from member m "
                     + "join auth_token t on t.member_id = m.id where m.email = ?")) {
            query.setString(1, email);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).startsWith("pbkdf2-sha256$").doesNotContain(PASSWORD);
                assertThat(row.getString(2)).hasSize(64).isNotEqualTo(token).doesNotContain(token);
            }
        }
    }

    @Test
    void webLoginKeepsTheMemberOnTheSession() {
        String email = uniqueEmail();
        register(email);
        long id = logIn(email, PASSWORD).getJsonObject("member").getJsonNumber("id").longValue();
        String form = "application/x-www-form-urlencoded";

        Api.Answer refused = api().post("test-web-login", form, "email=" + email + "&password=wrong+password");
        assertThat(refused.body()).startsWith("SEND_FAILURE").contains("Wrong email or password.");

        Api.Answer login = api().post("test-web-login", form, "email=" + email + "&password=correct+horse+battery");
        assertThat(login.body()).as(login.body()).startsWith("SUCCESS");
        // Payara sets JSESSIONID and, for distributable sessions, JSESSIONIDVERSION: send them all back.
        String cookie = String.join("; ", login.raw().headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";")[0]).toList());
        assertThat(cookie).as(login.raw().headers().map().toString()).contains("JSESSIONID=");
        Api session = api().withHeader("Cookie", cookie);
        assertThat(session.get("test-web-login").body()).startsWith(id + " admin=false");
        assertThat(login.raw().headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .allSatisfy(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        // The API takes the session cookie for reading only; a change needs the bearer token (CSRF).
        assertThat(session.get("api/v1/members/me").status()).isEqualTo(200);
        session.put("api/v1/ideas/1/vote").problem(401);
        session.postJson("api/v1/ideas", "{}").problem(401);

        assertThat(session.delete("test-web-login").status()).isEqualTo(204);
        assertThat(session.get("test-web-login").body()).isEqualTo("anonymous");
        session.get("api/v1/members/me").problem(401);
        // A bearer request does not start a session.
        String token = logIn(email, PASSWORD).getString("token");
        assertThat(api().withBearer(token).get("api/v1/members/me").header("Set-Cookie")).isNull();
    }

    /** The API as a newcomer at an address of their own: the sign-up limit per address is the subject of one test only. */
    private Api registrar() {
        long n = NEXT.incrementAndGet();
        return api().withHeader("X-Forwarded-For", "10.200." + (n & 0xff) + ".1");
    }

    @Test
    void signUpsAreLimitedPerAddressAndRefusedRulesNameTheirField() {
        Api newcomer = api().withHeader("X-Forwarded-For", "203.0.113.50");
        for (int i = 0; i < 5; i++) {
            assertThat(newcomer.post("api/v1/members", JSON, registration(uniqueEmail(), "Nieuw Lid " + i).build().toString())
                    .status()).isEqualTo(202);
        }
        Api.Answer sixth = newcomer.post("api/v1/members", JSON, registration(uniqueEmail(), "Nieuw Lid").build().toString());
        sixth.problem(429);
        assertThat(sixth.header("Retry-After")).isNotBlank();

        Api.Answer weak = registrar().post("api/v1/members", JSON, Json.createObjectBuilder().add("email", uniqueEmail())
                .add("displayName", "Kring Team").add("password", "wachtwoord123").build().toString());
        assertThat(weak.problem(400).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("displayName", "password");
        Api.Answer reversed = registrar().post("api/v1/members", JSON, registration(uniqueEmail(), "Anna\u202Enav").build().toString());
        assertThat(reversed.problem(400).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("displayName");
    }

    private static String uniqueEmail() {
        return "it-" + System.nanoTime() + "-" + NEXT.incrementAndGet() + "@kring.test";
    }

    private static JsonObjectBuilder registration(String email, String displayName) {
        return Json.createObjectBuilder().add("email", email).add("displayName", displayName).add("password", PASSWORD);
    }

    private Api.Answer register(String email) {
        Api.Answer answer = registrar().post("api/v1/members", JSON, registration(email, "Test Lid").build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        return answer;
    }

    private static String credentials(String email, String password) {
        return Json.createObjectBuilder().add("email", email).add("password", password).build().toString();
    }

    private Api.Answer tokenRequest(String email, String password) {
        return api().post("api/v1/auth/token", JSON, credentials(email, password));
    }

    private JsonObject logIn(String email, String password) {
        Api.Answer answer = tokenRequest(email, password);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().asJsonObject();
    }

    private static java.util.List<String> fields(Api.Answer answer) {
        return answer.json().asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

}
