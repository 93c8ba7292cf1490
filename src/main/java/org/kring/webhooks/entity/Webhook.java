package org.kring.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A receiver that admins configured: its URL, the events it hears of (stored as {@code ,a,b,} so that one
 * {@code like '%,a,%'} matches one event), the vote count for idea.voted_over_threshold, the secret that signs its
 * deliveries, and whether it is on. Consecutive failed attempts are counted here by the sender (SQL).
 */
@Entity
@Table(name = "webhook")
public class Webhook {

    @Id
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    private Long id;

    @Column(nullable = false)
    private String url;

    @Column(nullable = false)
    private String events;

    @Column(name = "vote_threshold")
    private Integer voteThreshold;

    @Column(nullable = false)
    private String secret;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "disabled_reason")
    private String disabledReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Webhook() {
    }

    public Webhook(String secret, Instant at) {
        this.secret = secret;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** An admin's settings; switching a hook on starts its failure count afresh. */
    public void configure(String url, Collection<WebhookEvent> events, Integer voteThreshold, boolean enabled, Instant at) {
        this.url = url;
        this.events = events.stream().map(WebhookEvent::wireName).collect(Collectors.joining(",", ",", ","));
        this.voteThreshold = voteThreshold;
        if (enabled && !this.enabled) {
            this.consecutiveFailures = 0;
            this.disabledReason = null;
        }
        this.enabled = enabled;
        this.updatedAt = at;
    }

    public void rotateSecret(String secret, Instant at) {
        this.secret = secret;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public List<WebhookEvent> getEvents() {
        return Arrays.stream(events.split(",")).filter(e -> !e.isEmpty())
                .flatMap(e -> WebhookEvent.byWireName(e).stream()).toList();
    }

    public Integer getVoteThreshold() {
        return voteThreshold;
    }

    public String getSecret() {
        return secret;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    public String getDisabledReason() {
        return disabledReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
