package org.kring.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.testing.Browser.waitFor;
import static org.kring.testing.Browser.waitForText;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Axe;
import org.kring.testing.Browser;
import org.kring.testing.Community;
import org.kring.testing.KringDeployment;
import org.kring.testing.TestDatabase;
import org.kring.testing.WithBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The matrix's reach on real PostgreSQL: the members an idea reaches and their segments equal a SQL count over the same
 * votes, reactions and follows; RICE by segment counts the weighted reach; a matrix longer than a page is paged, never cut.
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class MatrixReachIT {

    private static Browser browser;

    private static final String DEMO_PASSWORD = "kring-demo";

    /** Every member an idea reaches (voted, reacted in its discussion, follows), as the SQL beside the API counts them. */
    private static final String REACHED = "select member_id from vote where idea_id = ? union select p.author_id from post p "
            + "join discussion_thread t on t.id = p.thread_id where not p.deleted and t.idea_id = ? "
            + "union select member_id from follow where target_type = 'IDEA' and target_id = ?";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Community community;
    private Api analyst;

    @BeforeEach
    void logIn() {
        Api anonymous = new Api(base);
        community = new Community(anonymous);
        analyst = anonymous.withBearer(community.token("analyst@kring.demo", DEMO_PASSWORD));
    }

    @Test
    void anIdeasSegmentReachEqualsASqlCountOverTheSameMembersAndWeighsItsRice() throws Exception {
        String word = unique("bereik");
        Api author = community.newMember("Bereik schrijver " + word);
        profile(author, "Groningen " + word, "35-44", "consumer");
        long idea = author.postJson("api/v1/ideas", idea("Bereikbaar idee " + word)).number("id");
        String[][] voters = {{"Utrecht " + word, "25-34", "business"}, {"Utrecht " + word, "55-64", "consumer"},
                {"Zeeland " + word, null, null}};
        for (String[] segment : voters) {
            Api voter = community.newMember("Stemmer " + unique("s"));
            profile(voter, segment[0], segment[1], segment[2]);
            assertThat(voter.put("api/v1/ideas/" + idea + "/vote").status()).isBetween(200, 204);
        }
        Api reactor = community.newMember("Reageerder " + word);
        profile(reactor, "Friesland " + word, "18-24", null);
        long thread = reactor.get("api/v1/ideas/" + idea + "/thread").number("threadId");
        reactor.postJson("api/v1/threads/" + thread + "/posts", Json.createObjectBuilder().add("body", "Goed plan, " + word).build()
                .toString()).number("id");
        Api follower = community.newMember("Volger " + word);
        assertThat(follower.put("api/v1/follows/idea/" + idea).status()).isEqualTo(200);

        JsonObject item = analyst.putJson("api/v1/insights/matrix/idea/" + idea,
                "{\"valueMode\": \"RICE\", \"impact\": 1, \"confidence\": 100, \"reachBasis\": \"SEGMENTS\", \"effort\": 2}").ok();

        assertThat(item.getJsonNumber("reach").longValue()).as("author and three voters, a reactor, a follower")
                .isEqualTo(6).isEqualTo(sql("select count(*) from (" + REACHED + ") r", idea));
        assertThat(item.getJsonNumber("reachVoters").longValue()).isEqualTo(4);
        assertThat(item.getJsonNumber("reachContributors").longValue()).isEqualTo(1);
        assertThat(item.getJsonNumber("reachFollowers").longValue()).isEqualTo(1);
        JsonObject segments = item.getJsonObject("segments");
        double shares = 0;
        int dimensions = 0;
        for (String[] dimension : new String[][] {{"regions", "region"}, {"ageBands", "age_band"}, {"customerTypes", "customer_type"}}) {
            JsonObject segment = segments.getJsonObject(dimension[0]);
            long reached = sql("select count(distinct m." + dimension[1] + ") from member m where m.id in (" + REACHED + ")", idea);
            long of = sql("select count(distinct " + dimension[1] + ") from member");
            assertThat(segment.getJsonNumber("reached").longValue()).as(dimension[0]).isEqualTo(reached);
            assertThat(segment.getJsonNumber("of").longValue()).as(dimension[0] + " in the community").isEqualTo(of);
            assertThat(segment.getJsonArray("values")).hasSize((int) reached);
            shares += (double) reached / of;
            dimensions++;
        }
        assertThat(segments.getJsonObject("regions").getJsonArray("values").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList())
                .containsExactly("Friesland " + word, "Groningen " + word, "Utrecht " + word, "Zeeland " + word);
        assertThat(segments.getJsonObject("customerTypes").getJsonNumber("reached").longValue()).isEqualTo(2);
        long weighted = Math.round(6 * shares / dimensions);
        assertThat(item.getJsonNumber("segmentReach").longValue()).isEqualTo(weighted).isLessThan(6);
        assertThat(item.getJsonNumber("rice").doubleValue()).as("RICE counts the weighted reach").isEqualTo((double) weighted);
        assertThat(item.getString("reachExplanation")).startsWith("6 members: 4 voted, 1 reacted without voting, 1 only follow; 4 of ");

        assertThat(analyst.putJson("api/v1/insights/matrix/idea/" + idea,
                "{\"valueMode\": \"RICE\", \"impact\": 1, \"confidence\": 100, \"reachBasis\": \"LOUDEST\", \"effort\": 2}").invalidField(400))
                .isEqualTo("reachBasis");
        JsonObject byMembers = analyst.putJson("api/v1/insights/matrix/idea/" + idea,
                "{\"valueMode\": \"RICE\", \"impact\": 1, \"confidence\": 100, \"effort\": 2}").ok();
        assertThat(byMembers.getString("reachBasis")).isEqualTo("MEMBERS");
        assertThat(byMembers.getJsonNumber("rice").doubleValue()).isEqualTo(6.0);
        assertThat(analyst.delete("api/v1/insights/matrix/idea/" + idea).status()).isEqualTo(204);
    }

    @Test
    void aMatrixLongerThanAPageIsPagedToTheLastItem() throws Exception {
        List<Long> placed = new ArrayList<>();
        try {
            placeManyIdeas(510, placed);
            JsonObject first = analyst.get("api/v1/insights/matrix").ok();
            int total = first.getInt("total");
            assertThat(total).isGreaterThanOrEqualTo(510);
            assertThat(first.getJsonArray("items")).as("a page holds 500").hasSize(500);
            Set<Long> seen = new HashSet<>();
            List<Double> midpoints = new ArrayList<>();
            JsonObject page = first;
            while (true) {
                page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> assertThat(seen.add(
                        i.getString("itemType").equals("idea") ? i.getJsonNumber("itemId").longValue() : -i.getJsonNumber("itemId").longValue()))
                        .as("each item on one page only").isTrue());
                midpoints.add(page.getJsonNumber("effortMidpoint").doubleValue());
                if (page.isNull("nextCursor")) {
                    break;
                }
                page = analyst.get("api/v1/insights/matrix?limit=200&cursor=" + page.getString("nextCursor")).ok();
            }
            assertThat(seen).as("every item, on some page").hasSize(total).containsAll(placed);
            assertThat(midpoints).as("the whole matrix's midpoint on every page").containsOnly(midpoints.getFirst());
            assertThat(analyst.get("api/v1/insights/matrix?limit=501").invalidField(400)).isEqualTo("limit");
            assertThat(analyst.get("api/v1/insights/matrix?cursor=x").invalidField(400)).isEqualTo("cursor");

            ChromeDriver driver = analystsBrowser();
            driver.get(base + "matrix.xhtml");
            waitFor(driver, By.id("showing"));
            assertThat(driver.findElement(By.id("showing")).getText()).isEqualTo("Items 1–500 van " + total);
            assertThat(driver.findElements(By.cssSelector("#matrix tbody tr"))).hasSize(500);
            browser.screenshot("matrix-paged-desktop");
            Axe.assertAccessible("matrix-paged", driver);
            driver.findElement(By.id("next")).click();
            waitFor(driver, By.cssSelector("#showing"));
            waitForText(driver, By.id("showing"), "Items 501");
            assertThat(driver.findElement(By.id("showing")).getText()).isEqualTo("Items 501–" + Math.min(total, 1000) + " van " + total);
        } finally {
            removeIdeas(placed);
        }
    }

    /**
     * Places that many ideas on the matrix in the database: copies of a demo idea (the demo has about a hundred, and
     * through the API it would take minutes). Each id is a value of the sequence itself: the blocks Kring takes never
     * hold it. Their ids go into {@code ideas} as soon as they exist, for {@link #removeIdeas}.
     */
    private static void placeManyIdeas(int count, List<Long> ideas) throws Exception {
        try (Connection db = TestDatabase.connect(); var statement = db.createStatement()) {
            statement.execute("create temporary table idea_copy as select i.* from idea i cross join generate_series(1, " + count
                    + ") where i.id = (select min(id) from idea where moderation_state = 'PUBLISHED')");
            statement.execute("update idea_copy set id = nextval('idea_seq')");
            statement.execute("insert into idea select * from idea_copy");
            try (ResultSet rows = statement.executeQuery("select id from idea_copy order by id")) {
                while (rows.next()) {
                    ideas.add(rows.getLong(1));
                }
            }
            statement.execute("insert into matrix_placement (id, item_type, item_id, value_mode, manual_value, effort, placed_by, "
                    + "updated_at) select nextval('matrix_placement_seq'), 'idea', c.id, 'MANUAL', 5, 3, "
                    + "(select m.id from member m where m.email = 'analyst@kring.demo'), now() from idea_copy c order by c.id");
        }
        assertThat(ideas).hasSize(count);
    }

    /** Takes the copies and their places away again: other tests count ideas and read the matrix. */
    private static void removeIdeas(List<Long> ideas) throws Exception {
        if (ideas.isEmpty()) {
            return;
        }
        String list = ideas.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (Connection db = TestDatabase.connect(); var statement = db.createStatement()) {
            statement.execute("delete from matrix_placement where item_type = 'idea' and item_id in (" + list + ")");
            statement.execute("delete from idea where id in (" + list + ")");
        }
    }

    private ChromeDriver analystsBrowser() {
        ChromeDriver driver = browser.freshVisit();
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys("analyst@kring.demo");
        driver.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        waitFor(driver, By.cssSelector(".kring-me"));
        return driver;
    }

    private static void profile(Api member, String region, String ageBand, String customerType) {
        var body = Json.createObjectBuilder().add("region", region);
        if (ageBand != null) {
            body.add("ageBand", ageBand);
        }
        if (customerType != null) {
            body.add("customerType", customerType);
        }
        Api.Answer changed = member.putJson("api/v1/members/me/profile", body.build().toString());
        assertThat(changed.status()).as(changed.body()).isBetween(200, 204);
    }

    private static long sql(String query, long... ids) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement statement = db.prepareStatement(query)) {
            for (int i = 0; i < statement.getParameterMetaData().getParameterCount(); i++) {
                statement.setLong(i + 1, ids[0]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String idea(String title) {
        return Json.createObjectBuilder().add("title", title).add("body", "Een idee dat veel leden raakt.").add("topic", "verpakking")
                .add("language", "nl").build().toString();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}
