package org.kring.notifications.entity;

import java.util.Arrays;
import java.util.Set;

/**
 * The kinds of notification a member chooses e-mail delivery for, each a group of {@link Notification.Kind}s: what the
 * team did with an idea, replies to my posts, mentions of me, what moderation did about my content or account, new
 * ideas in topics I follow, and (for the team) what Kring needs them to know about its operation. Each has a default
 * delivery for members who chose none.
 */
public enum PreferenceKind {
    RESPONSES(Notification.Kind.STATUS_CHANGED, Notification.Kind.ANSWERED),
    REPLIES(Notification.Kind.REPLIED),
    MENTIONS(Notification.Kind.MENTIONED),
    MODERATION(Notification.Kind.HIDDEN, Notification.Kind.HIDDEN_BY_FLAGS, Notification.Kind.DELETED, Notification.Kind.RESTORED,
            Notification.Kind.FLAG_UPHELD, Notification.Kind.FLAG_REJECTED, Notification.Kind.WARNED, Notification.Kind.SILENCED,
            Notification.Kind.SUSPENDED, Notification.Kind.BANNED, Notification.Kind.HELD, Notification.Kind.APPROVED),
    /** In the app by default; by mail only when chosen (a busy topic would fill a mailbox). */
    FOLLOWED(Delivery.OFF, Notification.Kind.NEW_IDEA),
    TEAM(Notification.Kind.WEBHOOK_DISABLED);

    private final Delivery defaultDelivery;
    private final Set<Notification.Kind> kinds;

    PreferenceKind(Notification.Kind... kinds) {
        this(Delivery.IMMEDIATE, kinds);
    }

    PreferenceKind(Delivery defaultDelivery, Notification.Kind... kinds) {
        this.defaultDelivery = defaultDelivery;
        this.kinds = Set.of(kinds);
    }

    /** The e-mail delivery of a member who made no choice of this kind (nor unsubscribed from all mails). */
    public Delivery defaultDelivery() {
        return defaultDelivery;
    }

    public Set<Notification.Kind> kinds() {
        return kinds;
    }

    /** The preference that governs a notification of this kind (every kind has one). */
    public static PreferenceKind of(Notification.Kind kind) {
        return Arrays.stream(values()).filter(p -> p.kinds.contains(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No preference for " + kind));
    }

    /** The same for a kind stored by name. */
    public static PreferenceKind of(String kind) {
        return of(Notification.Kind.valueOf(kind));
    }
}
