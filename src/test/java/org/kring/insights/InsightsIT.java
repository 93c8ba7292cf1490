package org.kring.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;
import static org.kring.testing.Browser.waitFor;
import static org.kring.testing.Browser.waitForText;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Browser;
import org.kring.testing.Community;
import org.kring.testing.KringDeployment;
import org.kring.testing.TestDatabase;
import org.kring.testing.WithBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The insight workbench on the demo community: database → outbox → Elasticsearch → the insights API (against SQL),
 * and the workbench page in headless Chromium (screenshots in target/screenshots/, axe-core, 360 px).
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class InsightsIT {

    private static Browser browser;

    /**
     * Published contributions that have a document, with their author: ideas, posts that are not deleted, standalone
     * threads. A post is published only when its thread and idea are too (a post under a hidden idea is hidden).
     */
    private static final String CONTRIBUTIONS = """
            (select i.author_id, i.moderation_state, 'idea' as type from idea i
             union all select p.author_id, case when p.moderation_state = 'PUBLISHED' and t.moderation_state = 'PUBLISHED'
                    and coalesce(pi.moderation_state, 'PUBLISHED') = 'PUBLISHED' then 'PUBLISHED' else 'HIDDEN' end, 'post'
                from post p join discussion_thread t on t.id = p.thread_id left join idea pi on pi.id = t.idea_id
                where not p.deleted
             union all select t.author_id, t.moderation_state, 'thread' from discussion_thread t where t.idea_id is null) c
            join member m on m.id = c.author_id where c.moderation_state = 'PUBLISHED'""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSegmentBesideTheRestCountsWhatTheDatabaseCounts() throws Exception {
        awaitCaughtUpIndex();
        JsonObject answer = analyst().get("api/v1/insights/explore?region=Noord-Holland&versusRest=true&size=5").ok();
        JsonObject comparison = answer.getJsonObject("comparison");
        long northHolland = sql("select count(*) from " + CONTRIBUTIONS + " and m.region = 'Noord-Holland'");
        long rest = sql("select count(*) from " + CONTRIBUTIONS + " and (m.region is null or m.region <> 'Noord-Holland')");
        assertThat(northHolland).as("the demo has members in Noord-Holland").isPositive();
        assertThat(comparison.getJsonObject("segment").getJsonNumber("total").longValue()).isEqualTo(northHolland);
        assertThat(comparison.getJsonObject("versus").getJsonNumber("total").longValue()).isEqualTo(rest);
        assertThat(answer.getJsonNumber("total").longValue()).as("the matches are the segment's").isEqualTo(northHolland);
        assertThat(answer.getJsonArray("matches").getValuesAs(JsonObject.class))
                .hasSize(5).allSatisfy(m -> assertThat(m.getString("region")).isEqualTo("Noord-Holland"));

        JsonObject ideasOfYoungBusinesses = analyst().postJson("api/v1/insights/explore", """
                {"type": ["idea"], "segment": {"ageBand": ["25-34"], "customerType": ["business"]},
                 "versus": {"ageBand": ["65+"]}}""").ok().getJsonObject("comparison");
        assertThat(ideasOfYoungBusinesses.getJsonObject("segment").getJsonNumber("total").longValue()).isEqualTo(
                sql("select count(*) from " + CONTRIBUTIONS + " and c.type = 'idea' and m.age_band = '25-34' and m.customer_type = 'business'"));
        assertThat(ideasOfYoungBusinesses.getJsonObject("versus").getJsonNumber("total").longValue()).isEqualTo(
                sql("select count(*) from " + CONTRIBUTIONS + " and c.type = 'idea' and m.age_band = '65+'"));
    }

    @Test
    void breakdownsCountsAndPagesOfEverything() throws Exception {
        awaitCaughtUpIndex();
        JsonObject everything = analyst().get("api/v1/insights/explore?size=50").ok();
        assertThat(everything.getJsonNumber("total").longValue()).isEqualTo(sql("select count(*) from " + CONTRIBUTIONS));
        assertThat(everything.getJsonNumber("members").longValue()).as("distinct authors, counted by the index")
                .isCloseTo(sql("select count(distinct c.author_id) from " + CONTRIBUTIONS), withPercentage(2));
        JsonObject breakdowns = everything.getJsonObject("breakdowns");
        assertThat(breakdowns.keySet()).contains("type", "topic", "challenge", "status", "tag", "language", "ageBand",
                "region", "customerType", "month");
        long ideas = breakdowns.getJsonArray("type").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("value").equals("idea")).findFirst().orElseThrow().getJsonNumber("count").longValue();
        assertThat(ideas).isEqualTo(sql("select count(*) from " + CONTRIBUTIONS + " and c.type = 'idea'"));

        Set<String> seen = new HashSet<>();
        JsonObject page = everything;
        for (int i = 0; i < 3; i++) {
            page.getJsonArray("matches").getValuesAs(JsonObject.class)
                    .forEach(m -> assertThat(seen.add(m.getString("type") + m.getJsonNumber("id"))).as("no match twice").isTrue());
            page = analyst().get("api/v1/insights/explore?size=50&after=" + page.getString("next")).ok();
        }
        assertThat(seen).hasSize(150);
    }

    @Test
    void wordsGiveHighlightedMatchesAndFiltersNarrowThem() {
        JsonObject answer = analyst().get("api/v1/insights/explore?q=statiegeld&type=idea&minVotes=1&language=nl").ok();
        List<JsonObject> matches = answer.getJsonArray("matches").getValuesAs(JsonObject.class);
        assertThat(matches).isNotEmpty().allSatisfy(m -> {
            assertThat(m.getString("type")).isEqualTo("idea");
            assertThat(m.getInt("votes")).isPositive();
        });
        assertThat(matches.get(0).getJsonArray("highlights").getString(0)).contains("<em>");
    }

    @Test
    void aMemberWhoMovesIsFoundInTheNewRegion() {
        Api member = new Community(new Api(base)).newMember("Verhuizer");
        String word = "verhuisproef" + Long.toString(System.nanoTime(), 36);
        Api.Answer posted = member.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", "Bezorging na de verhuizing " + word)
                .add("body", "Graag.").add("topic", "verpakking").add("language", "nl").build().toString());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        analyst().await("api/v1/insights/explore?q=" + word, a -> a.getJsonNumber("total").longValue() == 1, Duration.ofSeconds(60));

        Api.Answer moved = member.putJson("api/v1/members/me/profile", "{\"region\": \"Utrecht\", \"ageBand\": \"35-44\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().asJsonObject().getString("region")).isEqualTo("Utrecht");
        JsonObject found = analyst().await("api/v1/insights/explore?region=Utrecht&ageBand=35-44&q=" + word,
                a -> a.getJsonNumber("total").longValue() == 1, Duration.ofSeconds(60));
        assertThat(found.getJsonArray("matches").getJsonObject(0).getString("region")).isEqualTo("Utrecht");

        member.putJson("api/v1/members/me/profile", "{\"ageBand\": \"12-17\"}").problem(400);
    }

    @Test
    void depositSchemesEmergeAfterTheNews() throws Exception {
        awaitCaughtUpIndex();
        Instant news = DEMO_START.plus(Duration.ofDays(4 * 365 / 12));
        themes("", news, news.plus(Duration.ofDays(60)), "previous");
        assertTheme(themes("topic=verpakking", news, news.plus(Duration.ofDays(60)), "previous"), "statiegeld", "deposit");
    }

    @Test
    void deliverySlotsEmergeAroundChristmas() throws Exception {
        awaitCaughtUpIndex();
        // The holiday season (November, December and January) that the demo year holds: this year's once the demo has
        // four weeks of its November, else last year's. Cut to the demo year, so that on 1 December the season is this
        // November, at the community's full size, not a last December at the demo's first days.
        int year = LocalDate.ofInstant(DEMO_END, ZoneOffset.UTC).getYear();
        Instant november = LocalDate.of(year, 11, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (november.plus(Duration.ofDays(28)).isAfter(DEMO_END)) {
            november = LocalDate.of(year - 1, 11, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        Instant from = november.isBefore(DEMO_START) ? DEMO_START : november;
        Instant seasonEnd = LocalDate.ofInstant(november, ZoneOffset.UTC).plusMonths(3).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = seasonEnd.isAfter(DEMO_END) ? DEMO_END : seasonEnd;
        themes("", from, to, "rest");
        assertTheme(themes("topic=app-webshop", from, to, "rest"), "bezorg", "deliver", "slot");
    }

    @Test
    void darkModeStandsOutAtTheStartAndHasFadedSince() throws Exception {
        awaitCaughtUpIndex();
        // At bin/test's scale the demo has about four dark mode contributions, all in its first four months.
        Instant fourMonths = DEMO_START.plus(Duration.ofDays(120));
        themes("", DEMO_START, fourMonths, "rest");
        JsonObject start = themes("topic=app-webshop", DEMO_START, fourMonths, "rest");
        JsonObject theme = assertTheme(start, "donker", "modus", "dark");
        JsonObject lastMonths = themes("topic=app-webshop", DEMO_END.minus(Duration.ofDays(120)), DEMO_END, "rest");
        assertThat(lastMonths.getJsonArray("themes").getValuesAs(JsonObject.class)).as("faded: no longer a theme")
                .noneMatch(t -> t.getString("term").equals(theme.getString("term")));
    }

    @Test
    void plantBasedGrowingIsATheme() throws Exception {
        awaitCaughtUpIndex();
        themes("", DEMO_END.minus(Duration.ofDays(120)), DEMO_END, "rest");
        assertTheme(themes("topic=assortiment", DEMO_END.minus(Duration.ofDays(120)), DEMO_END, "rest"), "plantaard", "vegan", "plant", "vegetar", "huismerk");
    }

    @Test
    void aYearByMonthAddsUpAndDepositsRiseAfterTheNews() throws Exception {
        awaitCaughtUpIndex();
        String period = "from=" + DEMO_START + "&to=" + DEMO_END;
        JsonObject year = analyst().get("api/v1/insights/trends?interval=month&" + period).ok();
        List<JsonObject> series = year.getJsonArray("series").getValuesAs(JsonObject.class);
        assertThat(series).hasSizeBetween(12, 13);
        long total = analyst().get("api/v1/insights/explore?size=1&" + period).ok().getJsonNumber("total").longValue();
        assertThat(series.stream().mapToLong(p -> p.getJsonNumber("contributions").longValue()).sum()).isEqualTo(total);

        Instant news = DEMO_START.plus(Duration.ofDays(4 * 365 / 12));
        JsonObject afterNews = analyst().get("api/v1/insights/trends?interval=week&minVolume=2&from=" + news + "&to=" + news.plus(Duration.ofDays(60))).ok();
        System.out.println("rising after the news: " + afterNews.getJsonArray("rising"));
        assertThat(afterNews.getJsonArray("rising").getValuesAs(JsonObject.class)).extracting(m -> m.getString("value"))
                .contains("statiegeld");
        Instant early = DEMO_START.plus(Duration.ofDays(90));
        JsonObject later = analyst().get("api/v1/insights/trends?interval=week&minVolume=2&from=" + early + "&to=" + early.plus(Duration.ofDays(90))).ok();
        System.out.println("falling after the start: " + later.getJsonArray("falling"));
        assertThat(later.getJsonArray("falling").getValuesAs(JsonObject.class)).extracting(m -> m.getString("value"))
                .contains("dark-mode");
        assertThat(field(analyst().get("api/v1/insights/trends?interval=hourly"))).isEqualTo("interval");
        new Api(base).get("api/v1/insights/trends").problem(401);
    }

    @Test
    void anAnalystFiltersBySegmentAndPeriodSeesTheTrendAndTurnsAThemeIntoAFilter() throws Exception {
        awaitCaughtUpIndex();
        ChromeDriver driver = browser.freshVisit();
        logIn(driver, "analyst@kring.demo");
        browser.openTeamMenu();
        driver.findElement(By.id("nav-insights")).click();
        waitForText(driver, By.tagName("h1"), "Inzichten");
        driver.findElement(By.id("region")).sendKeys("Noord-Holland");
        driver.executeScript("document.getElementById('from').value = arguments[0]; document.getElementById('to').value = arguments[1];",
                LocalDate.ofInstant(DEMO_START, ZoneOffset.UTC).toString(), LocalDate.ofInstant(DEMO_END, ZoneOffset.UTC).toString());
        driver.findElement(By.id("versusRest")).click();
        driver.findElement(By.id("apply")).click();
        waitFor(driver, By.id("comparison"));
        assertThat(driver.getCurrentUrl()).contains("region=Noord-Holland").contains("versusRest=true");
        assertThat(driver.findElement(By.id("counts")).getText()).contains("bijdragen");
        // The trend chart, drawn on the server: a line for now and one for the period before, a point per row of its table.
        waitFor(driver, By.cssSelector("#trend svg[role=img]"));
        assertThat(driver.findElements(By.cssSelector("#trend polyline"))).hasSize(2);
        List<WebElement> periods = driver.findElements(By.cssSelector("section[aria-labelledby=trend-title] tbody th"));
        assertThat(periods).as("the periods of the year").hasSizeGreaterThan(1);
        assertThat(driver.findElements(By.cssSelector("#trend .kring-chart-now circle"))).hasSameSizeAs(periods);
        assertThat(driver.findElements(By.cssSelector("#trend .kring-chart-before circle"))).hasSameSizeAs(periods);
        assertThat(driver.findElement(By.cssSelector("#trend text[text-anchor=start]")).getAttribute("textContent"))
                .isEqualTo(periods.get(0).getAttribute("textContent"));
        assertThat(driver.findElement(By.id("trend-name")).getAttribute("textContent")).isEqualTo("Bijdragen per periode, met de periode ervoor");
        assertThat(driver.findElement(By.id("trend-summary")).getAttribute("textContent")).matches("Nu: [\\d.]+ bijdragen; Periode ervoor: [\\d.]+ bijdragen");
        List<WebElement> themes = driver.findElements(By.cssSelector("#themes .kring-theme-label"));
        assertThat(themes).as("themes of Noord-Holland's year").isNotEmpty();
        browser.checkAtBothWidths("insights");
        String csvLink = driver.findElement(By.id("export-csv")).getAttribute("href");
        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvLink))
                // Every cookie of the browser: Payara's distributable sessions also need JSESSIONIDVERSION.
                .header("Cookie", driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                        .collect(java.util.stream.Collectors.joining("; "))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).as("the page's export, with the page's session").isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFtype,id,").contains("Noord-Holland");

        String label = themes.get(0).getText();
        themes.get(0).click();
        waitFor(driver, By.id("q"));
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).as("the theme is the filter now").isEqualTo(label);
        assertThat(driver.getCurrentUrl()).contains("region=Noord-Holland");
        assertThat(driver.findElements(By.cssSelector("#matches li"))).isNotEmpty();

        driver.get(base + "insights.xhtml?from=2026-02-30&region=Atlantis");
        waitFor(driver, By.id("from-error"));
        assertThat(Browser.attribute(driver, By.id("from"), "aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("region-error")).getText()).isEqualTo("Geen lid heeft deze regio opgegeven.");
        browser.checkAtBothWidths("insights-invalid");

        driver.get(base + "insights.xhtml?q=zzqxjwv");
        waitForText(driver, By.id("empty"), "Niets gevonden");
    }

    @Test
    void membersHaveNoWorkbench() throws Exception {
        ChromeDriver driver = browser.freshVisit();
        driver.get(base + "insights.xhtml");
        waitFor(driver, By.id("login:email"));
        logIn(driver, "member@kring.demo");
        assertThat(driver.findElements(By.id("nav-insights"))).isEmpty();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "insights.xhtml"))
                // Every cookie of the browser: Payara's distributable sessions also need JSESSIONIDVERSION.
                .header("Cookie", driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                        .collect(java.util.stream.Collectors.joining("; "))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(403);
    }

    @Test
    void theExportKeepsDutchCharactersAndDefusesFormulas() throws Exception {
        Api member = new Community(new Api(base)).newMember("Exporteur");
        String word = "exportproef" + Long.toString(System.nanoTime(), 36);
        String title = "=1+1 crème, één € en ë " + word;
        Api.Answer posted = member.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title)
                .add("body", "Regel \"één\" met een komma, en een € teken.").add("topic", "verpakking").add("language", "nl").build().toString());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        analyst().await("api/v1/insights/explore?q=" + word, a -> a.getJsonNumber("total").longValue() == 1, Duration.ofSeconds(60));

        HttpResponse<byte[]> csv = download("api/v1/insights/export/csv?q=" + word);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        byte[] bytes = csv.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).as("UTF-8 byte order mark, for Excel")
                .containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("type,id,idea_id,thread_id,title,text,");
        assertThat(text).as("formula defused, comma quoted").contains(",\"'=1+1 crème, één € en ë " + word + "\",");
        assertThat(text).contains("een € teken");

        HttpResponse<byte[]> json = download("api/v1/insights/export/json?q=" + word);
        JsonArray rows = Json.createReader(new StringReader(new String(json.body(), StandardCharsets.UTF_8))).readArray();
        assertThat(rows).hasSize(1);
        assertThat(rows.getJsonObject(0).getString("title")).isEqualTo(title);

        awaitCaughtUpIndex();
        long everything = analyst().get("api/v1/insights/explore?size=1").ok().getJsonNumber("total").longValue();
        long start = System.nanoTime();
        HttpResponse<byte[]> all = download("api/v1/insights/export/json");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(Json.createReader(new StringReader(new String(all.body(), StandardCharsets.UTF_8))).readArray())
                .as("an export of everything streams every row").hasSize((int) everything);
        System.out.println("export of " + everything + " rows as JSON: " + millis + " ms");

        new Api(base).get("api/v1/insights/export/csv").problem(401);
        member.get("api/v1/insights/export/csv").problem(403);
        assertThat(field(analyst().get("api/v1/insights/export/csv?from=2026-02-30"))).isEqualTo("from");
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        String token = new Community(new Api(base)).token("analyst@kring.demo", "kring-demo");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(new Api(base).resolve(path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void onlyAnalystsAndAdminsExplore() {
        new Api(base).get("api/v1/insights/explore").problem(401);
        new Api(base).postJson("api/v1/insights/explore", "{}").problem(401);
        Api member = new Community(new Api(base)).newMember("Nieuwsgierig");
        member.get("api/v1/insights/explore").problem(403);
        member.postJson("api/v1/insights/explore", "{}").problem(403);
        new Api(base).get("api/v1/insights/themes").problem(401);
        member.get("api/v1/insights/themes").problem(403);
        Api admin = new Api(base).withBearer(new Community(new Api(base)).token("admin@kring.demo", "kring-demo"));
        assertThat(admin.get("api/v1/insights/explore?size=1").status()).isEqualTo(200);
        String openapi = new Api(base).root().get("openapi").body();
        assertThat(openapi).as("documented").contains("api/v1/insights/explore", "api/v1/insights/themes",
                "api/v1/insights/trends", "api/v1/insights/export/csv", "a segment against the rest", "versusRest");
    }

    @Test
    void badFiltersAreRefusedByFieldAndAFilterMatchingNothingIsAnEmptyAnswer() {
        assertThat(field(analyst().get("api/v1/insights/explore?from=2026-02-30"))).isEqualTo("from");
        assertThat(field(analyst().get("api/v1/insights/explore?from=2026-05-01&to=2026-04-01"))).isEqualTo("to");
        assertThat(field(analyst().get("api/v1/insights/explore?region=Atlantis"))).isEqualTo("segment.region");
        assertThat(field(analyst().get("api/v1/insights/explore?versusRest=true"))).isEqualTo("segment");
        assertThat(field(analyst().get("api/v1/insights/explore?minVotes=lots"))).isEqualTo("minVotes");
        assertThat(field(analyst().get("api/v1/insights/explore?after=nonsense"))).isEqualTo("after");
        assertThat(field(analyst().get("api/v1/insights/themes?against=yesterday"))).isEqualTo("against");
        assertThat(field(analyst().get("api/v1/insights/themes?to=2026-13-01"))).isEqualTo("to");
        assertThat(field(analyst().postJson("api/v1/insights/explore", "{\"segment\": {\"customerType\": [\"wholesale\"]}}")))
                .isEqualTo("segment.customerType");

        JsonObject nothing = analyst().get("api/v1/insights/explore?q=zzqxjwv&region=Noord-Holland&versusRest=true").ok();
        assertThat(nothing.getJsonNumber("total").longValue()).isZero();
        assertThat(nothing.getJsonArray("matches")).isEmpty();
        assertThat(nothing.isNull("next")).isTrue();
        assertThat(nothing.getJsonObject("comparison").getJsonObject("segment").getJsonNumber("total").longValue()).isZero();
    }

    /** The demo community's year: the seeder ends it at the start of the day it runs (DemoSeeder). */
    private static final Instant DEMO_END = Instant.now().truncatedTo(ChronoUnit.DAYS);
    private static final Instant DEMO_START = DEMO_END.minus(Duration.ofDays(365));

    /**
     * The themes of a period. The demo at bin/test's scale (0.2) has a handful of a theme's contributions in a period,
     * so the assertions narrow to the theme's topic, as an analyst would; the whole community's themes are printed.
     */
    private JsonObject themes(String filter, Instant from, Instant to, String against) {
        JsonObject answer = analyst().get("api/v1/insights/themes?size=15&" + filter + "&from=" + from + "&to=" + to + "&against=" + against).ok();
        System.out.println("themes " + filter + " " + from + " .. " + to + " against " + against + ": " + answer.getJsonArray("themes").stream()
                .map(t -> t.asJsonObject().getString("label") + " (" + t.asJsonObject().getString("term") + ", "
                        + t.asJsonObject().getJsonNumber("count") + " vs " + t.asJsonObject().getJsonNumber("previousCount") + ")")
                .toList());
        return answer;
    }

    /**
     * The theme whose stem starts with one of these beginnings, or whose examples are mostly about them (at bin/test's
     * scale a handful of ideas can surface as a theme under a word they share, such as "rond" in "rond de feestdagen"),
     * with a count, a label and examples.
     */
    private static JsonObject assertTheme(JsonObject answer, String... beginnings) {
        List<JsonObject> themes = answer.getJsonArray("themes").getValuesAs(JsonObject.class);
        JsonObject theme = themes.stream().filter(t -> List.of(beginnings).stream().anyMatch(b -> t.getString("term").startsWith(b))
                        || mostlyAbout(t, beginnings))
                .findFirst().orElseThrow(() -> new AssertionError("no theme " + List.of(beginnings) + " in " + themes));
        assertThat(theme.getJsonNumber("count").longValue()).isGreaterThanOrEqualTo(3);
        assertThat(theme.getJsonArray("examples")).isNotEmpty();
        assertThat(theme.getString("label")).isNotBlank();
        return theme;
    }

    /** More than half of the theme's examples contain a word that starts with one of these beginnings. */
    private static boolean mostlyAbout(JsonObject theme, String... beginnings) {
        List<JsonObject> examples = theme.getJsonArray("examples").getValuesAs(JsonObject.class);
        long about = examples.stream().map(e -> e.getString("excerpt").toLowerCase(java.util.Locale.ROOT))
                .filter(text -> java.util.Arrays.stream(text.split("[^\\p{L}]+"))
                        .anyMatch(word -> List.of(beginnings).stream().anyMatch(word::startsWith)))
                .count();
        return about * 2 > examples.size();
    }

    private void logIn(ChromeDriver driver, String email) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys("kring-demo");
        driver.findElement(By.id("login:submit")).click();
        waitFor(driver, By.cssSelector(".kring-me"));
    }




    private Api analyst() {
        return new Api(base).withBearer(new Community(new Api(base)).token("analyst@kring.demo", "kring-demo"));
    }

    private static String field(Api.Answer answer) {
        return answer.problem(400).getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static long sql(String query) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement statement = db.prepareStatement(query);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void awaitCaughtUpIndex() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (sql("select count(*) from search_outbox") > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The search outbox did not drain within 3 minutes");
            }
            Thread.sleep(200);
        }
        Thread.sleep(1500); // the index refreshes every second
    }
}
