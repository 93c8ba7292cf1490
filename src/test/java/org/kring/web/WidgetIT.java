package org.kring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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
import org.kring.testing.WithBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The embeddable widget as a company's web site uses it: a page on another origin frames it and shows the newest
 * ideas of a topic with links into Kring; a site that is not in kring.widget.origins gets nothing. bin/test allows
 * http://127.0.0.1:KRING_TEST_WIDGET_HOST_PORT; the test serves the host page there and on the next port.
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class WidgetIT {

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private static int allowedPort() {
        String port = System.getenv("KRING_TEST_WIDGET_HOST_PORT");
        assumeTrue(port != null, "the allowed host page's port comes from bin/test (KRING_TEST_WIDGET_HOST_PORT); run through bin/test");
        return Integer.parseInt(port);
    }

    /** A company's page on 127.0.0.1:port that frames the widget. */
    private HttpServer hostPage(int port, String widget) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><title>A shop</title></head><body><h1>Our shop</h1>"
                + "<iframe id=\"kring\" title=\"Ideas\" onload=\"this.dataset.loaded='yes'\" src=\"" + base + widget + "\" style=\"border:0;width:100%;height:420px\">"
                + "</iframe></body></html>").getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void aCompanysSiteShowsTheNewestIdeasOfATopicWithLinksIntoKring() throws Exception {
        int port = allowedPort();
        Api member = new Community(new Api(base)).newMember("Widgetfan");
        String title = "Statiegeld <b>op</b> blik & fles " + System.nanoTime() % 100_000;
        Api.Answer posted = member.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title)
                .add("body", "Gezien op de site van de winkel.").add("topic", "verpakking").add("language", "nl").build().toString());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        long id = posted.json().asJsonObject().getJsonNumber("id").longValue();

        Api.Answer widget = new Api(base).get("widget?topic=verpakking&sort=new&lang=en");
        assertThat(widget.status()).isEqualTo(200);
        assertThat(widget.header("Content-Security-Policy")).contains("frame-ancestors 'self' http://127.0.0.1:" + port)
                .doesNotContain("script-src");
        assertThat(widget.body()).doesNotContain("<script").doesNotContain("<b>op</b>");
        System.out.println("[WidgetIT] the widget's answer: " + widget.body().getBytes(StandardCharsets.UTF_8).length
                + " bytes, no script, no other resource");
        assertThat(widget.body().getBytes(StandardCharsets.UTF_8).length).as("light on the host page").isLessThan(8_000);

        HttpServer host = hostPage(port, "widget?topic=verpakking&sort=new&lang=en");
        try {
            ChromeDriver driver = browser.freshVisit();
            driver.get("http://127.0.0.1:" + port + "/");
            driver.switchTo().frame("kring");
            WebElement first = new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector("li a")).stream().findFirst().orElse(null));
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Newest ideas:");
            assertThat(first.getText()).as("the title as typed, markup shown, not run").isEqualTo(title);
            assertThat(first.getAttribute("href")).endsWith("idea.xhtml?id=" + id + "&utm_source=widget");
            assertThat(driver.findElement(By.className("share")).getAttribute("href")).endsWith("new-idea.xhtml?in=verpakking&utm_source=widget");
            driver.switchTo().defaultContent();
            browser.screenshot("widget-on-a-company-site");
        } finally {
            host.stop(0);
        }
    }

    @Test
    void aSiteThatIsNotAllowedCannotFrameIt() throws Exception {
        int port = allowedPort() + 1;
        HttpServer host = hostPage(port, "widget?topic=verpakking");
        try {
            ChromeDriver driver = browser.freshVisit();
            driver.get("http://127.0.0.1:" + port + "/");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Our shop");
            // The frame has finished loading (the same page on the allowed port shows the list by then) ...
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> "yes".equals(d.findElement(By.id("kring")).getAttribute("data-loaded")));
            driver.switchTo().frame("kring");
            // ... but Chromium refused Kring's answer (frame-ancestors) and shows its own error document: no list, no link.
            List<WebElement> links = driver.findElements(By.cssSelector("li a, a.share"));
            assertThat(links).isEmpty();
        } finally {
            host.stop(0);
        }
    }

    @Test
    void unknownTopicsAndBadParametersGetAPageThatSaysSo() {
        Api visitor = new Api(base);
        Api.Answer missing = visitor.get("widget?topic=bestaat-niet");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("bestaat niet");
        assertThat(visitor.get("widget").status()).isEqualTo(404);
        Api.Answer bad = visitor.get("widget?topic=verpakking&sort=best&lang=en");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("sort=top or sort=new");
        assertThat(visitor.get("widget?topic=verpakking&limit=11").status()).isEqualTo(400);
        assertThat(visitor.get("widget?topic=verpakking&limit=3").body()).contains("Populairste idee");
    }
}
