package org.kring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Browser;
import org.kring.testing.KringDeployment;
import org.kring.testing.WithBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The home page in a real headless Chromium: Faces, PrimeFaces, the bundles and the database together. */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class HomePageIT {

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void showsTopicsAndNewestIdeasAndSwitchesLanguage() throws Exception {
        var driver = browser.freshVisit();
        driver.get(base.toString());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welkom in onze community");
        assertThat(texts(driver.findElements(By.cssSelector(".kring-topic-name"))))
                .contains("Verpakking", "Duurzaamheid", "In de winkel");
        assertThat(driver.findElements(By.cssSelector(".kring-idea-title"))).hasSize(10);
        assertThat(driver.getPageSource()).doesNotContain("jsessionid");
        browser.screenshot("home-nl-desktop");

        driver.findElement(By.linkText("English")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "Welcome to our community"));
        assertThat(texts(driver.findElements(By.cssSelector(".kring-topic-name"))))
                .contains("Packaging", "Sustainability", "In the store");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        driver.manage().window().setSize(Browser.PHONE);
        driver.navigate().refresh();
        long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal scrolling on a 360 px phone").isLessThanOrEqualTo(0);
        browser.screenshot("home-en-phone");

        driver.findElement(By.linkText("Nederlands")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "Welkom in onze community"));
    }

    @Test
    void unknownPageShowsAFriendlyError() {
        var driver = browser.freshVisit();
        driver.get(base + "does-not-exist.xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isIn("Pagina niet gevonden", "Page not found");
        assertThat(driver.getPageSource()).as("no stack trace").doesNotContain(".java:").doesNotContain("Exception:");
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }
}
