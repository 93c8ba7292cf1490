package org.kring.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The webhook receivers of the {@code hooks} step (issue 16), a process of their own that bench/run starts before
 * Kring so that they outlive a kill -9 of Kring: on BASE, BASE + 1 and BASE + 2 three healthy ones that answer 200 at
 * once, on BASE + 3 one that answers 200 after 1 s ({@link #SLOW}). Nothing listens on BASE + 4 (the receiver that is
 * down). Each delivery is a log line {@code <epoch ms> TAB <port> TAB <Kring-Delivery> TAB <data.ideaId>}.
 */
final class HookReceivers {

    static final int HEALTHY = 3;
    static final long SLOW = 1000;
    private static final Pattern IDEA = Pattern.compile("\"ideaId\":(\\d+)");

    private final Writer log;

    private HookReceivers(Writer log) {
        this.log = log;
    }

    static void run(int base, Path logFile) throws IOException, InterruptedException {
        Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        HookReceivers receivers = new HookReceivers(log);
        for (int i = 0; i <= HEALTHY; i++) {
            int port = base + i;
            long delay = i == HEALTHY ? SLOW : 0;
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/hook", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    if (delay > 0) {
                        Thread.sleep(delay);
                    }
                    Matcher idea = IDEA.matcher(body);
                    receivers.received(port, exchange.getRequestHeaders().getFirst("Kring-Delivery"), idea.find() ? idea.group(1) : "");
                    exchange.sendResponseHeaders(200, -1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    exchange.close();
                }
            });
            server.start();
        }
        System.err.println("[bench] webhook receivers on 127.0.0.1:" + base + "-" + (base + HEALTHY) + " (the last answers in "
                + SLOW + " ms), none on " + (base + HEALTHY + 1) + "; log " + logFile);
        Thread.currentThread().join();
    }

    private synchronized void received(int port, String delivery, String idea) throws IOException {
        log.write(System.currentTimeMillis() + "\t" + port + "\t" + delivery + "\t" + idea + "\n");
        log.flush();
    }
}
