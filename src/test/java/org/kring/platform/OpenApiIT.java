package org.kring.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.KringDeployment;

/**
 * The team's standard, checked on the document Payara serves at /openapi: every operation declares its status codes,
 * response schemas and an example, so clients can be generated from it. Walks every operation, so a new endpoint
 * without them fails here, naming it.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String API = "/api/v1/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private List<Operation> operations;
    private JsonObject document;

    /** One operation of the document: its method, its path, and its object there. */
    record Operation(String method, String path, JsonObject definition) {

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        Map<String, JsonValue> responses() {
            JsonObject responses = definition.getJsonObject("responses");
            return responses == null ? Map.of() : responses;
        }
    }

    @BeforeEach
    void readDocument() throws IOException {
        Api.Answer document = new Api(base).root().withHeader("Accept", "application/json").get("openapi");
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        // Kept for a look, or for a client generator: the document exactly as the tests saw it.
        Files.writeString(Path.of("target", "openapi.json"), document.body());
        this.document = document.json().asJsonObject();
        operations = new ArrayList<>();
        document.json().asJsonObject().getJsonObject("paths").forEach((path, item) ->
                item.asJsonObject().forEach((method, operation) -> {
                    if (METHODS.contains(method)) {
                        operations.add(new Operation(method, path, operation.asJsonObject()));
                    }
                }));
        assertThat(operations).as("operations in /openapi").hasSizeGreaterThan(40);
    }

    @Test
    void noResponseIsOnlyDescribedAsDefaultResponse() {
        assertNone("responses described only as \"Default Response\"", op -> op.responses().entrySet().stream()
                .filter(r -> "Default Response".equals(r.getValue().asJsonObject().getString("description", "")))
                .map(Map.Entry::getKey).toList());
    }

    @Test
    void everyOperationDeclaresSuccess() {
        assertNone("no 2xx or 3xx response declared", op -> op.responses().keySet().stream()
                .anyMatch(code -> code.startsWith("2") || code.startsWith("3")) ? List.of() : List.copyOf(op.responses().keySet()));
    }

    @Test
    void everySuccessfulJsonAnswerHasAnExample() {
        assertNone("2xx JSON bodies without an example", op -> op.responses().entrySet().stream()
                .filter(r -> r.getKey().startsWith("2"))
                .flatMap(r -> {
                    JsonObject content = r.getValue().asJsonObject().getJsonObject("content");
                    return content == null ? java.util.stream.Stream.<String>empty() : content.entrySet().stream()
                            .filter(media -> media.getKey().contains("json"))
                            .filter(media -> !hasExample(media.getValue().asJsonObject()))
                            .map(media -> r.getKey() + " " + media.getKey());
                }).toList());
    }

    /**
     * Which operations need a login is asked of the running API: each is called without a token (path parameters
     * filled in, an empty JSON body), and whatever answers 401 must declare it. Refusing comes first in every
     * such method, so these calls change nothing.
     */
    @Test
    void everyOperationThatNeedsALoginDeclares401() {
        Api anonymous = new Api(base).withHeader("Accept", "*/*");
        assertNone("answers 401 without a login but does not declare it", op -> {
            if (op.responses().containsKey("401")) {
                return List.of();
            }
            int at = op.path().indexOf(API);
            if (at < 0) {
                return List.of();
            }
            String path = op.path().substring(at + 1).replace("{type}", "idea").replaceAll("\\{[^}]+}", "1");
            Api.Answer answer = switch (op.method()) {
                case "get" -> anonymous.get(path);
                case "delete" -> anonymous.delete(path);
                case "put" -> anonymous.putJson(path, "{}");
                case "post" -> anonymous.postJson(path, "{}");
                default -> null;
            };
            return answer != null && answer.status() == 401 ? List.of("401") : List.of();
        });
    }

    /**
     * A client can handle every failure one way: each 4xx and 5xx of the API has the problem+json body with the Problem
     * schema, and each operation declares the 500 and the 503 (with Retry-After) that any request can meet.
     */
    @Test
    void everyErrorAnswerIsAProblemAndEveryOperationDeclaresTheFailuresAnyRequestMayMeet() {
        JsonObject problem = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
        assertThat(problem.getJsonObject("properties").keySet()).contains("status", "detail", "requestId", "errors");
        assertNone("error answers without a problem+json body, or without the 500 and 503", op -> {
            List<String> found = new ArrayList<>();
            if (!op.path().contains(API)) {
                return found;
            }
            for (String code : List.of("500", "503")) {
                if (!op.responses().containsKey(code)) {
                    found.add("no " + code);
                }
            }
            op.responses().forEach((code, response) -> {
                JsonObject content = response.asJsonObject().getJsonObject("content");
                JsonObject media = content == null ? null : content.getJsonObject("application/problem+json");
                if ((code.startsWith("4") || code.startsWith("5")) && (media == null || !media.containsKey("schema"))) {
                    found.add(code + " without a problem+json schema");
                }
            });
            JsonObject unavailable = op.responses().containsKey("503") ? op.responses().get("503").asJsonObject() : null;
            if (unavailable != null && (unavailable.getJsonObject("headers") == null
                    || !unavailable.getJsonObject("headers").containsKey("Retry-After"))) {
                found.add("503 without Retry-After");
            }
            return found;
        });
    }

    private static boolean hasExample(JsonObject media) {
        JsonObject examples = media.getJsonObject("examples");
        return media.containsKey("example") || examples != null && !examples.isEmpty();
    }

    /** Fails naming every operation (method and path) with what the check found wrong with it. */
    private void assertNone(String what, Function<Operation, List<String>> offences) {
        List<String> offenders = new ArrayList<>();
        for (Operation op : operations) {
            List<String> found = offences.apply(op);
            if (!found.isEmpty()) {
                offenders.add(op + " " + found);
            }
        }
        assertThat(offenders).withFailMessage(() -> offenders.size() + " operation(s) with " + what + ":\n  "
                + String.join("\n  ", offenders)).isEmpty();
    }
}
