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

    /** Serious or critical violations fail the test, each named with where it is and what axe found there. */
    @SuppressWarnings("unchecked")
    public static void assertAccessible(String name, ChromeDriver driver) throws IOException {
        if (script == null) {
            try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.executeScript(script);
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')
                           + ' (' + (n.failureSummary || '').replace(/\\s+/g, ' ') + ')').join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        assertThat((List<String>) result).as("axe-core on " + name).isEmpty();
    }
}
