package org.kring.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** A small HTTP client for Kring's API in integration tests: real requests, parsed answers. */
public final class Api {

    /** An answer: status, content type and body, with the body parsed as JSON on demand. */
    public record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        /** Asserts an RFC 9457 problem with this status, a title and a readable detail; returns it. */
        public JsonObject problem(int expectedStatus) {
            if (status != expectedStatus || !contentType.startsWith("application/problem+json")) {
                throw new AssertionError("Expected a " + expectedStatus + " problem+json but got " + status + " "
                        + contentType + ": " + body);
            }
            JsonObject problem = json().asJsonObject();
            if (problem.getInt("status") != expectedStatus || problem.getString("title").isBlank()
                    || problem.getString("detail").isBlank()) {
                throw new AssertionError("Not a complete problem: " + body);
            }
            return problem;
        }

        /** The JSON object of a 200 answer (anything else fails the test, showing the body). */
        public JsonObject ok() {
            if (status != 200) {
                throw new AssertionError("Expected 200 but got " + status + ": " + body);
            }
            return json().asJsonObject();
        }

        /** The number {@code field} of a 200 or 201 answer's JSON object, e.g. the id of what was created. */
        public long number(String field) {
            if (status != 200 && status != 201) {
                throw new AssertionError("Expected 200 or 201 but got " + status + ": " + body);
            }
            return json().asJsonObject().getJsonNumber(field).longValue();
        }

        /** The field that the first error of a {@code expectedStatus} problem names. */
        public String invalidField(int expectedStatus) {
            return problem(expectedStatus).getJsonArray("errors").getJsonObject(0).getString("field");
        }

        public JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    /** Headers sent with every request of this Api (see {@link #withHeader}). */
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Api(URL deployment) {
        this(URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/"), Map.of());
    }

    private Api(URI base, Map<String, String> headers) {
        this.base = base;
        this.headers.putAll(headers);
    }

    /** A copy of this Api that sends this header with every request. */
    public Api withHeader(String name, String value) {
        Api copy = new Api(base, headers);
        copy.headers.put(name, value);
        return copy;
    }

    /** A copy of this Api that sends "Authorization: Bearer token" with every request. */
    public Api withBearer(String token) {
        return withHeader("Authorization", "Bearer " + token);
    }

    /** This Api at the server's root, where Payara serves health, metrics and OpenAPI (not under the application). */
    public Api root() {
        return new Api(base.resolve("/"), headers);
    }

    /**
     * Polls GET path until it answers 200 with JSON that satisfies the condition, for what lags behind a write by
     * design (the search index); fails with the last answer when the patience runs out.
     */
    public JsonObject await(String path, Predicate<JsonObject> condition, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            Answer answer = get(path);
            if (answer.status() == 200) {
                last = answer.json().asJsonObject();
                if (condition.test(last)) {
                    return last;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(path + " did not get there within " + patience + "; last answer: " + last);
    }

    public Answer put(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    public Answer put(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer putJson(String path, String json) {
        return put(path, "application/json", json);
    }

    public Answer postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    public Answer delete(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).DELETE());
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    public Answer post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private Answer send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        try {
            HttpResponse<String> response = sendOnce(built);
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (Exception e) {
            throw new AssertionError("Request failed: " + e, e);
        }
    }

    /**
     * Sends the request; a read (GET) is sent once more when its connection drops before an answer, as browsers do: a
     * kept-alive connection that the server closed after its idle time ("EOF reached while reading") is no answer.
     */
    private static HttpResponse<String> sendOnce(HttpRequest request) throws IOException, InterruptedException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException dropped) {
            if (!"GET".equals(request.method()) || dropped instanceof HttpTimeoutException) {
                throw dropped;
            }
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
