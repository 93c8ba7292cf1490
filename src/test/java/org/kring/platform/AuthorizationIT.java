package org.kring.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Community;
import org.kring.testing.KringDeployment;

/**
 * Who may call what, for every operation of the API: a table of the status each kind of caller gets (anonymous, a
 * member, a moderator, an admin, an analyst). The table is checked against /openapi, so a new endpoint without a row
 * fails this test. Ids that do not exist and bodies that are not valid keep the callers that are let in from changing
 * anything: they get the 400 or 404 that comes after the role check, the others the 401 or 403 that comes before it
 * (where what is asked for does not exist, a 404 may come first: it tells nothing that the public reads do not).
 * "-" marks a caller that is not sent the request, because an allowed call would change what other tests rely on
 * (logging out, erasing the account, starting a full reindex, marking the demo staff's notifications read).
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationIT {

    private static final String DEMO_PASSWORD = "kring-demo";
    private static final String NO_SUCH = "999999999";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private List<Api> callers;

    private record Row(String method, String path, String body, String expected) {
    }

    private static Row row(String method, String path, String body, String expected) {
        return new Row(method, path, body, expected);
    }

    private static Row get(String path, String expected) {
        return row("GET", path, null, expected);
    }

    @BeforeEach
    void callers() {
        Api anonymous = new Api(base);
        Community community = new Community(anonymous);
        callers = List.of(anonymous, community.newMember("Rechten Lid"),
                anonymous.withBearer(community.token("moderator@kring.demo", DEMO_PASSWORD)),
                anonymous.withBearer(community.token("admin@kring.demo", DEMO_PASSWORD)),
                anonymous.withBearer(community.token("analyst@kring.demo", DEMO_PASSWORD)));
    }

    /** Columns: anonymous, member, moderator, admin, analyst. */
    private static final List<Row> TABLE = List.of(
            // the public community: everyone reads, members write
            get("api/v1/topics", "200 200 200 200 200"),
            get("api/v1/challenges", "200 200 200 200 200"),
            get("api/v1/challenges/no-such-challenge", "404 404 404 404 404"),
            get("api/v1/statuses", "200 200 200 200 200"),
            get("api/v1/ideas", "200 200 200 200 200"),
            row("POST", "api/v1/ideas", "{}", "401 400 400 400 400"),
            get("api/v1/ideas/similar?title=statiegeld", "200 200 200 200 200"),
            get("api/v1/ideas/" + NO_SUCH, "404 404 404 404 404"),
            row("PUT", "api/v1/ideas/" + NO_SUCH, "{}", "401 404 404 404 404"),
            get("api/v1/ideas/" + NO_SUCH + "/revisions", "404 404 404 404 404"),
            get("api/v1/ideas/" + NO_SUCH + "/thread", "404 404 404 404 404"),
            row("PUT", "api/v1/ideas/" + NO_SUCH + "/vote", null, "401 404 404 404 404"),
            row("DELETE", "api/v1/ideas/" + NO_SUCH + "/vote", null, "401 404 404 404 404"),
            get("api/v1/threads", "200 200 200 200 200"),
            row("POST", "api/v1/threads", "{}", "401 400 400 400 400"),
            get("api/v1/threads/" + NO_SUCH, "404 404 404 404 404"),
            get("api/v1/threads/" + NO_SUCH + "/posts", "404 404 404 404 404"),
            row("POST", "api/v1/threads/" + NO_SUCH + "/posts", "{\"body\": \"Hallo\"}", "401 404 404 404 404"),
            row("PUT", "api/v1/posts/" + NO_SUCH, "{\"body\": \"Hallo\"}", "401 404 404 404 404"),
            row("DELETE", "api/v1/posts/" + NO_SUCH, null, "401 404 404 404 404"),
            row("PUT", "api/v1/posts/" + NO_SUCH + "/like", null, "401 404 404 404 404"),
            row("DELETE", "api/v1/posts/" + NO_SUCH + "/like", null, "401 404 404 404 404"),
            get("api/v1/posts/" + NO_SUCH + "/revisions", "404 404 404 404 404"),
            get("api/v1/follows", "401 200 200 200 200"),
            row("PUT", "api/v1/follows/idea/" + NO_SUCH, null, "401 404 404 404 404"),
            row("DELETE", "api/v1/follows/idea/" + NO_SUCH, null, "401 200 200 200 200"),
            get("api/v1/search?q=statiegeld", "200 200 200 200 200"),
            get("api/v1/search?q=statiegeld&includeHidden=true", "401 403 200 200 200"),
            row("POST", "api/v1/search", "{\"query\": \"statiegeld\"}", "200 200 200 200 200"),
            get("api/v1/search/suggest?prefix=stat", "200 200 200 200 200"),
            // members and their own data
            row("POST", "api/v1/members", "{}", "400 400 400 400 400"),
            row("POST", "api/v1/members/verification", "{\"token\": \"made-up\"}", "400 400 400 400 400"),
            row("POST", "api/v1/members/me/verification-mail", "", "401 409 409 409 409"),
            get("api/v1/members/" + NO_SUCH, "404 404 404 404 404"),
            get("api/v1/members/me", "401 200 200 200 200"),
            get("api/v1/members/me/data", "401 200 200 200 200"),
            row("PUT", "api/v1/members/me/profile", "{\"ageBand\": \"no-such-band\"}", "401 400 400 400 400"),
            row("POST", "api/v1/members/me/erasure", "{\"password\": \"not-mine\", \"deleteContent\": false}", "401 - - - -"),
            row("POST", "api/v1/auth/token", "{\"email\": \"\"}", "400 400 400 400 400"),
            row("DELETE", "api/v1/auth/token", null, "401 - - - -"),
            row("POST", "api/v1/auth/unlock", "{\"token\": \"made-up\"}", "400 400 400 400 400"),
            get("api/v1/members/me/notification-preferences", "401 200 200 200 200"),
            row("PUT", "api/v1/members/me/notification-preferences", "{\"email\": {\"NO_SUCH_KIND\": \"DAILY\"}}",
                    "401 400 400 400 400"),
            row("POST", "api/v1/admin/digests/run?period=never", "", "401 403 403 400 403"),
            get("api/v1/notifications", "401 200 200 200 200"),
            get("api/v1/notifications/unread", "401 200 200 200 200"),
            row("PUT", "api/v1/notifications/read", null, "401 200 - - -"),
            row("PUT", "api/v1/notifications/" + NO_SUCH + "/read", null, "401 404 404 404 404"),
            row("POST", "api/v1/notifications/unsubscribe?member=" + NO_SUCH + "&sig=nope", "", "403 403 403 403 403"),
            // feeds and the company's answers, public
            get("api/v1/feeds/topics/no-such-topic", "404 404 404 404 404"),
            get("api/v1/feeds/challenges/no-such-challenge", "404 404 404 404 404"),
            get("api/v1/feeds/ideas/" + NO_SUCH, "404 404 404 404 404"),
            get("api/v1/feeds/changelog", "200 200 200 200 200"),
            get("api/v1/roadmap", "200 200 200 200 200"),
            get("api/v1/roadmap/planned", "200 200 200 200 200"),
            get("api/v1/responses/times", "200 200 200 200 200"),
            get("api/v1/ideas/" + NO_SUCH + "/status", "404 404 404 404 404"),
            get("api/v1/ideas/" + NO_SUCH + "/answer", "404 404 404 404 404"),
            get("api/v1/ideas/" + NO_SUCH + "/answer/revisions", "404 404 404 404 404"),
            // the company's team: analysts and admins answer (moderators too only when configured)
            row("PUT", "api/v1/ideas/" + NO_SUCH + "/status", "{\"status\": \"PLANNED\"}", "401 403 403 404 404"),
            row("PUT", "api/v1/ideas/" + NO_SUCH + "/answer", "{\"body\": \"Dank je\"}", "401 403 403 404 404"),
            get("api/v1/responses/unanswered", "401 403 403 200 200"),
            // moderation: moderators and admins; thresholds by admins
            get("api/v1/moderation/queue", "401 403 200 200 403"),
            row("POST", "api/v1/moderation/queue/" + NO_SUCH + "/claim", "", "401 403 404 404 403"),
            row("DELETE", "api/v1/moderation/queue/" + NO_SUCH + "/claim", null, "401 403 204 204 403"),
            row("POST", "api/v1/moderation/actions", "{\"action\": \"APPROVE\", \"itemIds\": [" + NO_SUCH + "]}",
                    "401 403 404 404 403"),
            get("api/v1/moderation/log", "401 403 200 200 403"),
            row("POST", "api/v1/moderation/log/" + NO_SUCH + "/undo", "", "401 403 404 404 403"),
            row("POST", "api/v1/moderation/ideas/" + NO_SUCH + "/merge", "{\"into\": 1}", "401 403 404 404 403"),
            row("POST", "api/v1/moderation/ideas/" + NO_SUCH + "/move", "{\"topic\": \"verpakking\"}", "401 403 404 404 403"),
            row("POST", "api/v1/moderation/threads/" + NO_SUCH + "/move", "{\"topic\": \"verpakking\"}", "401 403 404 404 403"),
            row("POST", "api/v1/moderation/members/" + NO_SUCH + "/sanctions", "{\"kind\": \"WARN\", \"reason\": \"Let op\"}",
                    "401 403 404 404 403"),
            row("POST", "api/v1/moderation/members/" + NO_SUCH + "/selection", "", "401 403 404 404 403"),
            row("POST", "api/v1/moderation/members/" + NO_SUCH + "/watch", "{\"reason\": \"Let op\"}", "401 403 404 404 403"),
            row("DELETE", "api/v1/moderation/members/" + NO_SUCH + "/watch", null, "401 403 404 404 403"),
            get("api/v1/moderation/watched-words", "401 403 403 200 403"),
            row("POST", "api/v1/moderation/watched-words", "{}", "401 403 403 400 403"),
            row("DELETE", "api/v1/moderation/watched-words/" + NO_SUCH, null, "401 403 403 404 403"),
            get("api/v1/moderation/thresholds", "401 403 200 200 403"),
            row("PUT", "api/v1/moderation/thresholds/no-such-topic", "{\"hideScore\": 3}", "401 403 403 400 403"),
            row("POST", "api/v1/flags", "{\"targetType\": \"IDEA\", \"targetId\": " + NO_SUCH + ", \"reason\": \"SPAM\"}",
                    "401 404 404 404 404"),
            get("api/v1/flags/mine", "401 200 200 200 200"),
            // the insight workbench: analysts and admins
            get("api/v1/insights/explore", "401 403 403 200 200"),
            row("POST", "api/v1/insights/explore", "{}", "401 403 403 200 200"),
            get("api/v1/insights/trends", "401 403 403 200 200"),
            get("api/v1/insights/themes", "401 403 403 200 200"),
            get("api/v1/insights/export/csv?q=" + NO_SUCH, "401 403 403 200 200"),
            get("api/v1/insights/export/json?q=" + NO_SUCH, "401 403 403 200 200"),
            get("api/v1/insights", "401 403 403 200 200"),
            row("POST", "api/v1/insights", "{}", "401 403 403 400 400"),
            get("api/v1/insights/" + NO_SUCH, "401 403 403 404 404"),
            row("PUT", "api/v1/insights/" + NO_SUCH, "{\"title\": \"Een inzicht\"}", "401 403 403 404 404"),
            row("DELETE", "api/v1/insights/" + NO_SUCH, null, "401 403 403 404 404"),
            row("POST", "api/v1/insights/" + NO_SUCH + "/comments", "{\"text\": \"Eens\"}", "401 403 403 404 404"),
            row("POST", "api/v1/insights/" + NO_SUCH + "/evidence", "{\"contributionType\": \"idea\", \"contributionId\": 1}",
                    "401 403 403 404 404"),
            row("DELETE", "api/v1/insights/" + NO_SUCH + "/evidence/" + NO_SUCH, null, "401 403 403 404 404"),
            get("api/v1/insights/" + NO_SUCH + "/export/csv", "401 403 403 404 404"),
            get("api/v1/insights/" + NO_SUCH + "/export/json", "401 403 403 404 404"),
            get("api/v1/insights/matrix", "401 403 403 200 200"),
            row("PUT", "api/v1/insights/matrix/idea/" + NO_SUCH, "{\"value\": 3, \"effort\": 2}", "401 403 403 404 404"),
            row("DELETE", "api/v1/insights/matrix/idea/" + NO_SUCH, null, "401 403 403 404 404"),
            get("api/v1/insights/pilots", "401 403 403 200 200"),
            row("POST", "api/v1/insights/pilots", "{}", "401 403 403 400 400"),
            row("PUT", "api/v1/insights/pilots/" + NO_SUCH, "{\"state\": \"RUNNING\"}", "401 403 403 404 404"),
            get("api/v1/insights/dashboard", "401 403 403 200 200"),
            get("api/v1/insights/impact-report", "401 403 403 200 200"),
            get("api/v1/insights/impact-report/csv", "401 403 403 200 200"),
            // the staff's weekly internal digest: subscribed and unsubscribed again, so no demo staff member keeps it
            get("api/v1/members/me/staff-digest", "401 403 200 200 200"),
            row("PUT", "api/v1/members/me/staff-digest", null, "401 403 200 200 200"),
            row("DELETE", "api/v1/members/me/staff-digest", null, "401 403 200 200 200"),
            // operating Kring: admins
            get("api/v1/admin/consistency", "401 403 403 200 403"),
            get("api/v1/admin/search/consistency", "401 403 403 200 403"),
            get("api/v1/admin/search/reindex", "401 403 403 200 403"),
            row("POST", "api/v1/admin/search/reindex", "", "401 403 403 - 403"),
            get("api/v1/admin/webhooks", "401 403 403 200 403"),
            row("POST", "api/v1/admin/webhooks", "{}", "401 403 403 400 403"),
            get("api/v1/admin/webhooks/" + NO_SUCH, "401 403 403 404 403"),
            row("PUT", "api/v1/admin/webhooks/" + NO_SUCH, "{\"enabled\": false}", "401 403 403 404 403"),
            row("DELETE", "api/v1/admin/webhooks/" + NO_SUCH, null, "401 403 403 404 403"),
            get("api/v1/admin/webhooks/" + NO_SUCH + "/deliveries", "401 403 403 404 403"),
            row("POST", "api/v1/admin/webhooks/deliveries/" + NO_SUCH + "/redeliver", "", "401 403 403 404 403"),
            // administration (issue 16, item 6): admins only
            get("api/v1/admin/topics", "401 403 403 200 403"),
            row("POST", "api/v1/admin/topics", "{}", "401 403 403 400 403"),
            row("PUT", "api/v1/admin/topics/" + NO_SUCH, "{}", "401 403 403 404 403"),
            row("DELETE", "api/v1/admin/topics/" + NO_SUCH, null, "401 403 403 404 403"),
            row("POST", "api/v1/admin/topics/" + NO_SUCH + "/archive", "", "401 403 403 404 403"),
            row("POST", "api/v1/admin/topics/" + NO_SUCH + "/unarchive", "", "401 403 403 404 403"),
            get("api/v1/admin/challenges", "401 403 403 200 403"),
            row("POST", "api/v1/admin/challenges", "{}", "401 403 403 400 403"),
            row("PUT", "api/v1/admin/challenges/" + NO_SUCH, "{}", "401 403 403 404 403"),
            row("POST", "api/v1/admin/challenges/" + NO_SUCH + "/close", "", "401 403 403 404 403"),
            row("PUT", "api/v1/admin/challenges/" + NO_SUCH + "/outcome", "{}", "401 403 403 404 403"),
            get("api/v1/admin/members", "401 403 403 200 403"),
            row("PUT", "api/v1/admin/members/" + NO_SUCH + "/role", "{\"role\": \"MODERATOR\"}", "401 403 403 404 403"),
            get("api/v1/admin/members/" + NO_SUCH + "/moderator-topics", "401 403 403 404 403"),
            row("PUT", "api/v1/admin/members/" + NO_SUCH + "/moderator-topics", "{\"topics\": []}", "401 403 403 404 403"),
            get("api/v1/admin/audit", "401 403 403 200 403"),
            get("api/v1/admin/settings", "401 403 403 200 403"),
            row("PUT", "api/v1/admin/settings", "{\"settings\": {\"kring.no-such-setting\": \"1\"}}", "401 403 403 400 403"),
            // channel attribution (issue 16, item 5)
            get("api/v1/admin/channel-links", "401 403 403 200 403"),
            row("POST", "api/v1/admin/channel-links", "{}", "401 403 403 400 403"),
            row("DELETE", "api/v1/admin/channel-links/" + NO_SUCH, null, "401 403 403 404 403"));

    @Test
    void everyOperationAnswersEachKindOfCallerAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (Row row : TABLE) {
            String[] expected = row.expected().split(" ");
            for (int i = 0; i < callers.size(); i++) {
                if (expected[i].equals("-")) {
                    continue;
                }
                Api.Answer answer = call(callers.get(i), row);
                if (answer.status() != Integer.parseInt(expected[i])) {
                    wrong.add(row.method() + " " + row.path() + " as " + CALLERS[i] + ": " + answer.status() + " (expected "
                            + expected[i] + ") " + answer.body().substring(0, Math.min(200, answer.body().length())));
                }
            }
        }
        assertThat(wrong).as("answers that differ from the table").isEmpty();
    }

    @Test
    void everyDocumentedOperationHasARowAndEveryRowIsDocumented() {
        JsonObject paths = callers.get(0).root().withHeader("Accept", "application/json").get("openapi").json().asJsonObject()
                .getJsonObject("paths");
        List<String> documented = new ArrayList<>();
        for (Map.Entry<String, jakarta.json.JsonValue> path : paths.entrySet()) {
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (List.of("get", "put", "post", "delete", "patch", "head").contains(method)) {
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        assertThat(documented).as("operations in /openapi").hasSizeGreaterThan(90);
        assertThat(documented).as("operations without a row in the table").allSatisfy(operation ->
                assertThat(TABLE.stream().anyMatch(row -> matches(operation, row))).as(operation).isTrue());
        assertThat(TABLE).as("rows without an operation in /openapi").allSatisfy(row ->
                assertThat(documented.stream().anyMatch(operation -> matches(operation, row))).as(row.toString()).isTrue());
    }

    private static final String[] CALLERS = {"anonymous", "member", "moderator", "admin", "analyst"};

    private static boolean matches(String operation, Row row) {
        String[] parts = operation.split(" ", 2);
        String template = parts[1].replaceAll("\\{[^}]+}", "[^/]+");
        String path = "/" + row.path().replaceFirst("\\?.*", "");
        return parts[0].equals(row.method()) && path.matches(template);
    }

    private static Api.Answer call(Api caller, Row row) {
        return switch (row.method()) {
            case "GET" -> caller.get(row.path());
            case "DELETE" -> caller.delete(row.path());
            case "PUT" -> row.body() == null ? caller.put(row.path()) : caller.putJson(row.path(), row.body());
            default -> caller.post(row.path(), "application/json", row.body());
        };
    }
}
