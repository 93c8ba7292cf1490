package org.kring.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Kring started the zero-setup way, as bin/run starts it: Payara Micro alone (no data grid) with the demo WAR on the
 * embedded H2 database in a data folder of its own, no database server. Only Elasticsearch comes from the test run
 * (KRING_ES_URL), under an index prefix of its own so that the run's PostgreSQL-backed server keeps its index. The WAR
 * is bin/run's target/kring-demo.war plus the test-only probes, which every test deployment has.
 */
public final class ZeroSetupServer implements AutoCloseable {

    /** What bin/test sets for the shared server that bin/run leaves to the defaults: the database server, its SMTP. */
    private static final List<String> NOT_ZERO_SETUP = List.of("KRING_DB_URL", "KRING_DB_USER", "KRING_DB_PASSWORD",
            "KRING_SMTP_HOST", "KRING_SMTP_PORT");

    private final Process micro;
    private final Path log;
    private final URL base;

    private ZeroSetupServer(Process micro, Path log, URL base) {
        this.micro = micro;
        this.log = log;
        this.base = base;
    }

    /** Starts it in a fresh folder and returns once its own health checks (database, search) are UP. */
    public static ZeroSetupServer start(Path folder) throws Exception {
        File kringWar = new File(System.getProperty("kring.war", "target/kring.war"));
        File demoWar = new File(kringWar.getParentFile(), "kring-demo.war");
        File microJar = new File(System.getProperty("payara.microJar", "target/payara-micro.jar"));
        if (!demoWar.isFile() || !microJar.isFile()) {
            throw new IllegalStateException(demoWar + " or " + microJar + " is missing: run the tests with bin/test");
        }
        deleteRecursively(folder);
        Path data = Files.createDirectories(folder.resolve("data"));
        Path tmp = Files.createDirectories(folder.resolve("tmp"));
        Path war = folder.resolve("kring-zero-setup.war");
        ShrinkWrap.create(ZipImporter.class, "kring-zero-setup.war").importFrom(demoWar).as(WebArchive.class)
                .addClass(WebLoginProbe.class).addClass(AccountLinkProbe.class)
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        Path preboot = folder.resolve("preboot.asadmin");
        Files.writeString(preboot, Files.readString(Path.of("src/main/payara/http.asadmin"))
                + Files.readString(Path.of("src/main/payara/single-node.asadmin"))
                + "\nset configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1\n");

        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // bin/run's heap; the quick compiler only and one GC thread for this short-lived server on a shared 2-core
                // machine (the code that runs is the same as under bin/run).
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Djava.io.tmpdir=" + tmp, "-jar", microJar.getAbsolutePath(),
                "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port), "--nohazelcast",
                "--prebootcommandfile", preboot.toString());
        Map<String, String> environment = builder.environment();
        NOT_ZERO_SETUP.forEach(environment::remove);
        environment.put("KRING_DATA_DIR", data.toString());
        environment.put("KRING_DB_URL", "jdbc:h2:" + data.resolve("db/kring"));
        // Half of bin/test's demo (a tenth of the full one): every page still has its content, and the seed is quicker.
        environment.put("KRING_SEED_DEMO_SCALE", "0.1");
        environment.put("KRING_PUBLIC_URL", "http://localhost:" + port);
        environment.put("KRING_ES_INDEX_PREFIX", "zero-setup-" + Long.toString(System.nanoTime(), 36) + "-");
        Path log = folder.resolve("payara.log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        ZeroSetupServer server = new ZeroSetupServer(builder.start(), log, URI.create("http://127.0.0.1:" + port + "/").toURL());
        try {
            server.awaitReady(Duration.ofMinutes(10));
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    public URL base() {
        return base;
    }

    /** The server's log so far: Payara's and Kring's. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The end of the log, for a failure message. */
    public String logTail() {
        String all = log();
        return all.substring(Math.max(0, all.length() - 20_000));
    }

    /**
     * As bin/run does: Kring's own checks are in /health/ready and UP (Payara says UP with none when the WAR failed); and
     * the home page answers 200. In a quick start (CI, 22 s) the health endpoint said UP while Kring's own startup
     * (migrations, demo seed) was still running on the main thread and every page was a 404.
     */
    private void awaitReady(Duration patience) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!micro.isAlive()) {
                throw new AssertionError("Payara Micro on H2 stopped with " + micro.exitValue() + ":\n" + logTail());
            }
            try {
                String health = http.send(HttpRequest.newBuilder(URI.create(base + "health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
                if (health.contains("\"elasticsearch\"") && health.contains("\"status\":\"UP\"")
                        && http.send(HttpRequest.newBuilder(URI.create(base.toString())).timeout(Duration.ofSeconds(10)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Payara Micro on H2 was not ready within " + patience + ":\n" + logTail());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Stops Payara Micro as Ctrl-C on bin/run does (TERM), and for good if it does not go within a minute. */
    @Override
    public void close() throws InterruptedException {
        micro.destroy();
        if (!micro.waitFor(60, TimeUnit.SECONDS)) {
            micro.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
