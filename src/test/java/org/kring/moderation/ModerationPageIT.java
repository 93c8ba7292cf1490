package org.kring.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.testing.Browser.waitForText;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The moderator workspace in a real headless Chromium: the staff link in the header, a spam wave hidden with the
 * keyboard (j/k, x, h) in one bulk action, undo from the log; a duplicate idea merged, unmerged from the log and moved;
 * members do not get the page.
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class ModerationPageIT {

    private static Browser browser;
    private static String axe;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aModeratorHidesASpamWaveWithTheKeyboardAndUndoesItFromTheLog() throws Exception {
        Api anonymous = new Api(base);
        Community community = new Community(anonymous);
        Api spammer = community.newMember("Spam Golf");
        String marker = "wegwerpspam" + Long.toString(System.nanoTime(), 36);
        long thread = spammer.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", "verpakking")
                .add("title", "Aanbiedingen deze week").add("body", "Kijk hier").add("language", "nl").build().toString())
                .json().asJsonObject().getJsonNumber("id").longValue();
        for (int i = 0; i < 2; i++) {
            long post = spammer.postJson("api/v1/threads/" + thread + "/posts", Json.createObjectBuilder()
                    .add("body", marker + " goedkope pillen " + i).build().toString()).json().asJsonObject().getJsonNumber("id").longValue();
            Api.Answer flagged = community.newMember("Melder " + i).postJson("api/v1/flags", Json.createObjectBuilder()
                    .add("targetType", "POST").add("targetId", post).add("reason", "SPAM").build().toString());
            assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
        }

        Api ideaAuthor = community.newMember("Dubbel Idee");
        String twin = "tweelingidee" + Long.toString(System.nanoTime(), 36);
        long original = postIdea(ideaAuthor, "Origineel " + twin);
        long duplicate = postIdea(community.newMember("Tweede Idee"), "Dubbel " + twin);
        Api.Answer duplicateFlag = community.newMember("Dubbelmelder").postJson("api/v1/flags", Json.createObjectBuilder()
                .add("targetType", "IDEA").add("targetId", duplicate).add("reason", "DUPLICATE").add("duplicateOf", original)
                .build().toString());
        assertThat(duplicateFlag.status()).as(duplicateFlag.body()).isEqualTo(201);

        ChromeDriver driver = browser.freshVisit();
        driver.get(base + "moderation.xhtml");
        driver.findElement(By.id("login:email")).sendKeys("moderator@kring.demo");
        driver.findElement(By.id("login:password")).sendKeys("kring-demo");
        driver.findElement(By.id("login:submit")).click();
        waitForText(driver, By.tagName("h1"), "Moderatie");
        assertThat(driver.findElement(By.cssSelector("#team-menu summary")).getText()).matches("Team \\(\\d+\\)");
        browser.openTeamMenu();
        assertThat(driver.findElement(By.cssSelector(".kring-moderation-link")).getText()).matches("Moderatie \\(\\d+\\)");
        browser.screenshot("moderation-nl-desktop");
        assertAccessible(driver);
        assertTheQueueGoesOnAsTheApiPagesIt(driver, anonymous.withBearer(community.token("moderator@kring.demo", "kring-demo")));

        driver.findElement(By.id("queue-form:reason")).sendKeys("Reclame");
        driver.findElement(By.tagName("h1")).click();
        new Actions(driver).sendKeys("?").perform();
        assertThat(driver.findElement(By.id("shortcuts")).isDisplayed()).isTrue();
        List<WebElement> rows = driver.findElements(By.cssSelector("#queue-form\\:queue tbody tr"));
        int selected = 0;
        for (int i = 0; i < rows.size(); i++) {
            new Actions(driver).sendKeys("j").perform();
            WebElement current = driver.findElement(By.cssSelector("#queue-form\\:queue tbody tr.kring-current"));
            if (current.getText().contains(marker)) {
                new Actions(driver).sendKeys("x").perform();
                selected++;
            }
        }
        assertThat(selected).as("both spam posts in the queue").isEqualTo(2);
        assertThat(driver.findElements(By.cssSelector("#queue-form\\:queue tbody tr input[type=checkbox]:checked"))).as("selected rows").hasSize(2);
        new Actions(driver).sendKeys("h").perform();
        waitForText(driver, By.id("queue-form:messages"), "2 item(s) beslist");
        assertThat(driver.findElement(By.id("queue-form:queue")).getText()).doesNotContain(marker);
        assertThat(anonymous.get("api/v1/threads/" + thread + "/posts").body()).doesNotContain(marker);
        assertThat(driver.findElement(By.id("log-form")).getText()).contains("HIDE POST");

        driver.findElements(By.cssSelector("#log-form .kring-undo")).get(0).click();
        waitForText(driver, By.id("queue-form:messages"), "Ongedaan gemaakt");
        assertThat(anonymous.get("api/v1/threads/" + thread + "/posts").body()).contains(marker);

        // The duplicate idea: merged into the original from its queue row, undone from the log, then moved.
        selectWithKeyboard(driver, "Dubbel " + twin);
        driver.findElement(By.id("queue-form:mergeInto")).sendKeys(String.valueOf(original));
        driver.findElement(By.id("queue-form:merge")).click();
        waitForText(driver, By.id("queue-form:messages"), "Samengevoegd");
        assertThat(anonymous.get("api/v1/ideas/" + duplicate).json().asJsonObject().getJsonNumber("mergedInto").longValue())
                .isEqualTo(original);
        assertThat(driver.findElement(By.id("log-form")).getText()).contains("MERGE IDEA " + duplicate);
        driver.findElements(By.cssSelector("#log-form .kring-undo")).get(0).click();
        waitForText(driver, By.id("queue-form:messages"), "Ongedaan gemaakt");
        assertThat(anonymous.get("api/v1/ideas/" + duplicate).json().asJsonObject().getString("status")).isEqualTo("NEW");
        selectWithKeyboard(driver, "Dubbel " + twin);
        new Select(driver.findElement(By.id("queue-form:moveTopic"))).selectByValue("klantenservice");
        driver.findElement(By.id("queue-form:move")).click();
        waitForText(driver, By.id("queue-form:messages"), "Verplaatst");
        assertThat(anonymous.get("api/v1/ideas/" + duplicate).json().asJsonObject().getString("topic")).isEqualTo("klantenservice");
        selectWithKeyboard(driver, "Dubbel " + twin);
        driver.findElement(By.id("queue-form:claim")).click();
        waitForText(driver, By.id("queue-form:messages"), "1 item(s) in behandeling bij jou");
        assertThat(driver.findElements(By.cssSelector("#queue-form\\:queue tbody tr")).stream().map(WebElement::getText)
                .filter(row -> row.contains("Dubbel " + twin))).as("the claimed row says who has it").singleElement().asString()
                .contains("in behandeling bij");
        assertAccessible(driver);

        driver.manage().window().setSize(Browser.PHONE);
        driver.navigate().refresh();
        long overflow = (Long) driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        browser.screenshot("moderation-nl-phone");
        assertThat(overflow).as("horizontal scrolling on a 360 px phone").isLessThanOrEqualTo(0);
        driver.manage().window().setSize(Browser.DESKTOP);
    }

    @Test
    void membersGetNoModerationPageAndNoStaffLink() {
        ChromeDriver driver = browser.freshVisit();
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys("member@kring.demo");
        driver.findElement(By.id("login:password")).sendKeys("kring-demo");
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("login"));
        assertThat(driver.findElements(By.cssSelector(".kring-moderation-link"))).isEmpty();
        driver.get(base + "moderation.xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Pagina niet gevonden");
    }

    @SuppressWarnings("unchecked")
    private static void assertAccessible(ChromeDriver driver) throws Exception {
        if (axe == null) {
            try (var in = ModerationPageIT.class.getResourceAsStream("/axe/axe.min.js")) {
                axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.executeScript(axe);
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        assertThat((List<String>) result).as("axe-core on the moderation page").isEmpty();
    }

    /** To the top of the queue with k, down with j to the row that shows the text, x selects it. */
    private static void selectWithKeyboard(WebDriver driver, String text) {
        driver.findElement(By.tagName("h1")).click();
        int rows = driver.findElements(By.cssSelector("#queue-form\\:queue tbody tr")).size();
        for (int i = 0; i < rows; i++) {
            new Actions(driver).sendKeys("k").perform();
        }
        for (int i = 0; i < rows; i++) {
            if (driver.findElement(By.cssSelector("#queue-form\\:queue tbody tr.kring-current")).getText().contains(text)) {
                new Actions(driver).sendKeys("x").perform();
                return;
            }
            new Actions(driver).sendKeys("j").perform();
        }
        throw new AssertionError("no queue row with " + text);
    }

    /**
     * The page shows the queue's first page and, when the API has a next one, a "more" button that adds exactly that
     * page below it (keyset cursor, as the API pages).
     */
    private static void assertTheQueueGoesOnAsTheApiPagesIt(ChromeDriver driver, Api moderator) {
        JsonObject first = moderator.get("api/v1/moderation/queue?sort=score&limit=50").json().asJsonObject();
        By rows = By.cssSelector("#queue-form\\:queue tbody tr");
        assertThat(driver.findElements(rows)).as("rows on the first page").hasSize(first.getJsonArray("items").size());
        if (!first.containsKey("nextCursor") || first.isNull("nextCursor")) {
            assertThat(driver.findElements(By.id("queue-form:more"))).as("no more button on the last page").isEmpty();
            return;
        }
        int second = moderator.get("api/v1/moderation/queue?sort=score&limit=50&cursor=" + first.getString("nextCursor"))
                .json().asJsonObject().getJsonArray("items").size();
        driver.findElement(By.id("queue-form:more")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(rows).size() == 50 + second);
    }

    private static long postIdea(Api author, String title) {
        Api.Answer answer = author.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title)
                .add("body", "Een idee.").add("topic", "verpakking").add("language", "nl")
                .add("tags", Json.createArrayBuilder()).build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("id").longValue();
    }

}
