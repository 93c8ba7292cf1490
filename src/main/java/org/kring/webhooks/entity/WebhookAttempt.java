package org.kring.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt to deliver: the receiver's status code (null: not reached), its response time and why it failed. SQL only. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    @Id
    private Long id;

    @Column(name = "delivery_id", nullable = false)
    private long deliveryId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(name = "response_millis", nullable = false)
    private int responseMillis;

    private String error;

    protected WebhookAttempt() {
    }

    public Long getId() {
        return id;
    }

    public long getDeliveryId() {
        return deliveryId;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Integer getStatusCode() {
        return statusCode;
    }

    public int getResponseMillis() {
        return responseMillis;
    }

    public String getError() {
        return error;
    }
}
