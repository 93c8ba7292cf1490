package org.kring.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Webhook settings: whether hooks may point at this machine or a private network over plain http (tests on
 * localhost; never in production), after how many consecutive failed attempts a hook is switched off, and the
 * first retry's wait (doubled after each further failure, see {@link RetrySchedule}), and how long the delivery log
 * keeps finished deliveries.
 */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "kring.webhooks.allow-private", defaultValue = "false")
    boolean allowPrivate;

    @Inject
    @ConfigProperty(name = "kring.webhooks.max-failures", defaultValue = "20")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "kring.webhooks.first-retry-seconds", defaultValue = "30")
    int firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "kring.webhooks.keep-days", defaultValue = "30")
    int keepDays;

    public boolean allowPrivate() {
        return allowPrivate;
    }

    public int maxFailures() {
        return Math.max(1, maxFailures);
    }

    public RetrySchedule retries() {
        return new RetrySchedule(Duration.ofSeconds(Math.max(1, firstRetrySeconds)));
    }

    /** How long a finished delivery stays in the log (at least a day: a delivery may be retried for 24 hours). */
    public Duration keep() {
        return Duration.ofDays(Math.max(1, keepDays));
    }
}
