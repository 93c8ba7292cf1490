package org.kring.testing;

import jakarta.json.Json;
import java.util.concurrent.atomic.AtomicLong;

/** Creates members for integration tests through the public API: register, then log in for a token. */
public final class Community {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis());
    private static final String PASSWORD = "correct horse battery";

    private final Api api;

    public Community(Api api) {
        this.api = api;
    }

    /**
     * A new member's API: registered with a unique email and logged in. Each member signs up from an address of
     * their own network (bin/test trusts 127.0.0.1 as a proxy, so X-Forwarded-For names it), as members do: the
     * sign-up limits per address and network stay as in production.
     */
    public Api newMember(String displayName) {
        long n = SEQUENCE.incrementAndGet();
        String email = "it-" + n + "@kring.test";
        String address = "10." + (n >> 8 & 0xff) + "." + (n & 0xff) + ".1";
        Api.Answer registered = api.withHeader("X-Forwarded-For", address).postJson("api/v1/members", Json.createObjectBuilder()
                .add("email", email).add("displayName", displayName).add("password", PASSWORD).build().toString());
        if (registered.status() != 201) {
            throw new AssertionError("Registration failed: " + registered.status() + " " + registered.body());
        }
        return api.withBearer(token(email, PASSWORD));
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
