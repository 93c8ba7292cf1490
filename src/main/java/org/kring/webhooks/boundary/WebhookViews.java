package org.kring.webhooks.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.kring.webhooks.control.Webhooks;
import org.kring.webhooks.entity.Webhook;
import org.kring.webhooks.entity.WebhookAttempt;
import org.kring.webhooks.entity.WebhookDelivery;
import org.kring.webhooks.entity.WebhookEvent;

/** The webhook API's answers (and the page's rows: serializable, as the page's view state holds them). */
final class WebhookViews {

    private WebhookViews() {
    }

    /** A hook; {@code secret} only in the answer that created or rotated it (null otherwise). */
    @JsonbNillable
    public record HookView(long id, String url, List<String> events, Integer voteThreshold, boolean enabled,
                           int consecutiveFailures, String disabledReason, String secret, Instant createdAt, Instant updatedAt) implements Serializable {

        static HookView of(Webhook hook, String secret) {
            return new HookView(hook.getId(), hook.getUrl(), hook.getEvents().stream().map(WebhookEvent::wireName).toList(),
                    hook.getVoteThreshold(), hook.isEnabled(), hook.getConsecutiveFailures(), hook.getDisabledReason(), secret,
                    hook.getCreatedAt(), hook.getUpdatedAt());
        }
    }

    /** Every hook. */
    public record HookList(List<HookView> webhooks) {
    }

    /** One attempt: when, the receiver's status code (null: not reached), its response time, why it failed. */
    @JsonbNillable
    public record AttemptView(Instant at, Integer status, int responseMillis, String error) implements Serializable {

        static AttemptView of(WebhookAttempt a) {
            return new AttemptView(a.getAttemptedAt(), a.getStatusCode(), a.getResponseMillis(), a.getError());
        }
    }

    /** A delivery with its attempts; nextAttemptAt only while it is pending. */
    @JsonbNillable
    public record DeliveryView(long id, long webhookId, long eventId, String event, String state, int attempts,
                               Instant nextAttemptAt, Integer lastStatus, Integer lastResponseMillis, String lastError,
                               Long redeliveryOf, Instant createdAt, Instant deliveredAt, String body, List<AttemptView> log)
            implements Serializable {

        static DeliveryView of(WebhookDelivery d, List<WebhookAttempt> attempts) {
            return new DeliveryView(d.getId(), d.getWebhookId(), d.getEventId(), d.getEvent(), d.getState().name(), d.getAttempts(),
                    d.getState() == WebhookDelivery.State.PENDING ? d.getNextAttemptAt() : null, d.getLastStatus(),
                    d.getLastResponseMillis(), d.getLastError(), d.getRedeliveryOf(), d.getCreatedAt(), d.getDeliveredAt(), d.getBody(),
                    attempts.stream().map(AttemptView::of).toList());
        }
    }

    /** A page of a hook's deliveries, newest first; nextBefore is null on the last page. */
    @JsonbNillable
    public record DeliveryPage(List<DeliveryView> deliveries, Long nextBefore) implements Serializable {

        static DeliveryPage of(Webhooks.DeliveryPage page) {
            return new DeliveryPage(page.deliveries().stream().map(l -> DeliveryView.of(l.delivery(), l.attempts())).toList(),
                    page.nextBefore());
        }
    }
}
