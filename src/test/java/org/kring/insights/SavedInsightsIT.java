package org.kring.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.testing.Browser.waitFor;
import static org.kring.testing.Browser.waitForText;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
import org.kring.testing.Axe;
import org.kring.testing.Browser;
import org.kring.testing.Community;
import org.kring.testing.KringDeployment;
import org.kring.testing.TestDatabase;
import org.kring.testing.WithBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Saved insights through the API on real PostgreSQL: save with quotes as evidence, the quotes surviving an edit and a
 * hide of their sources, change, comment, search, page, export, delete; who may do what; bad input by field.
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class SavedInsightsIT {

    private static Browser browser;

    private static final String DEMO_PASSWORD = "kring-demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api anonymous;
    private Community community;
    private Api analyst;

    @BeforeEach
    void logIn() {
        anonymous = new Api(base);
        community = new Community(anonymous);
        analyst = anonymous.withBearer(community.token("analyst@kring.demo", DEMO_PASSWORD));
    }

    @Test
    void aQuoteSurvivesAnEditAndAHideOfItsSourceAsQuoted() {
        Api author = community.newMember("Bron Auteur");
        assertThat(author.putJson("api/v1/members/me/profile", "{\"region\": \"Utrecht\", \"ageBand\": \"35-44\", "
                + "\"customerType\": \"consumer\"}").status()).isEqualTo(200);
        String word = unique("bewijsproef");
        long idea = author.postJson("api/v1/ideas", idea("Blikjes inleveren " + word, "Ik wil **alle** blikjes in de kleine "
                + "winkel kunnen inleveren.")).number("id");
        long thread = author.get("api/v1/ideas/" + idea + "/thread").number("threadId");
        long post = community.newMember("Reageerder").postJson("api/v1/threads/" + thread + "/posts",
                "{\"body\": \"Nu fiets ik elke week naar de grote supermarkt met een tas vol flessen.\"}").number("id");

        Api.Answer saved = analyst.postJson("api/v1/insights", Json.createObjectBuilder()
                .add("title", "Inleveren moet dichtbij " + word).add("statement", "Leden willen statiegeld dichtbij huis inleveren.")
                .add("filter", "q=statiegeld&region=Utrecht").add("tags", Json.createArrayBuilder().add("Statiegeld").add(word))
                .add("ideaIds", Json.createArrayBuilder().add(idea))
                .add("evidence", Json.createArrayBuilder()
                        .add(quote("idea", idea, "alle blikjes in de kleine winkel"))
                        .add(quote("post", post, "fiets ik elke week naar de grote supermarkt"))).build().toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.header("Location")).endsWith("/api/v1/insights/" + saved.json().asJsonObject().getInt("id"));
        JsonObject insight = saved.json().asJsonObject();
        long id = insight.getJsonNumber("id").longValue();
        assertThat(insight.getString("state")).isEqualTo("DRAFT");
        assertThat(insight.getString("workbench")).isEqualTo("/insights.xhtml?q=statiegeld&region=Utrecht");
        assertThat(insight.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                .containsExactly(word, "statiegeld");
        assertThat(insight.getJsonArray("ideas").getJsonObject(0).getString("link")).isEqualTo("/idea.xhtml?id=" + idea);
        List<JsonObject> evidence = insight.getJsonArray("evidence").getValuesAs(JsonObject.class);
        assertThat(evidence).extracting(e -> e.getString("sourceState")).containsExactly("UNCHANGED", "UNCHANGED");
        assertThat(evidence.get(0).getJsonObject("authorSegment").getString("region")).isEqualTo("Utrecht");
        assertThat(evidence.get(1).getString("link")).isEqualTo("/idea.xhtml?id=" + idea + "#post-" + post);

        // The author moves and rewrites the idea: the quote and the segment stay as they were when quoted.
        assertThat(author.putJson("api/v1/members/me/profile", "{\"region\": \"Zeeland\"}").status()).isEqualTo(200);
        Api.Answer edited = author.putJson("api/v1/ideas/" + idea, idea("Blikjes inleveren " + word, "Overal inleveren graag."));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        evidence = analyst.get("api/v1/insights/" + id).json().asJsonObject().getJsonArray("evidence").getValuesAs(JsonObject.class);
        assertThat(evidence.get(0).getString("sourceState")).as("source changed since quoted").isEqualTo("CHANGED");
        assertThat(evidence.get(0).getString("quote")).isEqualTo("alle blikjes in de kleine winkel");
        assertThat(evidence.get(0).getJsonObject("authorSegment").getString("region")).isEqualTo("Utrecht");
        assertThat(evidence.get(1).getString("sourceState")).isEqualTo("UNCHANGED");

        // A moderator hides the idea: the quote from it and from the post under it say so, and stay.
        Api moderator = anonymous.withBearer(community.token("moderator@kring.demo", DEMO_PASSWORD));
        Api.Answer flagged = community.newMember("Melder").postJson("api/v1/flags", Json.createObjectBuilder()
                .add("targetType", "IDEA").add("targetId", idea).add("reason", "SPAM").build().toString());
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
        Api.Answer hidden = moderator.postJson("api/v1/moderation/actions", Json.createObjectBuilder().add("action", "HIDE")
                .add("itemIds", Json.createArrayBuilder().add(flagged.json().asJsonObject().getJsonNumber("itemId")))
                .add("reason", "Test").build().toString());
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
        evidence = analyst.get("api/v1/insights/" + id).json().asJsonObject().getJsonArray("evidence").getValuesAs(JsonObject.class);
        assertThat(evidence).extracting(e -> e.getString("sourceState")).containsExactly("HIDDEN", "HIDDEN");
        assertThat(evidence.get(1).getString("quote")).isEqualTo("fiets ik elke week naar de grote supermarkt");

        // Hidden now: no new quote from it.
        assertThat(analyst.postJson("api/v1/insights/" + id + "/evidence", quote("idea", idea, "Overal inleveren").toString()).invalidField(422))
                .isEqualTo("evidence.sourceId");
    }

    @Test
    void anInsightIsChangedCommentedListedExportedAndDeleted() throws Exception {
        Api author = community.newMember("Schrijver");
        String word = unique("lijstproef");
        long idea = author.postJson("api/v1/ideas", idea("Donkere modus " + word, "Graag een donkere modus in de app, "
                + "=HYPERLINK(\"x\") en \"aanhalingstekens\".")).number("id");
        long first = create(analyst, "Eerste " + word, "DRAFT", word);
        long second = create(analyst, "Tweede " + word, "SHARED", word);
        long third = create(analyst, "=SUM(1) derde " + word, "SHARED", word);

        Api.Answer added = analyst.postJson("api/v1/insights/" + third + "/evidence",
                quote("idea", idea, "=HYPERLINK(\"x\") en \"aanhalingstekens\"").toString());
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().asJsonObject().getString("sourceState")).isEqualTo("UNCHANGED");

        Api.Answer changed = analyst.putJson("api/v1/insights/" + first, Json.createObjectBuilder().add("title", "Eerste " + word)
                .add("statement", "Nu gedeeld.").add("state", "ACTED_ON").add("tags", Json.createArrayBuilder().add("donker"))
                .build().toString());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().asJsonObject().getString("state")).isEqualTo("ACTED_ON");

        // A colleague (another analyst) reads shared insights, comments, but cannot change what is not theirs.
        Api colleague = colleague();
        Api.Answer comment = colleague.postJson("api/v1/insights/" + second + "/comments", "{\"body\": \"Past bij de pilot.\"}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        assertThat(comment.json().asJsonObject().get("body")).as(comment.body()).hasToString("\"Past bij de pilot.\"");
        Api.Answer withComment = analyst.get("api/v1/insights/" + second);
        assertThat(withComment.json().asJsonObject().getJsonArray("comments").getJsonObject(0).getString("body", null))
                .as(withComment.body()).isEqualTo("Past bij de pilot.");
        colleague.putJson("api/v1/insights/" + second, "{\"title\": \"Van mij\", \"statement\": \"x\"}").problem(403);
        colleague.delete("api/v1/insights/" + second).problem(403);
        assertThat(colleague.get("api/v1/insights/" + second).json().asJsonObject().getBoolean("mayChange")).isFalse();
        long draft = create(analyst, "Concept " + word, "DRAFT", word);
        colleague.get("api/v1/insights/" + draft).problem(404);

        // Search: every word in title, statement or tags; state; owner; keyset pages.
        JsonObject all = analyst.get("api/v1/insights?q=" + word + "&limit=2").ok();
        assertThat(ids(all)).containsExactly(draft, third);
        JsonObject next = analyst.get("api/v1/insights?q=" + word + "&limit=2&cursor=" + all.getString("nextCursor")).ok();
        assertThat(ids(next)).containsExactly(second, first);
        assertThat(next.isNull("nextCursor")).as("the last page").isTrue();
        assertThat(ids(analyst.get("api/v1/insights?q=donker+" + word).ok())).as("a tag").containsExactly(first);
        assertThat(ids(analyst.get("api/v1/insights?q=" + word + "&state=shared").ok())).containsExactly(third, second);
        assertThat(ids(colleague.get("api/v1/insights?q=" + word).ok())).as("another's draft is not listed").containsExactly(third, second, first);
        JsonObject withEvidence = analyst.get("api/v1/insights?q=derde+" + word).ok().getJsonArray("insights").getJsonObject(0);
        assertThat(withEvidence.getInt("evidence")).isEqualTo(1);
        assertThat(analyst.get("api/v1/insights?q=zzqxjwv").ok().getJsonArray("insights")).isEmpty();

        // Export: CSV with a byte order mark, formulas defused, quotes and commas quoted; JSON as GET answers.
        HttpResponse<byte[]> csv = download("api/v1/insights/" + third + "/export/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("kring-insight-" + third + ".csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFinsight_id,title,statement,");
        assertThat(text).contains(third + ",'=SUM(1) derde " + word + ",");
        assertThat(text).contains(",\"'=HYPERLINK(\"\"x\"\") en \"\"aanhalingstekens\"\"\",UNCHANGED,");
        HttpResponse<byte[]> json = download("api/v1/insights/" + third + "/export/json");
        JsonObject exported = Json.createReader(new StringReader(new String(json.body(), StandardCharsets.UTF_8))).readObject();
        assertThat(exported.getJsonArray("evidence").getJsonObject(0).getString("quote")).isEqualTo("=HYPERLINK(\"x\") en \"aanhalingstekens\"");

        // Delete: gone with its evidence and comments.
        assertThat(analyst.delete("api/v1/insights/" + third).status()).isEqualTo(204);
        analyst.get("api/v1/insights/" + third).problem(404);
        Api admin = anonymous.withBearer(community.token("admin@kring.demo", DEMO_PASSWORD));
        assertThat(admin.delete("api/v1/insights/" + second).status()).as("an admin may").isEqualTo(204);
    }

    @Test
    void onlyAnalystsAndAdminsWorkWithInsights() {
        long id = create(analyst, "Alleen voor analisten", "SHARED", unique("rechten"));
        Api member = community.newMember("Nieuwsgierig lid");
        for (Api caller : List.of(anonymous, member)) {
            int status = caller == anonymous ? 401 : 403;
            caller.get("api/v1/insights").problem(status);
            caller.postJson("api/v1/insights", "{\"title\": \"Mag niet\", \"statement\": \"x\"}").problem(status);
            caller.get("api/v1/insights/" + id).problem(status);
            caller.putJson("api/v1/insights/" + id, "{\"title\": \"Mag niet\", \"statement\": \"x\"}").problem(status);
            caller.delete("api/v1/insights/" + id).problem(status);
            caller.postJson("api/v1/insights/" + id + "/evidence", "{}").problem(status);
            caller.postJson("api/v1/insights/" + id + "/comments", "{\"body\": \"x\"}").problem(status);
            caller.get("api/v1/insights/" + id + "/export/csv").problem(status);
        }
        assertThat(analyst.get("api/v1/insights/" + id).status()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedByField() {
        long idea = community.newMember("Bron").postJson("api/v1/ideas", idea("Een idee om te citeren", "Hier staat de tekst.")).number("id");
        assertThat(analyst.postJson("api/v1/insights", "{\"statement\": \"x\"}").invalidField(400)).isEqualTo("title");
        assertThat(analyst.postJson("api/v1/insights", "{\"title\": \"Goed\", \"statement\": \"x\", \"state\": \"KLAAR\"}").invalidField(400))
                .isEqualTo("state");
        assertThat(analyst.postJson("api/v1/insights", "{\"title\": \"Goed\", \"statement\": \"x\", \"tags\": [\"met spatie\"]}").invalidField(400))
                .isEqualTo("tags");
        assertThat(analyst.postJson("api/v1/insights", "{\"title\": \"Goed\", \"statement\": \"x\", \"filter\": \"q=a b\"}").invalidField(400))
                .isEqualTo("filter");
        assertThat(analyst.postJson("api/v1/insights", "{\"title\": \"Goed\", \"statement\": \"x\", \"ideaIds\": [999999999]}").invalidField(422))
                .isEqualTo("ideaIds");
        assertThat(analyst.postJson("api/v1/insights", insightWith(quote("idea", idea, "staat niet in het idee"))).invalidField(422))
                .isEqualTo("evidence[0].quote");
        assertThat(analyst.postJson("api/v1/insights", insightWith(quote("post", 999_999_999L, "iets"))).invalidField(422))
                .isEqualTo("evidence[0].sourceId");
        assertThat(analyst.postJson("api/v1/insights", insightWith(quote("member", idea, "Hier staat"))).invalidField(400))
                .isEqualTo("evidence[0].sourceType");
        assertThat(analyst.get("api/v1/insights?q=Een+idee+om+te+citeren").json().asJsonObject().getJsonArray("insights"))
                .as("nothing saved by a refused request").isEmpty();
        analyst.post("api/v1/insights", "application/json", "{not json").problem(400);
        assertThat(analyst.get("api/v1/insights?cursor=abc").invalidField(400)).isEqualTo("cursor");
        assertThat(analyst.get("api/v1/insights?state=ALL").invalidField(400)).isEqualTo("state");
        assertThat(analyst.get("api/v1/insights?limit=0").invalidField(400)).isEqualTo("limit");
        long id = create(analyst, "Met commentaar", "SHARED", unique("fout"));
        assertThat(analyst.postJson("api/v1/insights/" + id + "/comments", "{\"body\": \"  \"}").invalidField(400)).isEqualTo("body");
        analyst.get("api/v1/insights/999999999").problem(404);
        analyst.delete("api/v1/insights/" + id + "/evidence/999999999").problem(404);
    }

    @Test
    void anAnalystSelectsAPassageOfAMatchAndKeepsItAsEvidenceOfANewInsight() throws Exception {
        Api author = community.newMember("Citeerbare schrijver");
        String word = unique("citaatproef");
        long idea = author.postJson("api/v1/ideas", idea("Bezorgmomenten " + word, "Avondbezorging graag.")).number("id");
        long thread = author.get("api/v1/ideas/" + idea + "/thread").number("threadId");
        long post = community.newMember("Reageerder").postJson("api/v1/threads/" + thread + "/posts", "{\"body\": \"Rond de "
                + "feestdagen zijn alle bezorgmomenten in de avond binnen een uur vol, " + word + ".\"}").number("id");
        analyst.await("api/v1/insights/explore?type=post&q=" + word, a -> a.getJsonNumber("total").longValue() == 1, Duration.ofSeconds(60));

        ChromeDriver driver = analystsBrowser();
        driver.get(base + "insights.xhtml?type=post&q=" + word);
        waitFor(driver, By.id("keep-post-" + post));
        // The analyst selects a passage of the match, as with the mouse.
        driver.executeScript("""
                const passage = document.getElementById(arguments[0]).closest('li').querySelector('.kring-passage');
                const text = passage.firstChild;
                const start = text.data.indexOf('alle bezorgmomenten');
                const range = document.createRange();
                range.setStart(text, start);
                range.setEnd(text, start + 'alle bezorgmomenten in de avond'.length);
                document.getSelection().removeAllRanges();
                document.getSelection().addRange(range);""", "keep-post-" + post);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !((ChromeDriver) d).executeScript(
                "return document.getElementById(arguments[0]).form.elements.quote.value;", "keep-post-" + post).toString().isEmpty());
        driver.findElement(By.id("keep-post-" + post)).click();
        waitFor(driver, By.id("keep:quote"));
        assertThat(driver.findElement(By.id("keep:quote")).getAttribute("value")).isEqualTo("alle bezorgmomenten in de avond");
        shoot("keep-quote", driver);

        driver.findElement(By.id("keep:title")).sendKeys("Avondbezorging raakt vol " + word);
        driver.findElement(By.id("keep:statement")).sendKeys("Rond de feestdagen is de avond het eerst vol.");
        driver.findElement(By.id("keep:keepQuote")).click();
        waitFor(driver, By.id("insight-title"));
        assertThat(driver.findElement(By.id("insight-title")).getText()).isEqualTo("Avondbezorging raakt vol " + word);
        assertThat(driver.findElement(By.cssSelector("#evidence blockquote")).getText()).contains("alle bezorgmomenten in de avond");
        assertThat(driver.findElement(By.id("reopen")).getAttribute("href")).contains("insights.xhtml?type=post&q=" + word);
        shoot("saved-insight", driver);
        new Select(driver.findElement(By.id("stateForm:state"))).selectByValue("SHARED");
        driver.findElement(By.id("stateForm:save")).click();
        waitForText(driver, By.id("insight-meta"), "Gedeeld");
        assertThat(driver.findElement(By.cssSelector("#evidence blockquote")).getText()).as("the evidence stays")
                .contains("alle bezorgmomenten in de avond");

        // The saved insight is in the list; the API has the quote with its source.
        driver.get(base + "saved-insights.xhtml?q=" + word);
        waitFor(driver, By.cssSelector("#insights li"));
        assertThat(driver.findElement(By.id("insights")).getText()).contains("Avondbezorging raakt vol " + word);
        shoot("saved-insights", driver);
        JsonObject saved = analyst.get("api/v1/insights?q=" + word).ok().getJsonArray("insights").getJsonObject(0);
        JsonObject evidence = analyst.get("api/v1/insights/" + saved.getJsonNumber("id")).ok().getJsonArray("evidence").getJsonObject(0);
        assertThat(evidence.getString("sourceType")).isEqualTo("post");
        assertThat(evidence.getJsonNumber("sourceId").longValue()).isEqualTo(post);

        // A passage that is not in the post: the message stands next to the quote.
        driver.get(base + "keep-quote.xhtml?sourceType=post&sourceId=" + post + "&quote=niet+in+de+reactie");
        waitFor(driver, By.id("keep:title"));
        driver.findElement(By.id("keep:title")).sendKeys("Verzonnen citaat");
        driver.findElement(By.id("keep:statement")).sendKeys("x");
        driver.findElement(By.id("keep:keepQuote")).click();
        waitFor(driver, By.id("keep:quote-error"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("keep:quote-error")).getText().isBlank());
        assertThat(driver.findElement(By.id("keep:quote-error")).getText()).contains("niet letterlijk");
        assertThat(Browser.attribute(driver, By.id("keep:quote"), "aria-invalid")).isEqualTo("true");
    }

    @Test
    void ideasAndAnInsightLandInTheirQuadrantsAndAQuickWinBecomesAPilotThatTheIdeaShows() throws Exception {
        Api author = community.newMember("Matrix schrijver");
        String word = unique("matrixproef");
        long popular = author.postJson("api/v1/ideas", idea("Populair idee " + word, "Veel stemmen.")).number("id");
        long modest = author.postJson("api/v1/ideas", idea("Bescheiden idee " + word, "Weinig stemmen.")).number("id");
        long costly = author.postJson("api/v1/ideas", idea("Duur idee " + word, "Veel werk.")).number("id");
        for (int i = 0; i < 2; i++) {
            assertThat(community.newMember("Stemmer " + i).put("api/v1/ideas/" + popular + "/vote").status()).isBetween(200, 204);
        }
        long insight = analyst.postJson("api/v1/insights", Json.createObjectBuilder().add("title", "Groot inzicht " + word)
                .add("statement", "Veel leden.").add("state", "SHARED").add("ideaIds", Json.createArrayBuilder().add(popular))
                .build().toString()).number("id");

        JsonObject quickWin = analyst.putJson("api/v1/insights/matrix/idea/" + popular,
                "{\"valueMode\": \"RICE\", \"impact\": 2, \"confidence\": 100, \"effort\": 1, \"effortNote\": \"Een week\"}").ok();
        assertThat(quickWin.getJsonNumber("reach").longValue()).as("the author's vote and two more").isEqualTo(3);
        analyst.putJson("api/v1/insights/matrix/idea/" + modest, "{\"valueMode\": \"MANUAL\", \"manualValue\": 3, \"effort\": 5}").ok();
        analyst.putJson("api/v1/insights/matrix/insight/" + insight, "{\"valueMode\": \"MANUAL\", \"manualValue\": 8, \"effort\": 10}").ok();
        analyst.putJson("api/v1/insights/matrix/idea/" + costly, "{\"valueMode\": \"MANUAL\", \"manualValue\": 2, \"effort\": 20}").ok();

        JsonObject matrix = analyst.get("api/v1/insights/matrix").ok();
        // The effort midpoint is the median of everything on the matrix: this test's 1, 5, 10, 20 (7.5 on their own)
        // and whatever other tests left on the shared server.
        List<Double> efforts = matrix.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("effort").doubleValue()).sorted().toList();
        double midpoint = efforts.size() % 2 == 1 ? efforts.get(efforts.size() / 2)
                : (efforts.get(efforts.size() / 2 - 1) + efforts.get(efforts.size() / 2)) / 2;
        assertThat(matrix.getJsonNumber("effortMidpoint").doubleValue()).as("the median effort").isEqualTo(midpoint);
        java.util.Map<String, JsonObject> items = new java.util.HashMap<>();
        matrix.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> items.put(i.getString("itemType") + i.getJsonNumber("itemId"), i));
        assertThat(items.get("idea" + popular).getString("quadrant")).isEqualTo("QUICK_WIN");
        assertThat(items.get("idea" + popular).getJsonNumber("value").doubleValue()).isEqualTo(10.0);
        assertThat(items.get("idea" + popular).getJsonNumber("rice").doubleValue()).isEqualTo(6.0);
        assertThat(items.get("idea" + modest).getString("quadrant")).as("low value, effort 5 against the midpoint")
                .isEqualTo(5 <= midpoint ? "FILL_IN" : "MONEY_PIT");
        assertThat(items.get("insight" + insight).getString("quadrant")).as("high value, effort 10 against the midpoint")
                .isEqualTo(10 <= midpoint ? "QUICK_WIN" : "BIG_BET");
        assertThat(items.get("insight" + insight).getJsonNumber("reach").longValue()).as("the votes of its idea").isEqualTo(3);
        assertThat(items.get("idea" + costly).getString("quadrant")).isEqualTo("MONEY_PIT");

        ChromeDriver driver = analystsBrowser();
        driver.get(base + "matrix.xhtml");
        waitFor(driver, By.id("matrix-chart"));
        assertThat(driver.findElements(By.cssSelector("#matrix-chart circle"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(driver.findElement(By.id("matrix")).getText()).contains("Populair idee " + word).contains("Snelle winst")
                .contains("Geldput");
        shoot("matrix", driver);

        Api.Answer started = analyst.postJson("api/v1/insights/pilots", "{\"itemType\": \"idea\", \"itemId\": " + popular
                + ", \"startDate\": \"2026-12-01\", \"expectedReturn\": \"Tien procent meer " + word + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long pilot = started.json().asJsonObject().getJsonNumber("id").longValue();
        assertThat(started.json().asJsonObject().getBoolean("done")).isFalse();
        analyst.postJson("api/v1/insights/pilots", "{\"itemType\": \"idea\", \"itemId\": " + popular
                + ", \"startDate\": \"2026-12-01\", \"expectedReturn\": \"Nog eens\"}").problem(409);
        assertThat(analyst.get("api/v1/insights/matrix").ok().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("itemId").longValue() == popular).findFirst().orElseThrow().isNull("pilot")).isFalse();
        String page = anonymous.get("idea.xhtml?id=" + popular).body();
        assertThat(page).as("members see the pilot on the idea").contains("id=\"pilot\"").contains("2026-12-01")
                .contains("Tien procent meer " + word);

        Api.Answer ended = analyst.putJson("api/v1/insights/pilots/" + pilot, "{\"outcome\": \"Veertien procent meer\", "
                + "\"learning\": \"Kleine winkels willen een automaat\"}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().asJsonObject().getBoolean("done")).isTrue();
        page = anonymous.get("idea.xhtml?id=" + popular).body();
        assertThat(page).contains("Veertien procent meer").contains("Kleine winkels willen een automaat");
        colleague().putJson("api/v1/insights/pilots/" + pilot, "{\"outcome\": \"x\", \"learning\": \"y\"}").problem(403);

        // Bad input by field; what is not there; who may.
        long other = author.postJson("api/v1/ideas", idea("Niet op de matrix " + word, "Nee.")).number("id");
        assertThat(analyst.postJson("api/v1/insights/pilots", "{\"itemType\": \"idea\", \"itemId\": " + other
                + ", \"startDate\": \"2026-12-01\", \"expectedReturn\": \"x\"}").invalidField(422)).isEqualTo("itemId");
        assertThat(analyst.postJson("api/v1/insights/pilots", "{\"itemType\": \"idea\", \"itemId\": " + popular
                + ", \"startDate\": \"2026-02-30\", \"expectedReturn\": \"x\"}").invalidField(400)).isEqualTo("startDate");
        assertThat(analyst.putJson("api/v1/insights/matrix/idea/" + other, "{\"valueMode\": \"GUT\", \"effort\": 1}").invalidField(400))
                .isEqualTo("valueMode");
        assertThat(analyst.putJson("api/v1/insights/matrix/idea/" + other, "{\"valueMode\": \"MANUAL\", \"manualValue\": 11, "
                + "\"effort\": 1}").invalidField(400)).isEqualTo("manualValue");
        assertThat(analyst.putJson("api/v1/insights/matrix/idea/" + other, "{\"valueMode\": \"RICE\", \"impact\": 5, "
                + "\"confidence\": 50, \"effort\": 1}").invalidField(400)).isEqualTo("impact");
        assertThat(analyst.putJson("api/v1/insights/matrix/idea/" + other, "{\"valueMode\": \"MANUAL\", \"manualValue\": 1, "
                + "\"effort\": 0}").invalidField(400)).isEqualTo("effort");
        analyst.putJson("api/v1/insights/matrix/idea/999999999", "{\"valueMode\": \"MANUAL\", \"manualValue\": 1, \"effort\": 1}").problem(404);
        analyst.delete("api/v1/insights/matrix/idea/" + other).problem(404);
        Api member = community.newMember("Geen analist");
        member.get("api/v1/insights/matrix").problem(403);
        member.putJson("api/v1/insights/matrix/idea/" + other, "{}").problem(403);
        member.get("api/v1/insights/pilots").problem(403);
        member.postJson("api/v1/insights/pilots", "{}").problem(403);
        anonymous.get("api/v1/insights/matrix").problem(401);
        anonymous.postJson("api/v1/insights/pilots", "{}").problem(401);
        assertThat(analyst.delete("api/v1/insights/matrix/idea/" + costly).status()).isEqualTo(204);
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

    /** The page now at desktop and phone width: axe-core finds nothing serious, and a 360 px phone does not scroll sideways. */
    private static void shoot(String name, ChromeDriver driver) throws Exception {
        browser.screenshot(name + "-desktop");
        Axe.assertAccessible(name, driver);
        driver.manage().window().setSize(Browser.PHONE);
        try {
            browser.screenshot(name + "-phone");
            long overflow = (Long) driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal scrolling of " + name + " on a 360 px phone").isLessThanOrEqualTo(0);
        } finally {
            driver.manage().window().setSize(Browser.DESKTOP);
        }
    }


    private long create(Api api, String title, String state, String tag) {
        Api.Answer answer = api.postJson("api/v1/insights", Json.createObjectBuilder().add("title", title).add("statement", "Een inzicht.")
                .add("state", state).add("tags", Json.createArrayBuilder().add(tag)).build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("id").longValue();
    }

    /** A second analyst: a new member promoted in the database (Kring has no API to hand out staff roles). */
    private Api colleague() throws Exception {
        String name = unique("collega");
        Api member = community.newMember(name);
        try (Connection db = TestDatabase.connect();
             PreparedStatement promote = db.prepareStatement("update member set role = 'ANALYST' where display_name = ?")) {
            promote.setString(1, name);
            assertThat(promote.executeUpdate()).isEqualTo(1);
        }
        return member;
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        String token = community.token("analyst@kring.demo", DEMO_PASSWORD);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(anonymous.resolve(path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String insightWith(JsonObject quote) {
        return Json.createObjectBuilder().add("title", "Een idee om te citeren").add("statement", "x")
                .add("evidence", Json.createArrayBuilder().add(quote)).build().toString();
    }

    private static JsonObject quote(String type, long id, String text) {
        return Json.createObjectBuilder().add("sourceType", type).add("sourceId", id).add("quote", text).build();
    }

    private static String idea(String title, String body) {
        return Json.createObjectBuilder().add("title", title).add("body", body).add("topic", "verpakking").add("language", "nl")
                .build().toString();
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("insights").getValuesAs(JsonObject.class).stream().map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}
