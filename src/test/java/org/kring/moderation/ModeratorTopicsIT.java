package org.kring.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.testing.Browser.waitFor;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Browser;
import org.kring.testing.Community;
import org.kring.testing.KringDeployment;
import org.kring.testing.TestDatabase;
import org.kring.testing.WithBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A moderator limited to a topic (issue 12, item 9): an admin limits a fresh moderator to "verpakking"; the moderator's
 * queue, waiting count and log show that topic's items only; deciding, claiming, merging, moving, undoing or sanctioning
 * anything else is a 403 that names it and changes nothing, also for a bulk selection with one such item in it; lifting
 * the limit gives back every item. On the real PostgreSQL, with fresh members, so it does not depend on other classes.
 * The same limit holds when they reword (or delete) another member's idea or post: in their topic a logged EDIT, elsewhere
 * a 403 that changes nothing; their own they edit as its author. The demo has such a moderator. On the roles page an admin ticks a moderator's topics (axe-core and 360 px checked, screenshots).
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class ModeratorTopicsIT {

    private static final String DEMO_PASSWORD = "kring-demo";
    private static final String A = "verpakking";
    private static final String B = "klantenservice";
    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api anonymous;
    private Community community;
    private Api admin;

    @BeforeEach
    void logins() {
        anonymous = new Api(base);
        community = new Community(anonymous);
        admin = anonymous.withBearer(community.token("admin@kring.demo", DEMO_PASSWORD));
    }

    @Test
    void aModeratorLimitedToATopicSeesAndActsOnlyOnItsItemsUntilTheLimitIsLifted() throws Exception {
        Api everyTopic = anonymous.withBearer(community.token("moderator@kring.demo", DEMO_PASSWORD));
        Api limited = community.newMember("Sanne Verpakking");
        long limitedId = id(limited.get("api/v1/members/me"), "id");
        String topics = "api/v1/admin/members/" + limitedId + "/moderator-topics";

        assertThat(admin.putJson(topics, "{\"topics\": [\"" + A + "\"]}").problem(409).toString()).as("not a moderator yet")
                .contains("\"topics\"");
        assertThat(admin.putJson("api/v1/admin/members/" + limitedId + "/role", "{\"role\": \"MODERATOR\"}").status()).isEqualTo(200);
        assertThat(admin.putJson(topics, "{\"topics\": [\"no-such-topic\"]}").problem(400).toString()).contains("\"topics\"");
        assertThat(limited.putJson(topics, "{\"topics\": []}").problem(403)).as("admins only").isNotNull();
        Api.Answer limitedTo = admin.putJson(topics, "{\"topics\": [\"" + A + "\"]}");
        assertThat(limitedTo.status()).as(limitedTo.body()).isEqualTo(200);
        assertThat(slugs(admin.get(topics).json().asJsonObject())).containsExactly(A);
        assertThat(admin.get("api/v1/admin/audit?targetType=MEMBER&targetId=" + limitedId).body())
                .contains("MODERATOR_TOPICS_CHANGED", "all topics", A);

        Api author = community.newMember("Auteur Twee Onderwerpen");
        long authorId = id(author.get("api/v1/members/me"), "id");
        Api flagger = community.newMember("Melder Twee Onderwerpen");
        long threadA = id(author.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", A).add("title", "Gesprek in A")
                .add("body", "Eerste bericht").add("language", "nl").build().toString()), "id");
        long postA = id(author.postJson("api/v1/threads/" + threadA + "/posts", "{\"body\": \"Koop horloges\"}"), "id");
        long ideaA = postIdea(author, A, "Idee in A");
        long ideaB = postIdea(author, B, "Idee in B");
        long itemA = id(flagger.postJson("api/v1/flags", flag("POST", postA)), "itemId");
        long itemB = id(flagger.postJson("api/v1/flags", flag("IDEA", ideaB)), "itemId");
        long itemMember = id(flagger.postJson("api/v1/flags", flag("MEMBER", authorId)), "itemId");
        String authorsQueue = "api/v1/moderation/queue?member=" + authorId + "&limit=100";

        JsonObject queue = limited.get(authorsQueue).json().asJsonObject();
        assertThat(itemIds(queue)).as("a post by its thread's topic; no other topic, no member").containsExactly(itemA);
        assertThat(queue.getJsonNumber("waiting").longValue()).as("the waiting count: their topic's")
                .isEqualTo(sql("select count(*) from moderation_item where state = 'OPEN' and topic_id = (select id from topic where slug = '"
                        + A + "')"));
        assertThat(itemIds(everyTopic.get(authorsQueue).json().asJsonObject())).containsExactlyInAnyOrder(itemA, itemB, itemMember);

        String refused = limited.postJson("api/v1/moderation/actions", hide(itemB)).problem(403).getString("detail");
        assertThat(refused).as("names the item").contains("Queue item " + itemB);
        assertThat(limited.postJson("api/v1/moderation/actions", hide(itemA, itemB)).problem(403).getString("detail"))
                .as("a bulk selection with one item of another topic").contains(String.valueOf(itemB));
        assertThat(limited.postJson("api/v1/moderation/actions", hide(itemMember)).problem(403)).as("a member: no topic").isNotNull();
        assertThat(limited.postJson("api/v1/moderation/queue/" + itemB + "/claim", "").problem(403)).isNotNull();
        assertThat(limited.postJson("api/v1/moderation/ideas/" + ideaA + "/merge", "{\"into\": " + ideaB + "}").problem(403)).isNotNull();
        assertThat(limited.postJson("api/v1/moderation/ideas/" + ideaA + "/move", "{\"topic\": \"" + B + "\"}").problem(403))
                .as("a move needs both topics").isNotNull();
        assertThat(limited.postJson("api/v1/moderation/members/" + authorId + "/sanctions", "{\"kind\": \"WARN\", \"reason\": \"Let op\"}")
                .problem(403)).isNotNull();
        assertThat(sql("select count(*) from moderation_item where id in (" + itemA + ", " + itemB + ", " + itemMember
                + ") and state = 'OPEN' and claimed_by is null")).as("nothing changed").isEqualTo(3);
        assertThat(sql("select count(*) from idea where id in (" + ideaA + ", " + ideaB + ") and moderation_state = 'PUBLISHED' "
                + "and merged_into_id is null and topic_id in (select id from topic where slug in ('" + A + "', '" + B + "'))")).isEqualTo(2);
        assertThat(sql("select count(*) from post where id = " + postA + " and moderation_state = 'PUBLISHED'")).isEqualTo(1);
        assertThat(sql("select count(*) from moderation_action where author_id = " + authorId + " and moderator_id = " + limitedId)).isZero();

        assertThat(limited.postJson("api/v1/moderation/queue/" + itemA + "/claim", "").status()).isEqualTo(200);
        Api.Answer hidden = limited.postJson("api/v1/moderation/actions", hide(itemA));
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
        long hideEntry = hidden.json().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        long otherEntry = id(everyTopic.postJson("api/v1/moderation/actions", hide(itemB)), 0);
        String authorsLog = "api/v1/moderation/log?member=" + authorId;
        assertThat(logIds(limited.get(authorsLog).json().asJsonObject())).as("their topic's entries only")
                .contains(hideEntry).doesNotContain(otherEntry);
        assertThat(limited.postJson("api/v1/moderation/log/" + otherEntry + "/undo", "").problem(403)).isNotNull();
        assertThat(limited.postJson("api/v1/moderation/log/" + hideEntry + "/undo", "").status()).isEqualTo(200);

        Api.Answer lifted = admin.putJson(topics, "{\"topics\": []}");
        assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
        assertThat(slugs(lifted.json().asJsonObject())).isEmpty();
        assertThat(itemIds(limited.get(authorsQueue).json().asJsonObject())).as("every item again")
                .containsExactlyInAnyOrder(itemA, itemMember);
        assertThat(logIds(limited.get(authorsLog).json().asJsonObject())).contains(hideEntry, otherEntry);
        Api.Answer dismissed = limited.postJson("api/v1/moderation/actions", "{\"action\": \"APPROVE\", \"itemIds\": [" + itemMember + "]}");
        assertThat(dismissed.status()).as("a member report, now theirs too: " + dismissed.body()).isEqualTo(200);
    }

    @Test
    void aModeratorLimitedToATopicRewordsOthersIdeasAndPostsOnlyInIt() throws Exception {
        Api limited = community.newMember("Sanne Redactie");
        long limitedId = id(limited.get("api/v1/members/me"), "id");
        assertThat(admin.putJson("api/v1/admin/members/" + limitedId + "/role", "{\"role\": \"MODERATOR\"}").status()).isEqualTo(200);
        assertThat(admin.putJson("api/v1/admin/members/" + limitedId + "/moderator-topics", "{\"topics\": [\"" + A + "\"]}").status())
                .isEqualTo(200);
        Api author = community.newMember("Auteur Redactie");
        long ideaA = postIdea(author, A, "Idee om te herschrijven");
        long ideaB = postIdea(author, B, "Idee buiten bereik");
        long postA = postIn(author, A);
        long postB = postIn(author, B);

        Api.Answer ideaEdited = limited.putJson("api/v1/ideas/" + ideaA, ideaWording("Herschreven door de moderator"));
        assertThat(ideaEdited.status()).as(ideaEdited.body()).isEqualTo(200);
        Api.Answer postEdited = limited.putJson("api/v1/posts/" + postA, "{\"body\": \"[weggehaald door de moderator]\"}");
        assertThat(postEdited.status()).as(postEdited.body()).isEqualTo(200);
        assertThat(sql("select count(*) from moderation_action where moderator_id = " + limitedId + " and action = 'EDIT' and "
                + "((target_type = 'IDEA' and target_id = " + ideaA + ") or (target_type = 'POST' and target_id = " + postA + "))"))
                .as("both logged as the moderator's edits").isEqualTo(2);

        String ideaBefore = text("select title || '|' || body from idea where id = " + ideaB);
        String postBefore = text("select body from post where id = " + postB);
        assertThat(limited.putJson("api/v1/ideas/" + ideaB, ideaWording("Herschreven buiten het onderwerp")).problem(403)
                .getString("detail")).contains("Idea " + ideaB, "topic you do not moderate");
        assertThat(limited.putJson("api/v1/posts/" + postB, "{\"body\": \"[weggehaald]\"}").problem(403).getString("detail"))
                .contains("Post " + postB, "topic you do not moderate");
        assertThat(limited.delete("api/v1/posts/" + postB).problem(403)).as("nor deletes it").isNotNull();
        assertThat(text("select title || '|' || body from idea where id = " + ideaB)).as("nothing changed").isEqualTo(ideaBefore);
        assertThat(text("select body from post where id = " + postB)).isEqualTo(postBefore);
        assertThat(sql("select count(*) from post where id = " + postB + " and deleted = false")).isEqualTo(1);
        assertThat(sql("select count(*) from idea_revision where idea_id = " + ideaB)).isZero();
        assertThat(sql("select count(*) from post_revision where post_id = " + postB)).isZero();
        assertThat(sql("select count(*) from moderation_action where moderator_id = " + limitedId + " and ((target_type = 'IDEA' and "
                + "target_id = " + ideaB + ") or (target_type = 'POST' and target_id = " + postB + "))")).as("no log entry").isZero();

        long ownIdea = postIdea(limited, B, "Eigen idee van de moderator");
        Api.Answer own = limited.putJson("api/v1/ideas/" + ownIdea, ideaWording("Eigen idee, herschreven"));
        assertThat(own.status()).as("their own idea, as its author: " + own.body()).isEqualTo(200);
        Api.Answer lifted = admin.putJson("api/v1/admin/members/" + limitedId + "/moderator-topics", "{\"topics\": []}");
        assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
        Api.Answer everywhere = limited.putJson("api/v1/posts/" + postB, "{\"body\": \"[weggehaald]\"}");
        assertThat(everywhere.status()).as("every topic once the limit is lifted: " + everywhere.body()).isEqualTo(200);
    }

    @Test
    void theDemoHasAModeratorLimitedToATopicWithItemsOfItInTheQueue() throws Exception {
        Api limited = anonymous.withBearer(community.token("moderator.verpakking@kring.demo", DEMO_PASSWORD));
        long limitedId = id(limited.get("api/v1/members/me"), "id");
        assertThat(slugs(admin.get("api/v1/admin/members/" + limitedId + "/moderator-topics").json().asJsonObject())).containsExactly(A);
        assertThat(sql("select count(*) from flag f join moderation_item i on i.id = f.item_id join topic t on t.id = i.topic_id "
                + "where t.slug = '" + A + "'")).as("the demo flagged content of their topic").isPositive();
        JsonObject queue = limited.get("api/v1/moderation/queue?limit=100").json().asJsonObject();
        assertThat(queue.getJsonNumber("waiting").longValue()).as("their topic's waiting items")
                .isEqualTo(sql("select count(*) from moderation_item where state = 'OPEN' and topic_id = (select id from topic where slug = '"
                        + A + "')"));
    }

    @Test
    void anAdminTicksAModeratorsTopicsOnTheRolesPage() throws Exception {
        Api moderator = community.newMember("Pieter Pagina");
        JsonObject me = moderator.get("api/v1/members/me").json().asJsonObject();
        long id = me.getJsonNumber("id").longValue();
        assertThat(admin.putJson("api/v1/admin/members/" + id + "/role", "{\"role\": \"MODERATOR\"}").status()).isEqualTo(200);

        ChromeDriver driver = browser.freshVisit();
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys("admin@kring.demo");
        driver.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        waitFor(driver, By.cssSelector(".kring-me"));
        driver.get(base + "admin-roles.xhtml?q=" + URLEncoder.encode(me.getString("email"), StandardCharsets.UTF_8));
        driver.findElement(By.cssSelector("input[data-topic='" + A + "']")).click();
        driver.findElement(By.cssSelector("[id$=':saveTopics']")).click();
        // The save re-renders the form: a box found just before may be replaced while it is read.
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("input[data-topic='" + A + "']")).isSelected());
        assertThat(driver.findElement(By.id("messages")).getText()).isNotBlank();
        assertThat(driver.findElement(By.cssSelector("input[data-topic='" + B + "']")).isSelected()).isFalse();
        assertThat(slugs(admin.get("api/v1/admin/members/" + id + "/moderator-topics").json().asJsonObject())).containsExactly(A);
        browser.checkAtBothWidths("admin-roles-moderator-topics");
    }

    private static long postIdea(Api author, String topic, String title) {
        return id(author.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title + " " + System.nanoTime())
                .add("body", "Een idee voor de moderatie per onderwerp.").add("topic", topic).add("language", "nl")
                .add("tags", Json.createArrayBuilder()).build().toString()), "id");
    }

    private static long postIn(Api author, String topic) {
        long thread = id(author.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", topic)
                .add("title", "Gesprek in " + topic).add("body", "Eerste bericht").add("language", "nl").build().toString()), "id");
        return id(author.postJson("api/v1/threads/" + thread + "/posts", "{\"body\": \"Een bericht om te herschrijven\"}"), "id");
    }

    private static String ideaWording(String title) {
        return Json.createObjectBuilder().add("title", title + " " + System.nanoTime()).add("body", "Een nieuwe tekst.")
                .add("tags", Json.createArrayBuilder()).build().toString();
    }

    private static String flag(String type, long id) {
        return Json.createObjectBuilder().add("targetType", type).add("targetId", id).add("reason", "SPAM").build().toString();
    }

    private static String hide(long... items) {
        var ids = Json.createArrayBuilder();
        for (long item : items) {
            ids.add(item);
        }
        return Json.createObjectBuilder().add("action", "HIDE").add("itemIds", ids).add("reason", "Reclame").build().toString();
    }

    private static List<Long> itemIds(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    private static List<Long> logIds(JsonObject page) {
        return page.getJsonArray("entries").getValuesAs(JsonObject.class).stream().map(e -> e.getJsonNumber("id").longValue()).toList();
    }

    private static List<String> slugs(JsonObject view) {
        return view.getJsonArray("topics").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static long id(Api.Answer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer.json().asJsonObject().getJsonNumber(field).longValue();
    }

    private static long id(Api.Answer answer, int entry) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().asJsonArray().getJsonObject(entry).getJsonNumber("id").longValue();
    }


    private static String text(String query) throws Exception {
        try (Connection db = TestDatabase.connect(); ResultSet rs = db.createStatement().executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static long sql(String query) throws Exception {
        try (Connection db = TestDatabase.connect(); ResultSet rs = db.createStatement().executeQuery(query)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
