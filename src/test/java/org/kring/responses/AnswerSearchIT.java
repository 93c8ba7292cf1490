package org.kring.responses;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Community;
import org.kring.testing.KringDeployment;

/**
 * The team's official answers are found by search (type {@code answer}), under their idea, through the search outbox:
 * a new answer and an edited one become searchable, and an answer on a hidden idea is hidden with it.
 */
@ExtendWith(ArquillianExtension.class)
class AnswerSearchIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api anonymous() {
        return new Api(base);
    }

    private Api demo(String who) {
        return anonymous().withBearer(new Community(anonymous()).token(who + "@kring.demo", "kring-demo"));
    }

    private JsonObject awaitAnswers(Api reader, String word, int total) {
        return reader.await("api/v1/search?q=" + word + "&type=answer", page -> page.getInt("total") == total, PATIENCE);
    }

    @Test
    void anOfficialAnswerIsFoundUnderItsIdeaAndFollowsEditsAndModeration() {
        long run = System.nanoTime() % 1_000_000;
        String first = "kraanwaterpunt" + run;
        String second = "bidonvulling" + run;
        Api author = new Community(anonymous()).newMember("Vrager " + run);
        Api.Answer posted = author.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", "Water tappen bij de ingang")
                .add("body", "Graag een plek om je fles te vullen.").add("topic", "verpakking").add("language", "nl")
                .add("tags", Json.createArrayBuilder()).build().toString());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        long idea = posted.json().asJsonObject().getJsonNumber("id").longValue();
        Api analyst = demo("analyst");

        Api.Answer answered = analyst.putJson("api/v1/ideas/" + idea + "/answer", "{\"body\":\"We plaatsen een **" + first + "** in mei.\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        JsonObject hit = awaitAnswers(anonymous(), first, 1).getJsonArray("results").getJsonObject(0);
        assertThat(hit.getString("type")).isEqualTo("answer");
        assertThat(hit.getJsonNumber("id").longValue()).as("an answer leads to its idea").isEqualTo(idea);
        assertThat(hit.getString("title")).isEqualTo("Water tappen bij de ingang");
        assertThat(anonymous().get("api/v1/search?q=" + first + "&type=idea").json().asJsonObject().getInt("total"))
                .as("the idea itself does not hold the answer's words").isZero();

        assertThat(analyst.putJson("api/v1/ideas/" + idea + "/answer", "{\"body\":\"Het wordt een " + second + ".\"}").status())
                .isEqualTo(200);
        awaitAnswers(anonymous(), second, 1);
        awaitAnswers(anonymous(), first, 0);

        Api moderator = demo("moderator");
        Api.Answer flagged = new Community(anonymous()).newMember("Melder " + run).postJson("api/v1/flags", Json.createObjectBuilder()
                .add("targetType", "IDEA").add("targetId", idea).add("reason", "SPAM").build().toString());
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
        Api.Answer hidden = moderator.postJson("api/v1/moderation/actions", Json.createObjectBuilder().add("action", "HIDE")
                .add("itemIds", Json.createArrayBuilder().add(flagged.json().asJsonObject().getJsonNumber("itemId").longValue()))
                .add("reason", "Spam").build().toString());
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
        awaitAnswers(anonymous(), second, 0);
        assertThat(moderator.get("api/v1/search?q=" + second + "&type=answer&includeHidden=true").json().asJsonObject().getInt("total"))
                .as("staff still find it, marked hidden").isEqualTo(1);
    }
}
