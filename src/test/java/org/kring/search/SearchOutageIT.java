package org.kring.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Community;
import org.kring.testing.ElasticsearchNode;
import org.kring.testing.KringDeployment;

/**
 * Elasticsearch goes away and comes back: Kring keeps accepting writes and the index catches up by itself.
 * Needs the node that bin/test started: anywhere else the class is skipped with that reason, before Payara boots.
 */
@EnabledIfEnvironmentVariable(named = "KRING_TEST_ES_HOME", matches = ".+",
        disabledReason = "stopping Elasticsearch needs the node that bin/test started (KRING_TEST_ES_HOME, KRING_TEST_ES_PORT)")
@ExtendWith(ArquillianExtension.class)
class SearchOutageIT {

    private static final int IDEAS = 50;
    /** Under the per-member limit on ideas per hour. */
    private static final int IDEAS_PER_MEMBER = 10;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void ideasWrittenWhileElasticsearchIsDownAreAllSearchableSoonAfterItReturns() {
        ElasticsearchNode node = new ElasticsearchNode().assumeControllable();
        Api admin = new Api(base).withBearer(new Community(new Api(base)).token("admin@kring.demo", "kring-demo"));
        Api anonymous = new Api(base);
        String word = "storingstoets" + Long.toString(System.nanoTime(), 36);
        List<Api> members = new ArrayList<>();
        for (int i = 0; i < IDEAS / IDEAS_PER_MEMBER; i++) {
            members.add(new Community(anonymous).newMember("Schrijver " + i));
        }
        admin.await("api/v1/admin/search/consistency", r -> r.getBoolean("consistent"), Duration.ofSeconds(60));

        node.stop();
        try {
            for (int i = 0; i < IDEAS; i++) {
                Api.Answer posted = members.get(i / IDEAS_PER_MEMBER).postJson("api/v1/ideas", Json.createObjectBuilder()
                        .add("title", "Tijdens de storing " + word + " nummer " + i).add("body", "Schrijven gaat door.")
                        .add("topic", "verpakking").add("language", "nl").build().toString());
                assertThat(posted.status()).as(posted.body()).isEqualTo(201);
            }
            anonymous.get("api/v1/search?q=" + word).problem(503);
            assertThat(anonymous.root().get("health/ready").status()).isEqualTo(503);
        } finally {
            node.start();
        }

        Instant back = Instant.now();
        anonymous.await("api/v1/search?q=" + word, p -> p.getJsonNumber("total").longValue() == IDEAS, Duration.ofSeconds(30));
        JsonObject report = admin.await("api/v1/admin/search/consistency", r -> r.getBoolean("consistent"), Duration.ofSeconds(30));
        System.out.println("search outage: " + IDEAS + " ideas searchable " + Duration.between(back, Instant.now()).toMillis()
                + " ms after Elasticsearch was up again; consistency " + report);
    }
}
