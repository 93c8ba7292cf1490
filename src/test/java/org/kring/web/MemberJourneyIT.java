package org.kring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.testing.Browser.textOnceShown;
import static org.kring.testing.Browser.waitFor;
import static org.kring.testing.Browser.waitForText;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Axe;
import org.kring.testing.Browser;
import org.kring.testing.Community;
import org.kring.testing.KringDeployment;
import org.kring.testing.WithBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member's journey through the pages in a real headless Chromium: register, log in, verify the address, post an
 * idea (with similar ideas offered while typing), vote by mouse and keyboard, discuss, search, switch
 * language; and an anonymous visitor who reads but is asked to log in to vote. Screenshots of each
 * main page at desktop and phone width go to target/screenshots/.
 */
@ExtendWith({ArquillianExtension.class, WithBrowser.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the numbered journeys are one member's, in order
class MemberJourneyIT {

    private static final String PASSWORD = "correct horse battery";
    private static Browser browser;
    /** The new member's idea (title and page), from the journey that posts it to those that come back to it. */
    private static String title;
    private static String ideaUrl;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aNewMemberSignsUpLogsInAndVerifiesTheAddress() throws Exception {
        ChromeDriver driver = browser.freshVisit();
        String email = "journey-" + System.nanoTime() + "@kring.test";
        // Register: first with nothing filled in, each message next to its field.
        driver.get(base + "register.xhtml");
        click(driver, By.id("register:submit"));
        assertThat(textOnceShown(driver, By.id("register:email-error"))).isEqualTo("Vul een geldig e-mailadres in.");
        assertThat(text(driver, "register:displayName-error")).contains("2 tot 60");
        assertThat(text(driver, "register:password-error")).contains("10 tot 200");
        assertThat(Browser.attribute(driver, By.id("register:email"), "aria-invalid")).isEqualTo("true");
        browser.checkAtBothWidths("register");
        // The page of the unlock mail's link: a button (a mail scanner's fetch must not use the link up), and why not.
        driver.get(base + "unlock.xhtml?token=made-up");
        click(driver, By.id("unlock:submit"));
        waitForText(driver, By.id("unlock:messages"), "Deze link klopt niet");
        browser.checkAtBothWidths("unlock");
        driver.get(base + "register.xhtml");

        driver.findElement(By.id("register:email")).sendKeys(email);
        driver.findElement(By.id("register:displayName")).sendKeys("Reisgenoot");
        driver.findElement(By.id("register:password")).sendKeys(PASSWORD);
        click(driver, By.id("register:submit"));
        // The same answer for any address: the mail does the rest.
        waitForText(driver, By.id("register:messages"), "Kijk in je mail");
        assertThat(driver.findElements(By.id("register:email"))).as("the form gave way to the message").isEmpty();
        assertThat(driver.findElements(By.cssSelector(".kring-me"))).isEmpty();

        // Fail to log in, log in.
        driver.findElement(By.linkText("Inloggen")).click();
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys("not the password");
        click(driver, By.id("login:submit"));
        waitForText(driver, By.id("login:messages"), "horen niet bij elkaar");
        browser.checkAtBothWidths("login");
        String beforeLogin = sessionId(driver);
        driver.findElement(By.id("login:email")).clear();
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
        click(driver, By.id("login:submit"));
        waitForText(driver, By.cssSelector(".kring-me"), "Reisgenoot");
        assertThat(sessionId(driver)).as("a new session id after logging in").isNotEqualTo(beforeLogin);

        // Until the mailed link is followed, every page says so; the link (made as the mail makes it) verifies.
        waitForText(driver, By.id("verification"), "Bevestig je e-mailadres (" + email + ")");
        driver.get(base + "verify-email.xhtml?token=" + new Community(new Api(base)).linkToken(email, "VERIFY_EMAIL"));
        waitForText(driver, By.id("verify"), "Je e-mailadres is bevestigd");
        assertThat(driver.findElements(By.id("verification"))).isEmpty();
        browser.checkAtBothWidths("verify-email");
    }

    @Test
    @Order(2)
    void theMemberPostsAnIdeaAndVotesOnItByMouseAndKeyboard() throws Exception {
        ChromeDriver driver = browser.driver();
        // Post an idea: messages next to the fields, similar ideas while typing, a preview.
        driver.get(base + "new-idea.xhtml");
        click(driver, By.id("idea:submit"));
        assertThat(textOnceShown(driver, By.id("idea:title-error"))).contains("5 tot 140");
        assertThat(text(driver, "idea:topic-error")).isEqualTo("Kies een onderwerp.");
        title = "Statiegeld op glazen potjes " + Long.toString(System.nanoTime(), 36);
        new Select(driver.findElement(By.id("idea:topic"))).selectByValue("verpakking");
        driver.findElement(By.id("idea:title")).sendKeys("Statiegeld op glazen potjes");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector(".kring-similar li a")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".kring-similar")).getText()).containsIgnoringCase("statiegeld");
        driver.findElement(By.id("idea:title")).clear();
        driver.findElement(By.id("idea:title")).sendKeys(title);
        driver.findElement(By.id("idea:body")).sendKeys("Potjes van jam en **saus** kunnen prima terug.\n\n<script>alert(1)</script>");
        click(driver, By.id("idea:previewButton"));
        waitFor(driver, By.cssSelector(".kring-preview strong"));
        assertThat(driver.findElements(By.cssSelector(".kring-preview script"))).isEmpty();
        driver.findElement(By.id("idea:tags")).sendKeys("statiegeld glas");
        browser.checkAtBothWidths("new-idea");
        click(driver, By.id("idea:submit"));
        waitForText(driver, By.tagName("h1"), title);
        ideaUrl = driver.getCurrentUrl();
        assertThat(driver.findElements(By.cssSelector(".kring-body script"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".kring-body strong")).getText()).isEqualTo("saus");

        // My own idea counts my vote; the button withdraws and gives it again, by mouse and by keyboard.
        assertThat(voteCount(driver)).isEqualTo("1");
        assertThat(voteButton(driver).getAttribute("aria-pressed")).isEqualTo("true");
        voteButton(driver).click();
        waitForVoteCount(driver, "0");
        assertThat(voteButton(driver).getAttribute("aria-pressed")).isEqualTo("false");
        voteButton(driver).sendKeys(Keys.ENTER);
        waitForVoteCount(driver, "1");
        voteButton(driver).sendKeys(Keys.SPACE);
        waitForVoteCount(driver, "0");
        voteButton(driver).sendKeys(Keys.ENTER);
        waitForVoteCount(driver, "1");
        assertThat(driver.getCurrentUrl()).as("no page reload").isEqualTo(ideaUrl);
    }

    @Test
    @Order(3)
    void theMemberAnswersRepliesAndEditsTheReplyInBothLanguages() throws Exception {
        ChromeDriver driver = browser.driver();
        // The discussion: an answer, then a reply to it, indented under it.
        driver.findElement(By.id("discussion:answerBody")).sendKeys("Goed plan, ook voor *potjes* met deksel.");
        click(driver, By.id("discussion:sendAnswer"));
        waitForText(driver, By.cssSelector(".kring-posts"), "ook voor potjes met deksel");
        driver.findElement(By.cssSelector(".kring-post .kring-reply-link")).click();
        waitFor(driver, By.cssSelector("textarea[id$=replyBody]"));
        driver.findElement(By.cssSelector("textarea[id$=replyBody]")).sendKeys("En de deksels apart inleveren?");
        click(driver, By.cssSelector("[id$=sendReply]"));
        waitForText(driver, By.cssSelector(".kring-indent-1"), "deksels apart");

        // I edit my own reply: the new text shows, marked as edited.
        driver.findElement(By.cssSelector(".kring-indent-1 .kring-edit")).click();
        waitFor(driver, By.cssSelector("textarea[id$=editBody]"));
        WebElement edit = driver.findElement(By.cssSelector("textarea[id$=editBody]"));
        assertThat(edit.getAttribute("value")).isEqualTo("En de deksels apart inleveren?");
        edit.clear();
        edit.sendKeys("En de deksels los inleveren?");
        click(driver, By.cssSelector("[id$=saveEdit]"));
        waitForText(driver, By.cssSelector(".kring-indent-1"), "deksels los");
        assertThat(driver.findElement(By.cssSelector(".kring-indent-1 .kring-post-meta")).getText()).contains("bewerkt");
        browser.checkAtBothWidths("idea");

        // English and back, on the same idea.
        driver.findElement(By.linkText("English")).click();
        waitForText(driver, By.id("discussion-heading"), "Discussion");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(voteButton(driver).getAttribute("value")).isEqualTo("You voted");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        driver.findElement(By.linkText("Nederlands")).click();
        waitForText(driver, By.id("discussion-heading"), "Gesprek");
    }

    @Test
    @Order(4)
    void theMemberFindsTheIdeaBySearchFacetsSuggestionsAndSimilarIdeas() throws Exception {
        ChromeDriver driver = browser.driver();
        // Search finds the new idea (once the index caught up) with the match marked.
        String word = title.substring(title.lastIndexOf(' ') + 1);
        new WebDriverWait(driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            d.get(base + "search.xhtml?q=" + word);
            return !d.findElements(By.linkText(title)).isEmpty();
        });
        driver.get(base + "search.xhtml?q=statiegeld");
        waitFor(driver, By.cssSelector(".kring-passage mark"));
        driver.findElement(By.cssSelector(".kring-facet a[href*='type=idea']")).click();
        waitFor(driver, By.cssSelector(".kring-facet a[aria-current=true]"));
        assertThat(driver.findElements(By.cssSelector(".kring-result-type"))).allMatch(e -> e.getText().equalsIgnoreCase("Idee"));
        browser.checkAtBothWidths("search");

        // Suggestions while typing in the search box (a native datalist); choosing one searches for it.
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys("statieg");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#q-suggestions option")).isEmpty());
        String suggestion = driver.findElement(By.cssSelector("#q-suggestions option")).getAttribute("value");
        assertThat(suggestion).containsIgnoringCase("statieg");
        // Picking it from the browser's own list replaces the whole text (Selenium cannot reach that native list).
        driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new InputEvent('input', "
                + "{inputType: 'insertReplacementText', bubbles: true}));", box, suggestion);
        // a new search for the suggestion, without the filter chosen before
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("type=idea"));
        waitFor(driver, By.cssSelector(".kring-result"));
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(suggestion);

        // The idea page offers similar ideas (near duplicates about deposits).
        driver.get(ideaUrl);
        waitForText(driver, By.cssSelector(".kring-similar-ideas"), "tatiegeld");
    }

    @Test
    @Order(5)
    void theProfileAndTheTopicBoardShowTheMembersIdea() throws Exception {
        ChromeDriver driver = browser.driver();
        // My profile shows my idea, my posts and my votes.
        driver.get(base + "profile.xhtml");
        waitForText(driver, By.cssSelector(".kring-cards"), title);
        assertThat(driver.findElement(By.cssSelector(".kring-my-posts")).getText()).contains("deksels los");
        assertThat(driver.findElement(By.xpath("//section[@aria-labelledby='votes-heading']")).getText()).contains(title);
        browser.checkAtBothWidths("profile");
        driver.get(base + "topic.xhtml?slug=verpakking");
        int firstPage = driver.findElements(By.cssSelector(".kring-card")).size();
        assertThat(firstPage).isEqualTo(20);
        driver.findElement(By.linkText("Meeste stemmen")).click();
        waitFor(driver, By.cssSelector(".kring-sort [aria-current=page]"));
        assertThat(driver.findElement(By.cssSelector(".kring-sort [aria-current=page]")).getText()).isEqualTo("Meeste stemmen");
        click(driver, By.id("board:more"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".kring-card")).size() > firstPage);
        driver.findElement(By.linkText("Nieuwste")).click();
        waitForText(driver, By.cssSelector(".kring-cards"), title);
        browser.checkAtBothWidths("topic");

        // Filters: only ideas of the chosen status, sort kept.
        new Select(driver.findElement(By.id("filter-status"))).selectByValue("NEW");
        driver.findElement(By.cssSelector(".kring-filters button")).click();
        waitFor(driver, By.linkText("Filters wissen"));
        assertThat(driver.getCurrentUrl()).contains("status=NEW").contains("sort=newest");
        assertThat(driver.findElements(By.cssSelector(".kring-card .kring-status"))).isNotEmpty()
                .allMatch(e -> e.getText().equals("Nieuw"));
        driver.findElement(By.linkText("Filters wissen")).click();
    }

    @Test
    @Order(6)
    void theMemberStartsADiscussionAndLikesAPost() throws Exception {
        ChromeDriver driver = browser.driver();
        // A new discussion in the topic: messages next to the fields, then the thread page.
        driver.findElement(By.id("startThread")).click();
        click(driver, By.id("thread:submit"));
        textOnceShown(driver, By.id("thread:title-error"));
        assertThat(textOnceShown(driver, By.id("thread:body-error"))).isNotEmpty();
        assertThat(new Select(driver.findElement(By.id("thread:topic"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("verpakking");
        String threadTitle = "Wie spaart er nog statiegeldbonnen? " + Long.toString(System.nanoTime(), 36);
        driver.findElement(By.id("thread:title")).sendKeys(threadTitle);
        driver.findElement(By.id("thread:body")).sendKeys("Ik vergeet ze altijd in te leveren.");
        browser.checkAtBothWidths("new-thread");
        click(driver, By.id("thread:submit"));
        waitForText(driver, By.tagName("h1"), threadTitle);
        assertThat(driver.findElement(By.cssSelector(".kring-posts")).getText()).contains("altijd in te leveren");
        driver.get(base + "topic.xhtml?slug=verpakking");

        // The board's discussions open on the thread page; posting from the board preselects its topic.
        driver.findElements(By.cssSelector(".kring-threads .kring-thread-title")).stream()
                .filter(link -> !link.getText().equals(threadTitle)).findFirst().orElseThrow().click();
        waitFor(driver, By.id("discussion-heading"));
        assertThat(driver.findElements(By.cssSelector(".kring-post"))).isNotEmpty();
        browser.checkAtBothWidths("thread");
        String likes = driver.findElement(By.cssSelector(".kring-post .kring-likes")).getText();
        click(driver, By.cssSelector(".kring-post .kring-like"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "true".equals(d.findElement(By.cssSelector(".kring-post .kring-like")).getAttribute("aria-pressed")));
        assertThat(driver.findElement(By.cssSelector(".kring-post .kring-likes")).getText()).isNotEqualTo(likes);
        driver.navigate().back();
        driver.findElement(By.id("postIdea")).click();
        waitFor(driver, By.id("idea:topic"));
        assertThat(new Select(driver.findElement(By.id("idea:topic"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("verpakking");
        driver.get(base.toString());
        browser.checkAtBothWidths("home");
    }

    @Test
    void anAnonymousVisitorReadsAnIdeaButIsAskedToLogInToVote() throws Exception {
        ChromeDriver driver = browser.freshVisit();
        driver.get(base + "login.xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Inloggen");
        driver.get(base.toString());
        driver.findElement(By.cssSelector(".kring-idea-title")).click();
        waitFor(driver, By.cssSelector(".kring-body"));
        String title = driver.findElement(By.tagName("h1")).getText();
        assertThat(driver.findElements(By.id("actions:voteButton"))).isEmpty();
        WebElement askToLogIn = driver.findElement(By.id("actions:loginToVote"));
        assertThat(askToLogIn.getText()).isEqualTo("Log in om te stemmen");
        assertThat(driver.findElements(By.id("discussion:answerBody"))).isEmpty();
        browser.checkAtBothWidths("idea-anonymous");

        askToLogIn.click();
        driver.findElement(By.id("login:email")).sendKeys("member@kring.demo");
        driver.findElement(By.id("login:password")).sendKeys("kring-demo");
        click(driver, By.id("login:submit"));
        waitForText(driver, By.tagName("h1"), title);
        assertThat(driver.findElements(By.id("actions:voteButton"))).hasSize(1);
    }

    @Test
    void theUnlockMailsLinkLogsItsOwnerInWithOneButton() throws Exception {
        Community community = new Community(new Api(base));
        long n = System.nanoTime();
        String email = "ontgrendel-" + n + "@kring.test";
        community.signUp(email, "Slotbezitter", PASSWORD, "10.94." + (n >> 8 & 0xff) + "." + (n & 0xff));
        community.verify(email);
        ChromeDriver driver = browser.freshVisit();
        // The page as the mail's link opens it: nothing used up yet, one button.
        driver.get(base + "unlock.xhtml?token=" + community.linkToken(email, "UNLOCK"));
        assertThat(driver.findElements(By.cssSelector(".kring-me"))).isEmpty();
        browser.checkAtBothWidths("unlock-link");
        click(driver, By.id("unlock:submit"));
        waitForText(driver, By.cssSelector(".kring-me"), "Slotbezitter");
    }

    @Test
    void aFormPostedWithAForgedViewStateChangesNothing() {
        ChromeDriver driver = browser.freshVisit();
        driver.get(base.toString());
        driver.executeScript("document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]').forEach(i => i.value = '1:2');");
        driver.findElement(By.linkText("English")).click();
        waitForText(driver, By.tagName("h1"), "Deze pagina was te lang open");
        driver.get(base.toString());
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as("language not switched").isEqualTo("nl");
    }

    @Test
    void unknownIdeasAndTopicsAreFriendly404s() {
        ChromeDriver driver = browser.freshVisit();
        driver.get(base + "idea.xhtml?id=999999999");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Pagina niet gevonden");
        driver.get(base + "idea.xhtml?id=not-a-number");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Pagina niet gevonden");
        driver.get(base + "topic.xhtml?slug=no-such-topic");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Pagina niet gevonden");
    }

    /** Runs axe-core on the page now; serious or critical violations fail the test. */
    private static void assertAccessible(String name, ChromeDriver driver) throws Exception {
        Axe.assertAccessible(name, driver);
    }


    private static WebElement voteButton(WebDriver driver) {
        return driver.findElement(By.id("actions:voteButton"));
    }

    private static String voteCount(WebDriver driver) {
        return driver.findElement(By.cssSelector("#vote-count strong")).getText();
    }

    private static void waitForVoteCount(WebDriver driver, String count) {
        waitForText(driver, By.cssSelector("#vote-count strong"), count);
    }

    private static void click(WebDriver driver, By by) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by)).click();
    }



    private static String text(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static String sessionId(WebDriver driver) {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }
}
