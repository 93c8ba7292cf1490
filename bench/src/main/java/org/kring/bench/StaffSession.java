package org.kring.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session of the benchmark's admin for Kring's staff pages: logged in through the login form (as
 * bench/lighthouse does with curl), the session cookies kept by the client.
 */
final class StaffSession {

    static final String EMAIL = "admin@bench.kring";
    static final String PASSWORD = "kring-bench";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private StaffSession(String base) {
        this.base = base;
    }

    /** Logs in; fails unless the login form answers with its redirect (a refused login shows the form again). */
    static StaffSession login(String base) throws IOException, InterruptedException {
        StaffSession session = new StaffSession(base);
        Matcher state = VIEW_STATE.matcher(session.get("/login.xhtml").body());
        if (!state.find()) {
            throw new IllegalStateException("The login page has no Faces view state");
        }
        String form = "login=login&login%3Aemail=" + enc(EMAIL) + "&login%3Apassword=" + enc(PASSWORD) + "&login%3Asubmit=x"
                + "&jakarta.faces.ViewState=" + enc(state.group(1));
        HttpResponse<String> r = session.client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302) {
            throw new IllegalStateException("Logging in as " + EMAIL + " answered " + r.statusCode());
        }
        return session;
    }

    Http.Response get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        return Http.response(r);
    }

    /** The session's cookies (a second client can carry on with them). */
    CookieManager cookies() {
        return cookies;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
