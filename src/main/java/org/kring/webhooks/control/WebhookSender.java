package org.kring.webhooks.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kring.platform.logging.StructuredLog;
import org.kring.platform.work.WorkerLoop;

/**
 * Sends queued deliveries on a thread of its own, never inside a member's request. Up to {@value #IN_FLIGHT} requests
 * run at once (asynchronously, so a slow receiver holds only its own requests, not the others' deliveries); each
 * has 2 s to connect and 5 s to answer. Outcomes come back to this thread, which records them ({@link Deliveries}),
 * so only this thread touches the database. Redirects are not followed (they could lead into a private network).
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    static final int IN_FLIGHT = 64;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Deliveries deliveries;

    @Inject
    WebhookSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Queue<Deliveries.Attempt> finished = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Woken by each transaction that queued deliveries and by each answer of a receiver (rounds at least 0.25 s apart),
     * else every second (retries fall due then); while the database is away from 1 s up to 10 s between attempts.
     */
    private final WorkerLoop loop = new WorkerLoop("kring-webhook-sender", Duration.ofMillis(250), Duration.ofSeconds(1),
            Duration.ofSeconds(1), Duration.ofSeconds(10), this::round, WebhookSender::failed);

    void start(@Observes Startup event) {
        loop.start(threads);
    }

    @PreDestroy
    void stop() {
        loop.stop();
        http.shutdownNow();
    }

    /** Sends the worker to the queue once the caller's transaction has committed. */
    public void wakeAfterCommit() {
        loop.wakeAfterCommit(transactions);
    }

    /** Records what finished, then starts as many due deliveries as there is room for. */
    private WorkerLoop.Outcome round() {
        int recorded = 0;
        // Taken off the queue only once recorded: a round that fails (the database away) records it next time.
        for (Deliveries.Attempt attempt = finished.peek(); attempt != null; attempt = finished.peek()) {
            deliveries.record(attempt);
            finished.poll();
            recorded++;
        }
        int room = IN_FLIGHT - inFlight.get();
        List<Deliveries.Claimed> claimed = room > 0 ? deliveries.claim(room) : List.of();
        claimed.forEach(this::send);
        return recorded > 0 || room > 0 && claimed.size() == room ? WorkerLoop.Outcome.MORE : WorkerLoop.Outcome.IDLE;
    }

    private void send(Deliveries.Claimed delivery) {
        Instant start = Instant.now();
        Optional<String> refused = WebhookUrls.refusal(delivery.url(), settings.allowPrivate(), WebhookUrls.DNS);
        if (refused.isPresent()) {
            finished.add(new Deliveries.Attempt(delivery, start, null, 0, "url " + refused.get()));
            return;
        }
        HttpRequest request;
        try {
            request = request(delivery, start);
        } catch (RuntimeException e) {
            // A URL that passed the checks but that the client refuses: logged as a failed attempt, never a stuck claim.
            finished.add(new Deliveries.Attempt(delivery, start, null, 0, describe(e)));
            return;
        }
        inFlight.incrementAndGet();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .orTimeout(REQUEST_TIMEOUT.plus(CONNECT_TIMEOUT).toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((response, failure) -> {
                    long millis = Duration.between(start, Instant.now()).toMillis();
                    finished.add(failure == null
                            ? new Deliveries.Attempt(delivery, start, response.statusCode(), millis,
                                    response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode())
                            : new Deliveries.Attempt(delivery, start, null, millis, describe(failure)));
                    inFlight.decrementAndGet();
                    loop.wake(); // the answer is recorded in the next round
                });
    }

    private static HttpRequest request(Deliveries.Claimed delivery, Instant start) {
        return HttpRequest.newBuilder(URI.create(delivery.url().strip())).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Kring-Webhooks/1")
                .header("Kring-Event", delivery.event())
                .header("Kring-Delivery", String.valueOf(delivery.id()))
                .header(WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(), start.getEpochSecond(), delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body())).build();
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() != null && failure instanceof java.util.concurrent.CompletionException
                ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static void failed(Exception e, Duration retryIn) {
        LOG.log(Level.WARNING, StructuredLog.line("webhook-sender-failed", "error", e.getClass().getSimpleName() + ": "
                + e.getMessage(), "retryInMillis", retryIn.toMillis()));
    }
}
