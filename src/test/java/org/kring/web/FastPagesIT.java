package org.kring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Browser;
import org.kring.testing.KringDeployment;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.primefaces.PrimeFaces;

/**
 * What a phone on a slow network gets (issue 17): compressed text, cacheable resources, an icon, a description
 * for search results and link previews, and pages whose scripts raise no errors.
 */
@ExtendWith(ArquillianExtension.class)
class FastPagesIT {

    /** Script and style sheet URLs of a page (Faces resources; &amp; as the page writes it). */
    private static final Pattern RESOURCE = Pattern.compile("(?:src|href)=\"([^\"]*jakarta\\.faces\\.resource/[^\"]*)\"");

    private static Browser browser;
    /** HTTP/1.1 as a browser speaks to a plain-http server (java.net.http would otherwise upgrade to h2c). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void pagesScriptsAndStyleSheetsComeCompressed() throws Exception {
        String searchPage = base + "search.xhtml?q=verpakking";
        Set<String> urls = resources(searchPage);
        assertThat(urls).as("the search page's scripts and style sheets")
                .anyMatch(u -> u.contains(".js")).anyMatch(u -> u.contains("kring.css"));
        assertThat(urls).as("the search page needs nothing of PrimeFaces (issue 17)").noneMatch(FastPagesIT::primeFaces);
        for (String url : urls) {
            byte[] plain = get(url, false).body();
            if (plain.length >= 4096) { // smaller ones: under Payara's 1 KiB threshold, or too small to halve
                assertThat(gzipped(url)).as(url).isEqualTo(plain);
            }
        }
        assertThat(new String(gzipped(searchPage), StandardCharsets.UTF_8)).contains("</html>");
    }

    @Test
    void versionedResourcesAreKeptForAYearTheOthersRevalidated() throws Exception {
        Set<String> urls = resources(base + "idea.xhtml?id=" + firstIdeaId());
        List<String> unversioned = urls.stream().filter(u -> !u.contains("v=")).toList();
        assertThat(unversioned).as("Kring's style sheet").anyMatch(u -> u.contains("kring.css"));
        // No page of Kring's names a versioned resource now (only PrimeFaces versions its own): its script as a page
        // with a PrimeFaces component would name it.
        List<String> versioned = List.of(base + "jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=" + primeFacesVersion());
        for (String url : versioned) {
            assertThat(get(url, true).statusCode()).as(url).isEqualTo(200);
            assertThat(get(url, true).headers().firstValue("Cache-Control")).as(url)
                    .hasValue("public, max-age=31536000, immutable");
        }
        for (String url : unversioned) {
            HttpResponse<byte[]> first = get(url, true);
            assertThat(first.headers().firstValue("Cache-Control")).as(url).hasValue("no-cache");
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("If-Modified-Since", lastModified).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(again.statusCode()).as("unchanged " + url).isEqualTo(304);
        }
    }

    @Test
    void theFaviconAndAppIconsAnswer() throws Exception {
        HttpResponse<byte[]> ico = get(base + "favicon.ico", false);
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type")).hasValue("image/x-icon");
        assertThat(ico.body()).startsWith(0, 0, 1, 0, 1, 0);
        String etag = ico.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(base + "favicon.ico"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        for (String icon : List.of("favicon.svg", "apple-touch-icon.png", "icon-192.png", "manifest.webmanifest")) {
            assertThat(get(base + icon, false).statusCode()).as(icon).isEqualTo(200);
        }
        String home = new String(get(base.toString(), false).body());
        assertThat(home).containsPattern("<link rel=\"icon\" href=\"[^\"]*/favicon.svg\"").contains("rel=\"manifest\"");
    }

    @Test
    void anIdeaPageIsDescribedByItsOwnText() throws Exception {
        ChromeDriver driver = browser.freshVisit();
        driver.get(base + "idea.xhtml?id=" + firstIdeaId());
        String body = driver.findElement(By.cssSelector(".kring-body")).getText().replaceAll("\\s+", " ").strip();
        String description = driver.findElement(By.cssSelector("meta[name=description]")).getAttribute("content");
        assertThat(description).isNotBlank().hasSizeLessThanOrEqualTo(PageMeta.MAX_LENGTH + 1);
        assertThat(body).startsWith(description.replaceAll("…$", ""));
    }

    @Test
    void noMainPageLogsAConsoleError() throws Exception {
        ChromeDriver driver = browser.freshVisit();
        driver.manage().logs().get(LogType.BROWSER); // what earlier tests left in the log
        driver.get(base.toString());
        String topic = driver.findElement(By.cssSelector("a[href*='topic.xhtml']")).getAttribute("href");
        String thread = driver.findElements(By.cssSelector("a[href*='thread.xhtml']")).stream()
                .map(a -> a.getAttribute("href")).findFirst().orElse(null);
        List<String> pages = new ArrayList<>(List.of(base.toString(), topic,
                base + "idea.xhtml?id=" + firstIdeaId(), base + "search.xhtml?q=verpakking", base + "login.xhtml",
                base + "register.xhtml"));
        if (thread != null) {
            pages.add(thread);
        }
        for (String page : pages) {
            assertNoConsoleErrors(driver, page);
        }
        logIn(driver, "member@kring.demo");
        for (String page : List.of(base + "new-idea.xhtml", base + "profile.xhtml", base + "idea.xhtml?id=" + firstIdeaId())) {
            assertNoConsoleErrors(driver, page);
        }
    }

    @Test
    void aMembersPagesLoadNothingOfPrimeFaces() throws Exception {
        ChromeDriver driver = browser.freshVisit();
        driver.get(base.toString());
        String thread = driver.findElement(By.cssSelector("a[href*='thread.xhtml']")).getAttribute("href");
        for (String page : List.of("index.xhtml", "login.xhtml", "register.xhtml")) {
            assertThat(loaded(driver, base + page)).as(page).anyMatch(u -> u.contains("kring.css")).noneMatch(FastPagesIT::primeFaces);
        }
        logIn(driver, "member@kring.demo");
        // Voting, following, replying, liking and editing use Faces' own Ajax, as do the forms.
        for (String page : List.of(base + "new-idea.xhtml", base + "profile.xhtml", base + "notification-preferences.xhtml",
                base + "idea.xhtml?id=" + firstIdeaId(), thread)) {
            assertThat(scripts(driver, page)).as(page).isNotEmpty();
            assertThat(loaded(driver, page)).as(page).noneMatch(FastPagesIT::primeFaces);
        }
        assertThat(driver.findElements(By.id("discussion:sendAnswer"))).as("the thread page's answer form").hasSize(1);
        // The new-idea form works on Faces' own Ajax: similar ideas while typing the title, the preview on request.
        driver.get(base + "new-idea.xhtml");
        driver.findElement(By.id("idea:title")).sendKeys("Statiegeld op glazen potjes");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector(".kring-similar li a")).isEmpty());
        driver.findElement(By.id("idea:body")).sendKeys("Potjes met **deksel**");
        driver.findElement(By.id("idea:previewButton")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kring-preview strong")));

        // The moderation queue is a plain Faces table with Faces' own Ajax as well.
        ChromeDriver staff = browser.freshVisit();
        logIn(staff, "moderator@kring.demo");
        assertThat(scripts(staff, base + "moderation.xhtml")).as("the moderation queue").isNotEmpty();
        assertThat(loaded(staff, base + "moderation.xhtml")).as("the moderation queue").noneMatch(FastPagesIT::primeFaces);
        assertThat(staff.findElements(By.id("queue-form:queue"))).as("the queue").hasSize(1);

        // The insights workbench draws its trend chart on the server, as an SVG: no chart script.
        ChromeDriver analyst = browser.freshVisit();
        logIn(analyst, "analyst@kring.demo");
        for (String page : List.of("insights.xhtml", "dashboard.xhtml", "saved-insights.xhtml", "matrix.xhtml", "impact-report.xhtml")) {
            assertThat(loaded(analyst, base + page)).as(page).anyMatch(u -> u.contains("kring.css")).noneMatch(FastPagesIT::primeFaces);
        }
        analyst.get(base + "insights.xhtml");
        assertThat(analyst.findElements(By.cssSelector("#trend svg polyline"))).as("the trend chart, now and before").hasSize(2);
    }

    @Test
    void theLoginPageMayBeCrawledUnderOneAddress() throws Exception {
        // Lighthouse's SEO audit fails a page that robots.txt blocks; a login page holds nothing to hide, and the
        // returnTo variants that every page links to name the bare page as their canonical address.
        String robots = new String(get(base + "robots.txt", false).body(), StandardCharsets.UTF_8);
        assertThat(robots).contains("Disallow: /api/").doesNotContain("login").doesNotContain("register");
        String login = new String(get(base + "login.xhtml?returnTo=%2Fidea.xhtml%3Fid%3D1", false).body(), StandardCharsets.UTF_8);
        assertThat(login).containsPattern("<link rel=\"canonical\" href=\"[^\"]*/login.xhtml\"").doesNotContain("noindex");
    }

    /** Logs in through the login form as this demo account. */
    private void logIn(ChromeDriver driver, String email) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys("kring-demo");
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logout")));
    }

    /** A resource of PrimeFaces' (its scripts, client-side locale, theme style sheet: libraries primefaces*). */
    private static boolean primeFaces(String url) {
        return url.contains("ln=primefaces");
    }

    /** Every address a page downloaded (scripts, style sheets, fonts, images) once it has fully loaded. */
    @SuppressWarnings("unchecked")
    private static List<String> loaded(ChromeDriver driver, String page) {
        driver.get(page);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
        return (List<String>) driver.executeScript("return performance.getEntriesByType('resource').map(e => e.name);");
    }

    /** The PrimeFaces version in the WAR, as its versioned resource URLs carry it. */
    private static String primeFacesVersion() {
        return PrimeFaces.class.getPackage().getImplementationVersion();
    }

    /** The script addresses of a page as the browser loaded it. */
    @SuppressWarnings("unchecked")
    private static List<String> scripts(ChromeDriver driver, String page) {
        driver.get(page);
        return (List<String>) driver.executeScript("return Array.from(document.scripts).map(s => s.src).filter(s => s);");
    }

    private static void assertNoConsoleErrors(ChromeDriver driver, String page) {
        driver.get(page);
        // Deferred scripts run after the document is parsed: wait until the page has fully loaded.
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
        assertThat(errors).as("console errors on " + page).isEmpty();
    }

    /** The body of URL asked for with gzip: it must come gzipped, in less than half its size. */
    private byte[] gzipped(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> gzipped = get(url, true);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).as(url).hasValue("gzip");
        byte[] unpacked = new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes();
        assertThat(gzipped.body().length).as("compressed size of " + url).isLessThan(unpacked.length / 2);
        return unpacked;
    }

    private Set<String> resources(String page) throws IOException, InterruptedException {
        String html = new String(get(page, false).body());
        Set<String> urls = new LinkedHashSet<>();
        Matcher m = RESOURCE.matcher(html);
        while (m.find()) {
            urls.add(URI.create(base.toString()).resolve(m.group(1).replace("&amp;", "&")).toString());
        }
        return urls;
    }

    private long firstIdeaId() throws IOException, InterruptedException {
        Matcher m = Pattern.compile("idea\\.xhtml\\?id=(\\d+)").matcher(new String(get(base.toString(), false).body()));
        assertThat(m.find()).as("an idea on the home page").isTrue();
        return Long.parseLong(m.group(1));
    }

    private HttpResponse<byte[]> get(String url, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
