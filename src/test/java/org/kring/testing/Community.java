package org.kring.testing;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/** Creates members for integration tests through the public API: sign up, verify, then log in for a token. */
public final class Community {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis());
    private static final String PASSWORD = "correct horse battery";

    private final Api api;

    public Community(Api api) {
        this.api = api;
    }

    /**
     * A new member's API: signed up with a unique email, verified and logged in. Each member signs up from an address of
     * their own network (bin/test trusts 127.0.0.1 as a proxy, so X-Forwarded-For names it), as members do: the
     * sign-up limits per address and network stay as in production.
     */
    public Api newMember(String displayName) {
        long n = SEQUENCE.incrementAndGet();
        String email = "it-" + n + "@kring.test";
        signUp(email, displayName, PASSWORD, "10." + (n >> 8 & 0xff) + "." + (n & 0xff) + ".1");
        verify(email);
        return api.withBearer(token(email, PASSWORD));
    }

    /** Signs up from this client address (X-Forwarded-For); fails unless the neutral 202 comes back. */
    public void signUp(String email, String displayName, String password, String clientAddress) {
        Api.Answer registered = api.withHeader("X-Forwarded-For", clientAddress).postJson("api/v1/members", Json.createObjectBuilder()
                .add("email", email).add("displayName", displayName).add("password", password).build().toString());
        if (registered.status() != 202) {
            throw new AssertionError("Sign-up failed: " + registered.status() + " " + registered.body());
        }
    }

    /**
     * Verifies the member's address as the mailed link does (POST /api/v1/members/verification), with a link that the
     * test-only {@link AccountLinkProbe} made: most tests have no SMTP server to read the mail from.
     */
    public void verify(String email) {
        Api.Answer verified = api.postJson("api/v1/members/verification", Json.createObjectBuilder()
                .add("token", linkToken(email, "VERIFY_EMAIL")).build().toString());
        if (verified.status() != 204) {
            throw new AssertionError("Verification failed: " + verified.status() + " " + verified.body());
        }
    }

    /** A fresh one-time link token (VERIFY_EMAIL, UNLOCK) for the member with this address. */
    public String linkToken(String email, String purpose) {
        Api.Answer link = api.post("test-account-link", "application/x-www-form-urlencoded",
                "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&purpose=" + purpose);
        if (link.status() != 200) {
            throw new AssertionError("No link for " + email + ": " + link.status());
        }
        return link.body();
    }

    /** A bearer token for an existing account. */
    public String token(String email, String password) {
        Api.Answer answer = api.postJson("api/v1/auth/token", Json.createObjectBuilder()
                .add("email", email).add("password", password).build().toString());
        if (answer.status() != 200) {
            throw new AssertionError("Login failed: " + answer.status() + " " + answer.body());
        }
        return answer.json().asJsonObject().getString("token");
    }
}
