package org.kring.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP to Kring and Elasticsearch on localhost, HTTP/1.1 with keep-alive. */
final class Http {

    /** An answer; {@code retryAfterSeconds} is its Retry-After header (0: none). */
    record Response(int status, String body, int retryAfterSeconds) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    /** A client that keeps its cookies, as a browser does (the benchmark's other requests keep none). */
    static final class Browser {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();

        Response get(String url) throws IOException, InterruptedException {
            return response(client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static Response send(String method, String url, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return response(r);
    }

    static Response get(String url) throws IOException, InterruptedException {
        return send("GET", url, null, null);
    }

    /** The ETag of a GET's answer, or null when it has none. */
    static String etag(String url) throws IOException, InterruptedException {
        HttpResponse<Void> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding());
        return r.headers().firstValue("ETag").orElse(null);
    }

    /** A GET with If-None-Match: what a feed reader polling an unchanged feed sends. */
    static Response getIfNoneMatch(String url, String etag) throws IOException, InterruptedException {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        return response(r);
    }

    /** The answer as the benchmark reads it: status, body and Retry-After. */
    static Response response(HttpResponse<String> r) {
        int retryAfter = r.headers().firstValue("Retry-After").filter(v -> v.matches("\\d{1,5}")).map(Integer::parseInt).orElse(0);
        return new Response(r.statusCode(), r.body(), retryAfter);
    }

    static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
