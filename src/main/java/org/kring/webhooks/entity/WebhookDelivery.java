package org.kring.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event for one hook, as queued and as far as it got. Written by SQL only (see V15). */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /** PENDING: to send (again) at nextAttemptAt; DELIVERED: a receiver answered 2xx; GAVE_UP: failed for 24 hours. */
    public enum State { PENDING, DELIVERED, GAVE_UP }

    @Id
    private Long id;

    @Column(name = "webhook_id", nullable = false)
    private long webhookId;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(nullable = false)
    private String event;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_response_millis")
    private Integer lastResponseMillis;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "redelivery_of")
    private Long redeliveryOf;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    public Long getId() {
        return id;
    }

    public long getWebhookId() {
        return webhookId;
    }

    public long getEventId() {
        return eventId;
    }

    public String getEvent() {
        return event;
    }

    public String getBody() {
        return body;
    }

    public State getState() {
        return State.valueOf(state);
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer getLastStatus() {
        return lastStatus;
    }

    public Integer getLastResponseMillis() {
        return lastResponseMillis;
    }

    public String getLastError() {
        return lastError;
    }

    public Long getRedeliveryOf() {
        return redeliveryOf;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
