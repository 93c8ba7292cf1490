package org.kring.webhooks.entity;

import java.util.Arrays;
import java.util.Optional;

/** What a hook may be told of; {@link #wireName()} is the name in the delivery body and the Kring-Event header. */
public enum WebhookEvent {
    IDEA_POSTED("idea.posted"),
    IDEA_VOTED_OVER_THRESHOLD("idea.voted_over_threshold"),
    IDEA_STATUS_CHANGED("idea.status_changed"),
    IDEA_ANSWERED("idea.answered"),
    CONTENT_FLAGGED("content.flagged"),
    CONTENT_HIDDEN("content.hidden");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEvent> byWireName(String name) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(name)).findFirst();
    }
}
