package org.kring.responses;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Axe;
import org.kring.testing.Browser;
import org.kring.testing.Community;
import org.kring.testing.KringDeployment;
import org.kring.testing.WithBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The team closes the loop: status workflow and official answers through the API and the idea page. */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
class ResponsesIT {

    private static final String DEMO_PASSWORD = "kring-demo";
    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api anonymous() {
        return new Api(base);
    }

    private Api demo(String who) {
        return anonymous().withBearer(new Community(anonymous()).token(who + "@kring.demo", DEMO_PASSWORD));
    }

    private Api newMember(String name) {
        return new Community(anonymous()).newMember(name + " " + System.nanoTime() % 10_000);
    }

    private static long postIdea(Api author, String title) {
        Api.Answer answer = author.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", title)
                .add("body", "Graag, want het scheelt **veel** afval.").add("topic", "verpakking").add("language", "nl")
                .add("tags", Json.createArrayBuilder()).build().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static String status(String status, String message, String answer) {
        var json = Json.createObjectBuilder().add("status", status);
        if (message != null) {
            json.add("message", message);
        }
        if (answer != null) {
            json.add("answer", answer);
        }
        return json.build().toString();
    }

    private static void assertFieldProblem(Api.Answer answer, int status, String field, String reasonPart) {
        JsonObject problem = answer.problem(status);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("field")).isEqualTo(field);
                    assertThat(e.getString("reason")).contains(reasonPart);
                });
    }

    @Test
    void onlyTheTeamChangesStatusesOrAnswers() {
        long idea = postIdea(newMember("Auteur"), "Hervulbare zeeppompjes in de winkel");
        String planned = status("UNDER_REVIEW", null, null);
        anonymous().putJson("api/v1/ideas/" + idea + "/status", planned).problem(401);
        anonymous().putJson("api/v1/ideas/" + idea + "/answer", "{\"body\":\"Ja\"}").problem(401);
        newMember("Lid").putJson("api/v1/ideas/" + idea + "/status", planned).problem(403);
        newMember("Lid").putJson("api/v1/ideas/" + idea + "/answer", "{\"body\":\"Ja\"}").problem(403);
        demo("moderator").putJson("api/v1/ideas/" + idea + "/status", planned)
                .problem(403); // moderators only when KRING_RESPONSES_MODERATORS_RESPOND is true
        assertThat(anonymous().get("api/v1/ideas/" + idea).json().asJsonObject().getString("status")).isEqualTo("NEW");
        assertThat(demo("admin").putJson("api/v1/ideas/" + idea + "/status", planned).status()).isEqualTo(200);
        demo("analyst").putJson("api/v1/ideas/999999999/status", status("DECLINED", null, null)).problem(404);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        long idea = postIdea(newMember("Auteur"), "Papieren zakjes bij de groente");
        Api analyst = demo("analyst");
        String path = "api/v1/ideas/" + idea + "/status";
        assertFieldProblem(analyst.putJson(path, status("DONE", null, null)), 409, "status", "UNDER_REVIEW, DECLINED");
        assertFieldProblem(analyst.putJson(path, status("SHIPPED", null, null)), 400, "status", "must be one of");
        assertFieldProblem(analyst.putJson(path, "{}"), 400, "status", "must not be empty");
        analyst.putJson(path, "{\"status\":").problem(400);
        assertFieldProblem(analyst.putJson(path, status("UNDER_REVIEW", "x".repeat(2001), null)), 400, "message", "at most 2000");
        assertFieldProblem(analyst.putJson(path, status("UNDER_REVIEW", null, "y".repeat(10_001))), 400, "answer", "at most 10000");
        String answerPath = "api/v1/ideas/" + idea + "/answer";
        assertFieldProblem(analyst.putJson(answerPath, "{\"body\":\"   \"}"), 400, "answer", "must not be empty");
        assertFieldProblem(analyst.putJson(answerPath, "{\"body\":\"Ja\",\"language\":\"de\"}"), 400, "language", "nl or en");
        assertThat(anonymous().get("api/v1/ideas/" + idea + "/status").json().asJsonObject().getJsonArray("history"))
                .as("nothing refused was kept").isEmpty();
        anonymous().get(answerPath).problem(404);
    }

    @Test
    void anAnswerAndAStatusChangeInOneActionAreKeptAndShownWithTheirHistory() {
        long idea = postIdea(newMember("Auteur"), "Statiegeld op kleine flesjes");
        Api analyst = demo("analyst");
        Api.Answer reviewed = analyst.putJson("api/v1/ideas/" + idea + "/status", status("under_review", " We kijken ernaar. ", null));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(reviewed.json().asJsonObject().getJsonObject("step").getString("message")).isEqualTo("We kijken ernaar.");

        Api.Answer planned = analyst.putJson("api/v1/ideas/" + idea + "/status",
                status("PLANNED", null, "We testen dit **in maart**. <script>alert(1)</script>"));
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        JsonObject answer = planned.json().asJsonObject().getJsonObject("answer");
        assertThat(answer.getString("bodyHtml")).contains("<strong>in maart</strong>").doesNotContain("<script");
        assertThat(answer.getBoolean("team")).isTrue();
        assertThat(planned.json().asJsonObject().getJsonObject("status").getString("labelNl")).isEqualTo("Gepland");

        JsonObject status = anonymous().get("api/v1/ideas/" + idea + "/status").json().asJsonObject();
        assertThat(status.getJsonObject("status").getString("name")).isEqualTo("PLANNED");
        assertThat(status.getJsonArray("next").getValuesAs(JsonObject.class)).extracting(s -> s.getString("name"))
                .containsExactly("IN_PROGRESS", "DECLINED");
        assertThat(status.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("from") + ">" + s.getString("to"))
                .containsExactly("NEW>UNDER_REVIEW", "UNDER_REVIEW>PLANNED");
        assertThat(anonymous().get("api/v1/ideas/" + idea).json().asJsonObject().getString("status")).isEqualTo("PLANNED");

        Api.Answer edited = demo("admin").putJson("api/v1/ideas/" + idea + "/answer", "{\"body\":\"We testen dit in april.\"}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        JsonObject now = anonymous().get("api/v1/ideas/" + idea + "/answer").json().asJsonObject();
        assertThat(now.getString("bodyHtml")).isEqualTo("<p>We testen dit in april.</p>");
        assertThat(now.getBoolean("edited")).isTrue();
        List<JsonObject> revisions = anonymous().get("api/v1/ideas/" + idea + "/answer/revisions").json().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(revisions).extracting(r -> r.getString("body")).containsExactly("We testen dit **in maart**. <script>alert(1)</script>");
        assertThat(anonymous().get("api/v1/statuses").json().asJsonArray()).hasSize(6);
    }

    @Test
    void theTeamAnswersOnTheIdeaPageAndMembersSeeItPinnedWithItsHistory() throws Exception {
        long idea = postIdea(newMember("Auteur"), "Een waterkraan bij de ingang");
        ChromeDriver driver = browser.freshVisit();
        login(driver, "analyst@kring.demo");
        driver.get(base + "idea.xhtml?id=" + idea);
        new Select(driver.findElement(By.id("respond:status"))).selectByValue("DECLINED");
        driver.findElement(By.id("respond:answer")).sendKeys("x".repeat(10_001));
        click(driver, By.id("respond:submit"));
        waitForText(driver, By.id("respond:answer-error"), "hoogstens 10.000");
        driver.findElement(By.id("respond:answer")).clear();
        new Select(driver.findElement(By.id("respond:status"))).selectByValue("UNDER_REVIEW");
        driver.findElement(By.id("respond:message")).sendKeys("Goede vraag, we zoeken het uit.");
        driver.findElement(By.id("respond:answer")).sendKeys("Bedankt! We **bekijken** waar een kraan kan.");
        click(driver, By.id("respond:submit"));
        waitForText(driver, By.cssSelector(".kring-official-answer"), "bekijken");
        Axe.assertAccessible("idea page with the team's form", driver);

        driver = browser.freshVisit();
        driver.get(base + "idea.xhtml?id=" + idea);
        assertThat(driver.findElement(By.cssSelector(".kring-official-answer strong")).getText()).isEqualTo("bekijken");
        assertThat(driver.findElement(By.cssSelector(".kring-official-answer .kring-team-badge")).getText()).isEqualTo("Team");
        assertThat(driver.findElement(By.cssSelector(".kring-status-history")).getText())
                .contains("In behandeling").contains("Goede vraag, we zoeken het uit.");
        assertThat(driver.findElement(By.cssSelector(".kring-card-meta .kring-status")).getText()).isEqualTo("In behandeling");
        assertThat(driver.findElements(By.id("respond:submit"))).as("no team form for visitors").isEmpty();
        assertThat(driver.findElements(By.cssSelector("script[src*='primefaces']"))).as("no PrimeFaces for visitors").isEmpty();
        browser.screenshot("idea-answered-desktop");
        Axe.assertAccessible("idea page with an official answer", driver);
        driver.manage().window().setSize(Browser.PHONE);
        try {
            long overflow = (Long) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            browser.screenshot("idea-answered-phone");
            assertThat(overflow).as("horizontal scrolling on a 360 px phone").isLessThanOrEqualTo(0);
        } finally {
            driver.manage().window().setSize(Browser.DESKTOP);
        }
    }

    private void login(ChromeDriver driver, String email) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        click(driver, By.id("login:submit"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kring-me")));
    }

    private static void click(WebDriver driver, By by) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private static void waitForText(WebDriver driver, By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until((Function<WebDriver, Boolean>) d -> d.findElements(by).stream().anyMatch(e -> e.getText().contains(text)));
    }
}
