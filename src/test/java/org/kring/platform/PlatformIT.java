package org.kring.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.KringDeployment;
import org.kring.testing.TestDatabase;

/** The running platform, through HTTP: health, errors as problem+json, and data from PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api api() {
        return new Api(base);
    }

    /** Payara serves health at the server root, not under the application's context. */
    private Api root() {
        return api().root();
    }

    @Test
    void readyWhenDatabaseAndElasticsearchAnswer() throws Exception {
        Api.Answer ready = root().get("health/ready");
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        JsonObject health = ready.json().asJsonObject();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("name"))
                .contains("database", "elasticsearch");
        assertThat(root().get("health/live").status()).isEqualTo(200);
    }

    @Test
    void topicsComeFromPostgresql() throws Exception {
        try (Connection db = TestDatabase.connect();
             PreparedStatement insert = db.prepareStatement("insert into topic (id, slug, name_nl, name_en, "
                     + "description_nl, description_en, position) values (nextval('topic_seq'), ?, ?, ?, ?, ?, 99)")) {
            insert.setString(1, "platform-it-" + System.nanoTime());
            insert.setString(2, "Proeftuin");
            insert.setString(3, "Test garden");
            insert.setString(4, "Alleen voor deze test.");
            insert.setString(5, "Only for this test.");
            insert.executeUpdate();
        }
        Api.Answer topics = api().get("api/v1/topics");
        assertThat(topics.status()).isEqualTo(200);
        JsonArray list = topics.json().asJsonArray();
        assertThat(list.getValuesAs(JsonObject.class)).extracting(t -> t.getString("nameEn"))
                .contains("Packaging", "Test garden");
    }

    @Test
    void ideasListAndOneIdea() {
        JsonArray newest = api().get("api/v1/ideas?limit=5").json().asJsonObject().getJsonArray("items");
        assertThat(newest).hasSize(5);
        JsonObject first = newest.getJsonObject(0);
        Api.Answer one = api().get("api/v1/ideas/" + first.getJsonNumber("id").longValue());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().asJsonObject().getString("title")).isEqualTo(first.getString("title"));
    }

    @Test
    void unknownPathIsProblemJson() {
        Api.Answer answer = api().get("api/v1/no-such-thing");
        answer.problem(404);
        assertThat(answer.json().asJsonObject().getString("detail")).contains("no-such-thing");
    }

    /**
     * A transaction that could not be finished (as when the database dies during a commit) is answered by Kring as every
     * other failure, as problem+json with a request id; Jersey's own mapper for it answered a bare 500 page.
     */
    @Test
    void aTransactionThatCouldNotBeFinishedIsProblemJson() {
        Api.Answer answer = api().post("api/v1/test-probes/transaction-failure", "application/json", "{}");
        JsonObject problem = answer.problem(500);
        assertThat(problem.getString("detail")).contains("request id");
    }

    @Test
    void missingIdeaIsProblemJson() {
        Api.Answer answer = api().get("api/v1/ideas/987654321");
        answer.problem(404);
        assertThat(answer.json().asJsonObject().getString("detail")).isEqualTo("There is no idea 987654321.");
    }

    @Test
    void malformedJsonIsProblemJson() {
        Api.Answer answer = api().post("api/v1/search", "application/json", "{\"query\": \"fiets\",");
        answer.problem(400);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        String huge = "{\"query\":\"" + "a".repeat(300_000) + "\"}";
        api().post("api/v1/search", "application/json", huge).problem(413);
    }

    @Test
    void wrongMediaTypeIsProblemJson() {
        api().post("api/v1/search", "text/plain", "fiets").problem(415);
    }

    @Test
    void wrongMethodIsProblemJson() {
        Api.Answer answer = api().post("api/v1/topics", "application/json", "{}");
        answer.problem(405);
        assertThat(answer.header("Allow")).contains("GET");
    }

    @Test
    void validationNamesTheField() {
        Api.Answer answer = api().get("api/v1/ideas?limit=1000");
        answer.problem(400);
        JsonObject error = answer.json().asJsonObject().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("limit");
        assertThat(error.getString("reason")).isNotBlank();
    }

    @Test
    void everyAnswerCarriesARequestId() {
        Api.Answer answer = api().get("api/v1/no-such-thing");
        assertThat(answer.header("X-Request-Id")).isNotBlank();
        assertThat(answer.json().asJsonObject().getString("requestId")).isEqualTo(answer.header("X-Request-Id"));
    }

    @Test
    void openApiDocumentAndPageAreServed() throws Exception {
        Api.Answer openapi = root().get("openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("api/v1/topics").contains("Kring API");
        Api.Answer page = api().get("api-docs/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js");
        String script = page.body().replaceAll("(?s).*src=\"\\.\\./(webjars/[^\"]+\\.js)\".*", "$1");
        assertThat(api().get(script).status()).as(script).isEqualTo(200);
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() {
        Api.Answer page = api().get("");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).as("page policy")
                .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "form-action 'self'");
        Api.Answer json = api().get("api/v1/topics");
        assertThat(json.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        for (Api.Answer answer : new Api.Answer[] {page, json}) {
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(answer.header("Permissions-Policy")).contains("camera=()");
            assertThat(answer.header("Strict-Transport-Security")).as("plain HTTP, no HTTPS configured").isNull();
        }
    }

    @Test
    void theApiHasNoWadl() {
        assertThat(api().get("api/v1/application.wadl").status()).isEqualTo(404);
    }

    @Test
    void metricsAreServed() throws Exception {
        assertThat(root().get("metrics").status()).isEqualTo(200);
    }

}
