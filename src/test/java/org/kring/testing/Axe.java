package org.kring.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/** axe-core (WCAG 2.1 A and AA rules) on the page a browser test shows now. */
public final class Axe {

    private static String script;

    private Axe() {
    }

    /**
     * Serious or critical violations fail the test, each named with where it is and what axe found there. A page
     * caught while it still moves (a resize just done, an Ajax update just rendered: seen as a button at 2 % of its
     * colour) is looked at again once its animations ended and half a second passed; only what is still wrong then
     * fails, so a lasting violation is never let through.
     */
    public static void assertAccessible(String name, ChromeDriver driver) throws IOException {
        if (script == null) {
            try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.executeScript(script);
        List<String> violations = violations(driver);
        if (!violations.isEmpty()) {
            // What was still moving (for the log), then wait for it to end (at most 2 s) and half a second more.
            Object moving = driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const running = document.getAnimations();
                    const names = running.map(a => a.animationName || a.transitionProperty || a.constructor.name);
                    Promise.race([Promise.all(running.map(a => a.finished.catch(() => null))),
                                  new Promise(r => setTimeout(r, 2000))])
                        .then(() => setTimeout(() => done(names), 500));
                    """);
            List<String> first = violations;
            violations = violations(driver);
            if (violations.isEmpty()) {
                System.err.println("[axe] " + name + ": gone when looked at again (moving before: " + moving
                        + "), so not failed: " + first);
            }
        }
        assertThat(violations).as("axe-core on " + name).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(ChromeDriver driver) {
        return (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')
                           + ' (' + (n.failureSummary || '').replace(/\\s+/g, ' ') + ')').join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
    }
}
