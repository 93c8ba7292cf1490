package org.kring.votes;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.InParallel;
import org.kring.testing.Community;
import org.kring.testing.KringDeployment;
import org.kring.testing.TestDatabase;

/**
 * The vote storm of the benchmark, small enough for every build: many members vote and withdraw at once on
 * a few ideas, through Payara's real transactions and connection pool on PostgreSQL, round after round.
 * After every round each idea's vote count must equal its vote rows and the acknowledged outcome, and
 * Kring's own counter check must agree.
 */
@ExtendWith(ArquillianExtension.class)
class VoteStormIT {

    static final int MEMBERS = 30;
    static final int IDEAS = 3;
    static final int ROUNDS = 5;
    /** Per member and round; ROUNDS x this stays within the 60 votes a minute a member may cast. */
    static final int REQUESTS = 12;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void countsStayExactRoundAfterRoundOfConcurrentVotesAndWithdrawals() throws Exception {
        Api anonymous = new Api(base);
        Community community = new Community(anonymous);
        Api admin = anonymous.withBearer(community.token("admin@kring.demo", "kring-demo"));
        Api author = community.newMember("Storm author");
        long[] ideas = IntStream.range(0, IDEAS).mapToLong(i -> post(author, "Idee voor de stemstorm " + i)).toArray();
        // Registering costs a slow password hash each: a few at a time, so the storm is what runs at once.
        List<Api> members = InParallel.run(IntStream.range(0, MEMBERS)
                .mapToObj(i -> (Callable<Api>) () -> community.newMember("Storm voter " + i)).toList(), 4);
        // voted[m][i]: does member m's vote on idea i exist after their last acknowledged request?
        boolean[][] voted = new boolean[MEMBERS][IDEAS];
        for (int round = 1; round <= ROUNDS; round++) {
            int r = round;
            List<Integer> failures = InParallel.run(IntStream.range(0, MEMBERS).mapToObj(m -> (Callable<Integer>) () -> {
                SplittableRandom random = new SplittableRandom(r * 1_000L + m);
                int failed = 0;
                for (int k = 0; k < REQUESTS; k++) {
                    int i = random.nextInt(IDEAS);
                    boolean vote = random.nextInt(3) != 0;
                    String path = "api/v1/ideas/" + ideas[i] + "/vote";
                    Api.Answer answer = vote ? members.get(m).put(path) : members.get(m).delete(path);
                    if (answer.status() == 200) {
                        voted[m][i] = vote;
                    } else {
                        failed++;
                    }
                }
                return failed;
            }).toList(), MEMBERS);
            assertThat(failures).as("requests refused in round " + round).allMatch(f -> f == 0);
            Map<Long, long[]> counts = countersAndRows(ideas);
            for (int i = 0; i < IDEAS; i++) {
                int idea = i;
                long acknowledged = 1 + IntStream.range(0, MEMBERS).filter(m -> voted[m][idea]).count();
                assertThat(counts.get(ideas[i])).as("round %d, idea %d: vote_count, vote rows", round, ideas[i])
                        .containsExactly(acknowledged, acknowledged);
                assertThat(anonymous.get("api/v1/ideas/" + ideas[i]).json().asJsonObject().getInt("voteCount"))
                        .as("round %d: the count a member sees", round).isEqualTo(acknowledged);
            }
            JsonObject check = admin.get("api/v1/admin/consistency").json().asJsonObject();
            assertThat(check.getBoolean("consistent")).as("Kring's counter check: %s", check).isTrue();
        }
    }

    @Test
    void theCounterCheckIsForAdminsOnly() {
        Api anonymous = new Api(base);
        assertThat(anonymous.get("api/v1/admin/consistency").problem(401)).isNotNull();
        assertThat(new Community(anonymous).newMember("Curious member").get("api/v1/admin/consistency").problem(403))
                .isNotNull();
    }

    @Test
    void theCounterCheckReportsADriftItDidNotCause() throws Exception {
        Api anonymous = new Api(base);
        Api admin = anonymous.withBearer(new Community(anonymous).token("admin@kring.demo", "kring-demo"));
        long idea = post(new Community(anonymous).newMember("Drift author"), "Idee met een scheve telling");
        try (Connection db = TestDatabase.connect()) {
            db.createStatement().executeUpdate("update idea set vote_count = vote_count + 2 where id = " + idea);
            JsonObject check = admin.get("api/v1/admin/consistency").json().asJsonObject();
            assertThat(check.getBoolean("consistent")).isFalse();
            JsonObject votes = check.getJsonArray("counters").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("counter").equals("idea.vote_count")).findFirst().orElseThrow();
            assertThat(votes.getJsonArray("examples").getValuesAs(JsonObject.class))
                    .anySatisfy(e -> {
                        assertThat(e.getJsonNumber("id").longValue()).isEqualTo(idea);
                        assertThat(e.getInt("counter")).isEqualTo(3);
                        assertThat(e.getInt("counted")).isEqualTo(1);
                    });
            assertThat(anonymous.root().get("metrics").body())
                    .containsPattern("kring_counter_drift\\{[^}]*counter=\"idea.vote_count\"[^}]*} [1-9]");
        } finally {
            try (Connection db = TestDatabase.connect()) {
                db.createStatement().executeUpdate("update idea set vote_count = vote_count - 2 where id = " + idea);
            }
        }
        assertThat(admin.get("api/v1/admin/consistency").json().asJsonObject().getBoolean("consistent")).isTrue();
    }

    private static long post(Api member, String title) {
        Api.Answer answer = member.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title)
                .add("body", "Een idee om op te stemmen.").add("topic", "verpakking").add("language", "nl")
                .add("tags", Json.createArrayBuilder()).build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("id").longValue();
    }

    /** Per idea: its vote_count and its rows in vote. */
    private static Map<Long, long[]> countersAndRows(long[] ideas) throws Exception {
        String in = java.util.Arrays.stream(ideas).mapToObj(Long::toString).collect(Collectors.joining(","));
        Map<Long, long[]> counts = new HashMap<>();
        try (Connection db = TestDatabase.connect(); ResultSet rs = db.createStatement().executeQuery(
                "select i.id, i.vote_count, (select count(*) from vote v where v.idea_id = i.id) from idea i where i.id in (" + in + ")")) {
            while (rs.next()) {
                counts.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
        return counts;
    }
}
