package org.kring.webhooks;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * A real webhook receiver on 127.0.0.1 (the JDK's HTTP server): keeps every request it got and answers each with the
 * status its behaviour gives for the request's number (0: the first), after an optional delay.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived, and what the receiver answered. */
    record Received(String event, String delivery, String signature, String contentType, String body, int answered) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private Receiver(int port, IntUnaryOperator statusOfRequest, Duration delay) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status;
            synchronized (received) {
                status = statusOfRequest.applyAsInt(received.size());
                var h = exchange.getRequestHeaders();
                received.add(new Received(h.getFirst("Kring-Event"), h.getFirst("Kring-Delivery"), h.getFirst("Kring-Signature"),
                        h.getFirst("Content-Type"), body, status));
            }
            sleep(delay);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** A receiver on a free port. */
    static Receiver answering(IntUnaryOperator statusOfRequest, Duration delay) throws IOException {
        return new Receiver(0, statusOfRequest, delay);
    }

    /** A receiver on this port (one that was closed a moment ago, to play a receiver coming back up). */
    static Receiver on(int port, IntUnaryOperator statusOfRequest) throws IOException {
        return new Receiver(port, statusOfRequest, Duration.ZERO);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The requests about this idea (its id in the body's data, as the idea or the flagged or hidden target), in arrival order. */
    List<Received> about(long ideaId) {
        return received.stream().filter(r -> {
            JsonObject data = r.json().getJsonObject("data");
            long id = data.containsKey("ideaId") ? data.getJsonNumber("ideaId").longValue()
                    : "IDEA".equals(data.getString("targetType", "")) ? data.getJsonNumber("targetId").longValue() : -1;
            return id == ideaId;
        }).toList();
    }

    /** Waits until the requests satisfy the condition; fails with what arrived when the patience runs out. */
    List<Received> await(Predicate<List<Received>> condition, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (condition.test(List.copyOf(received))) {
                return List.copyOf(received);
            }
            sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("The receiver did not get there within " + patience + "; it got: " + received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
