package org.kring.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The test run's own Elasticsearch node, stopped and started with the same shell helpers that bin/test uses.
 * Only available under bin/test, which names the node's home and port in KRING_TEST_ES_HOME / KRING_TEST_ES_PORT.
 */
public final class ElasticsearchNode {

    private final String home = System.getenv("KRING_TEST_ES_HOME");
    private final String port = System.getenv("KRING_TEST_ES_PORT");

    /** Skips the calling test when it does not run under bin/test, which owns the node. */
    public ElasticsearchNode assumeControllable() {
        assumeTrue(home != null && port != null && Files.isDirectory(Path.of(home)),
                "Stopping Elasticsearch needs the node that bin/test started (KRING_TEST_ES_HOME, KRING_TEST_ES_PORT)");
        return this;
    }

    public void stop() {
        run("es_stop \"$KRING_TEST_ES_HOME\"");
    }

    public void start() {
        run("es_start \"$KRING_TEST_ES_HOME\" \"$KRING_TEST_ES_PORT\"");
    }

    private static void run(String command) {
        ProcessBuilder shell = new ProcessBuilder("bash", "-c",
                "set -e; source bin/lib/common.sh; source bin/lib/elasticsearch.sh; " + command).inheritIO();
        try {
            Process process = shell.start();
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new AssertionError("'" + command + "' failed");
            }
        } catch (IOException e) {
            throw new AssertionError("Could not run bash for '" + command + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
