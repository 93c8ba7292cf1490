package org.kring.testing;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven by chromedriver (both from bin/test: KRING_CHROME_BINARY,
 * KRING_CHROMEDRIVER). Its profile lives under target/ and is removed on close.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(360, 800);

    private final ChromeDriver driver;
    private final Path profile;

    public Browser() throws IOException {
        String binary = System.getenv().getOrDefault("KRING_CHROME_BINARY", "/usr/bin/chromium");
        String chromedriver = System.getenv().getOrDefault("KRING_CHROMEDRIVER", "/usr/bin/chromedriver");
        Path target = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(target);
        profile = Files.createTempDirectory(target, "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=nl", "--user-data-dir=" + profile);
        // A Dutch reader: Accept-Language nl, which Kring takes as the first page's language.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl,en"));
        // The console's errors, for tests that read them (driver().manage().logs().get(LogType.BROWSER)).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "SEVERE"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Forgets the session (and so the chosen language): the next page is a first visit. */
    public ChromeDriver freshVisit() {
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(DESKTOP);
        return driver;
    }

    /** Opens the header's team menu (staff only), where the staff pages' links are. */
    public void openTeamMenu() {
        if (driver.findElement(By.id("team-menu")).getAttribute("open") == null) {
            driver.findElement(By.cssSelector("#team-menu summary")).click();
        }
    }

    /**
     * The element {@code by} finds once the page has loaded and the element stayed the same for a quarter of a second
     * (up to 20 s): a form sent without Ajax loads a new page whose scripts may still replace nodes, and a form
     * re-rendered by Ajax may be rendered twice, so an element found at its first appearance can be gone when the test
     * reads it (StaleElementReference, seen with Chromium 156.0.8078.114 on a quiet machine).
     */
    public static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(d -> {
                    if (!"complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))) {
                        return null;
                    }
                    WebElement first = d.findElement(by);
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return first;
                    }
                    WebElement again = d.findElement(by);
                    return first.equals(again) ? again : null;
                });
    }

    /**
     * Waits (up to 20 s) until an element {@code by} finds shows {@code text}; an element that a new page or an Ajax
     * update replaced meanwhile is found again.
     */
    public static void waitForText(WebDriver driver, By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "'" + text + "' in " + by)
                .until(d -> d.findElements(by).stream().anyMatch(e -> e.getText().contains(text)));
    }

    /**
     * The text of the element {@code by} finds once it is not blank (up to 20 s), read again when the element was
     * replaced: after a form sent without Ajax, the old page's empty message span can still be found until the new
     * page replaces it.
     */
    public static String textOnceShown(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(d -> {
                    String text = d.findElement(by).getText();
                    return text.isBlank() ? null : text;
                });
    }

    /**
     * An attribute ("" when absent) of the element {@code by} finds now, read again when a Faces Ajax update replaced
     * the element between finding and reading it (a form re-rendered twice: the field's own validation, then the submit).
     */
    public static String attribute(WebDriver driver, By by, String name) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String value = d.findElement(by).getAttribute(name);
                    return value == null ? "" : value;
                });
    }

    /** Saves what the reader sees now as target/screenshots/NAME.png, for review. */
    public void screenshot(String name) throws IOException {
        Path folder = Path.of(System.getProperty("kring.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.move(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The page now at desktop and at 360 px phone width: a screenshot of each (NAME-desktop, NAME-phone), axe-core
     * finds nothing serious at either, and the phone does not scroll sideways.
     */
    public void checkAtBothWidths(String name) throws IOException {
        screenshot(name + "-desktop");
        Axe.assertAccessible(name, driver);
        driver.manage().window().setSize(PHONE);
        try {
            long overflow = settledOverflow();
            screenshot(name + "-phone");
            if (overflow > 0) {
                throw new AssertionError(name + " scrolls sideways by " + overflow + " px on a 360 px phone; sticking out: "
                        + driver.executeScript(STICKING_OUT));
            }
            Axe.assertAccessible(name + " on a phone", driver);
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }
    }

    /** The innermost elements whose right edge is past the page's width, named by tag, id and classes (at most 5). */
    private static final String STICKING_OUT = """
            var w = document.documentElement.clientWidth, out = [];
            document.querySelectorAll('body *').forEach(function (e) {
              var r = e.getBoundingClientRect();
              if (r.width > 0 && r.right > w + 0.5 && !Array.prototype.some.call(e.children, function (c) {
                    return c.getBoundingClientRect().right > w + 0.5; })) {
                out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                    ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' (right ' + Math.round(r.right) + ')');
              }
            });
            return out.slice(0, 5).join(', ');
            """;

    /**
     * How far the page scrolls sideways once it has laid itself out for the new width: scripts such as the charts'
     * redraw after the window's resize event (a phone never resizes from desktop width; the test does), and on a busy
     * machine that can take a moment. Waits up to 3 s for no overflow, then answers what is left.
     */
    private long settledOverflow() {
        long deadline = System.nanoTime() + 3_000_000_000L;
        long overflow;
        while ((overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")) > 0
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return overflow;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
