package org.kring.members;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.KringDeployment;
import org.kring.testing.TestDatabase;

/**
 * Verified, neutral sign-up (issue 15) on the real PostgreSQL and a real SMTP server (GreenMail on KRING_SMTP_PORT):
 * the same answer for a new and a registered address, the mails that tell the difference to the address's owner only,
 * the mailed link that verifies once, the read-only state before it, the limits on asking for the link again, and the
 * one-time way in for the owner of an account that guesses from many addresses locked.
 */
@ExtendWith(ArquillianExtension.class)
class SignupIT {

    private static final String PASSWORD = "correct horse battery";
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() & 0xffff);
    private static final Pattern LINK = Pattern.compile("https?://\\S+?/(verify-email|login|unlock)\\.xhtml(\\?token=([A-Za-z0-9_-]+))?");
    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

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

    @Test
    void aNewAndARegisteredAddressGetTheSameAnswerAndOnlyTheMailTellsTheDifference() throws Exception {
        String email = "nieuw-" + NEXT.incrementAndGet() + "@kring.test";
        Api.Answer fresh = signUp(email, "Nieuw Lid", PASSWORD);
        assertThat(fresh.status()).as(fresh.body()).isEqualTo(202);

        // Logged in but not verified: reading works, writing is refused with the reason.
        Api member = new Api(base).withBearer(token(email, PASSWORD));
        assertThat(member.get("api/v1/members/me").json().asJsonObject().getBoolean("emailVerified")).isFalse();
        Api.Answer refused = member.postJson("api/v1/ideas", idea("Een idee voor ik bevestigde"));
        assertThat(refused.problem(403).getString("detail")).startsWith("Verify your e-mail address first");
        long someIdea = member.get("api/v1/ideas?limit=1").json().asJsonObject().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertThat(member.put("api/v1/ideas/" + someIdea + "/vote").problem(403).getString("detail"))
                .startsWith("Verify your e-mail address first");

        // The mail's one-time link verifies; then the member writes.
        MimeMessage verification = awaitMail(email, "Bevestig je e-mailadres voor Kring");
        String token = link(verification, "verify-email");
        assertThat(new Api(base).postJson("api/v1/members/verification", tokenJson(token)).status()).isEqualTo(204);
        assertThat(member.get("api/v1/members/me").json().asJsonObject().getBoolean("emailVerified")).isTrue();
        Api.Answer posted = member.postJson("api/v1/ideas", idea("Een idee na de bevestiging"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        JsonObject reused = new Api(base).postJson("api/v1/members/verification", tokenJson(token)).problem(400);
        assertThat(reused.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("token");
        assertThat(reused.getJsonArray("errors").getJsonObject(0).getString("reason")).isEqualTo("was already used");

        // The same address again, with another name and password: the very same answer; its owner is told by mail.
        Api.Answer again = signUp(email.toUpperCase(), "Iemand Anders", "een ander lang wachtwoord");
        assertThat(again.status()).isEqualTo(fresh.status());
        assertThat(again.body()).isEqualTo(fresh.body());
        assertThat(again.contentType()).isEqualTo(fresh.contentType());
        MimeMessage told = awaitMail(email, "Iemand probeerde zich met jouw adres aan te melden bij Kring");
        assertThat(text(told)).contains("Hallo Nieuw Lid").contains("niets veranderd").contains("/login.xhtml");
        assertThat(token(email, PASSWORD)).as("the account is unchanged").isNotBlank();
        new Api(base).postJson("api/v1/auth/token", credentials(email, "een ander lang wachtwoord")).problem(401);

        // Both branches hash the password, so their time tells nothing either (figures in the test output, not asserted:
        // a shared 2-core machine swings too much for a bound).
        long[] registered = new long[3];
        long[] unknown = new long[3];
        String lastNew = null;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            assertThat(signUp(email, "Iemand Anders", "een ander lang wachtwoord").status()).isEqualTo(202);
            registered[i] = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            lastNew = "tijd-" + NEXT.incrementAndGet() + "@kring.test";
            assertThat(signUp(lastNew, "Tijd Lid", PASSWORD).status()).isEqualTo(202);
            unknown[i] = (System.nanoTime() - start) / 1_000_000;
        }
        // Signing up with a known address again and again mails its owner once an hour, not each time (no inbox flood).
        awaitMail(lastNew, "Bevestig je e-mailadres voor Kring");
        assertThat(mailsTo(email, "Iemand probeerde zich met jouw adres aan te melden bij Kring")).isEqualTo(1);
        System.out.println("SignupIT sign-up answer times (ms): registered address " + Arrays.toString(registered)
                + ", new address " + Arrays.toString(unknown));
    }

    @Test
    void theLinkIsSentAgainAFewTimesAnHourAndAnExpiredLinkSaysSo() throws Exception {
        String email = "opnieuw-" + NEXT.incrementAndGet() + "@kring.test";
        assertThat(signUp(email, "Vergeetachtig Lid", PASSWORD).status()).isEqualTo(202);
        awaitMail(email, "Bevestig je e-mailadres voor Kring");
        Api member = new Api(base).withBearer(token(email, PASSWORD));
        for (int i = 0; i < 3; i++) {
            assertThat(member.post("api/v1/members/me/verification-mail", "application/json", "").status()).isEqualTo(202);
        }
        Api.Answer tooOften = member.post("api/v1/members/me/verification-mail", "application/json", "");
        tooOften.problem(429);
        assertThat(Long.parseLong(tooOften.header("Retry-After"))).isBetween(1L, 3600L);

        String token = link(awaitMails(email, 4), "verify-email");
        try (Connection db = TestDatabase.connect(); PreparedStatement expire = db.prepareStatement(
                "update account_link set expires_at = created_at - interval '1 minute' "
                        + "where member_id = (select id from member where email = ?)")) {
            expire.setString(1, email);
            assertThat(expire.executeUpdate()).isEqualTo(4);
        }
        JsonObject expired = new Api(base).postJson("api/v1/members/verification", tokenJson(token)).problem(400);
        assertThat(expired.getJsonArray("errors").getJsonObject(0).getString("reason")).isEqualTo("has expired: ask for a new link");
        // The page the mail links to says it in the reader's language.
        Api dutchReader = new Api(base).withHeader("Accept-Language", "nl");
        assertThat(dutchReader.get("verify-email.xhtml?token=" + token).body()).contains("Deze link is verlopen");
        assertThat(dutchReader.get("verify-email.xhtml?token=made-up").body()).contains("Deze link klopt niet");
        member.postJson("api/v1/ideas", idea("Nog steeds niet bevestigd")).problem(403);
    }

    @Test
    void theOwnerOfAnAccountLockedByGuessesFromManyAddressesGetsInWithTheMailedLink() throws Exception {
        String email = "slot-" + NEXT.incrementAndGet() + "@kring.test";
        assertThat(signUp(email, "Slot Lid", PASSWORD).status()).isEqualTo(202);
        for (int i = 0; i < 10; i++) {
            new Api(base).withHeader("X-Forwarded-For", "198.51.100." + (100 + i))
                    .postJson("api/v1/auth/token", credentials(email, "gok " + i)).problem(401);
        }
        // Locked for everyone, the owner too; the first refusal mails the owner a way in (once, however many follow).
        Api owner = new Api(base).withHeader("X-Forwarded-For", "192.0.2.44");
        owner.postJson("api/v1/auth/token", credentials(email, PASSWORD)).problem(429);
        owner.postJson("api/v1/auth/token", credentials(email, PASSWORD)).problem(429);
        MimeMessage mail = awaitMail(email, "Je account bij Kring is op slot gezet: zo kom je er weer in");
        String token = link(mail, "unlock");
        Api.Answer in = owner.postJson("api/v1/auth/unlock", tokenJson(token));
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        Api member = new Api(base).withBearer(in.json().asJsonObject().getString("token"));
        assertThat(member.get("api/v1/members/me").json().asJsonObject().getString("email")).isEqualTo(email);
        JsonObject reused = owner.postJson("api/v1/auth/unlock", tokenJson(token)).problem(400);
        assertThat(reused.getJsonArray("errors").getJsonObject(0).getString("reason")).isEqualTo("was already used");
        assertThat(mailsTo(email, "Je account bij Kring is op slot gezet: zo kom je er weer in")).as("one mail per lock").isEqualTo(1);
    }

    private Api.Answer signUp(String email, String displayName, String password) {
        long n = NEXT.incrementAndGet();
        return new Api(base).withHeader("X-Forwarded-For", "10.91." + (n >> 8 & 0xff) + "." + (n & 0xff))
                .postJson("api/v1/members", Json.createObjectBuilder().add("email", email).add("displayName", displayName)
                        .add("password", password).build().toString());
    }

    private String token(String email, String password) {
        Api.Answer login = new Api(base).postJson("api/v1/auth/token", credentials(email, password));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return login.json().asJsonObject().getString("token");
    }

    private static String credentials(String email, String password) {
        return Json.createObjectBuilder().add("email", email).add("password", password).build().toString();
    }

    private static String tokenJson(String token) {
        return Json.createObjectBuilder().add("token", token).build().toString();
    }

    private static String idea(String title) {
        return Json.createObjectBuilder().add("title", title).add("body", "Tekst.").add("topic", "verpakking")
                .add("language", "nl").add("tags", Json.createArrayBuilder()).build().toString();
    }

    /** The mail's plain-text part, decoded. */
    private static String text(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }

    /** The token of the mail's link to this page. */
    private static String link(MimeMessage mail, String page) throws Exception {
        Matcher m = LINK.matcher(text(mail));
        while (m.find()) {
            if (m.group(1).equals(page) && m.group(3) != null) {
                return m.group(3);
            }
        }
        throw new AssertionError("No link to " + page + " in " + text(mail));
    }

    private static MimeMessage awaitMail(String address, String subject) throws Exception {
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

    private static long mailsTo(String address, String subject) throws Exception {
        long count = 0;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().contains(address) && subject.equals(m.getSubject())) {
                count++;
            }
        }
        return count;
    }

    /** Waits for this many mails to the address; answers the last one received. */
    private static MimeMessage awaitMails(String address, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> mine = new ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().contains(address)) {
                    mine.add(m);
                }
            }
            if (mine.size() >= count) {
                return mine.get(mine.size() - 1);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Not " + count + " mails to " + address + " within 90 s");
    }
}
