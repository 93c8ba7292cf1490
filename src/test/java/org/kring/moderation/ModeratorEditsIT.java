package org.kring.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
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
 * A moderator rewording a member's idea or post is in the moderation log like every other action, and undoing it puts
 * the member's wording back (the moderator's stays as a revision); the author's own edits are not moderation.
 */
@ExtendWith(ArquillianExtension.class)
class ModeratorEditsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api anonymous;
    private Community community;
    private Api moderator;

    @BeforeEach
    void logins() {
        anonymous = new Api(base);
        community = new Community(anonymous);
        moderator = anonymous.withBearer(community.token("moderator@kring.demo", "kring-demo"));
    }

    @Test
    void aModeratorsEditOfAnIdeaIsLoggedAndUndoingItBringsTheAuthorsWordingBack() {
        Api author = community.newMember("Woorden Auteur");
        long idea = postIdea(author, "Statiegeld op blikjes " + unique());
        String authorsTitle = "Statiegeld op blikjes en flesjes " + unique();
        assertThat(edit(author, idea, authorsTitle).status()).isEqualTo(200);
        assertThat(logOf("IDEA", idea)).as("the author's own edit is no moderation").isEmpty();

        assertThat(edit(moderator, idea, "Statiegeld (titel ingekort door moderator)").status()).isEqualTo(200);
        JsonArray log = logOf("IDEA", idea);
        assertThat(log).hasSize(1);
        JsonObject entry = log.getJsonObject(0);
        assertThat(entry.getString("action")).isEqualTo("EDIT");
        assertThat(entry.getString("stateBefore")).startsWith("revision:");

        Api.Answer undone = moderator.postJson("api/v1/moderation/log/" + entry.getJsonNumber("id") + "/undo", "");
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(anonymous.get("api/v1/ideas/" + idea).json().asJsonObject().getString("title")).isEqualTo(authorsTitle);
        assertThat(author.get("api/v1/ideas/" + idea + "/revisions").body()).as("the moderator's wording is kept")
                .contains("ingekort door moderator");

        long undo = undone.json().asJsonObject().getJsonNumber("id").longValue();
        assertThat(moderator.postJson("api/v1/moderation/log/" + undo + "/undo", "").status()).isEqualTo(200);
        assertThat(anonymous.get("api/v1/ideas/" + idea).json().asJsonObject().getString("title"))
                .as("undoing the undo rewords it as the moderator did").isEqualTo("Statiegeld (titel ingekort door moderator)");
    }

    @Test
    void aModeratorsEditOfAPostIsLoggedAndUndone() {
        Api author = community.newMember("Reactie Auteur");
        long idea = postIdea(author, "Een idee met een reactie " + unique());
        long thread = author.get("api/v1/ideas/" + idea + "/thread").json().asJsonObject().getJsonNumber("threadId").longValue();
        Api.Answer posted = author.postJson("api/v1/threads/" + thread + "/posts", "{\"body\": \"Bel me op 06-12345678\"}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        long post = posted.json().asJsonObject().getJsonNumber("id").longValue();

        Api.Answer edited = moderator.putJson("api/v1/posts/" + post, "{\"body\": \"[telefoonnummer weggehaald]\"}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        JsonArray log = logOf("POST", post);
        assertThat(log).hasSize(1);
        assertThat(log.getJsonObject(0).getString("action")).isEqualTo("EDIT");
        assertThat(log.getJsonObject(0).getJsonNumber("moderatorId")).isNotNull();

        assertThat(moderator.postJson("api/v1/moderation/log/" + log.getJsonObject(0).getJsonNumber("id") + "/undo", "").status())
                .isEqualTo(200);
        assertThat(anonymous.get("api/v1/threads/" + thread + "/posts").body()).contains("06-12345678");
    }

    private JsonArray logOf(String type, long id) {
        Api.Answer answer = moderator.get("api/v1/moderation/log?action=EDIT&targetType=" + type + "&targetId=" + id);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().asJsonObject().getJsonArray("entries");
    }

    private static Api.Answer edit(Api editor, long idea, String title) {
        Api.Answer answer = editor.putJson("api/v1/ideas/" + idea, Json.createObjectBuilder().add("title", title)
                .add("body", "Lege blikjes liggen overal in de berm.").add("tags", Json.createArrayBuilder()).build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private static long postIdea(Api author, String title) {
        Api.Answer answer = author.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title)
                .add("body", "Lege blikjes liggen overal in de berm.").add("topic", "verpakking").add("language", "nl")
                .add("tags", Json.createArrayBuilder()).build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }
}
