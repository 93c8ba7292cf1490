package org.kring.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.kring.notifications.entity.Delivery;
import org.kring.notifications.entity.Notification;
import org.kring.notifications.entity.PreferenceKind;

class DigestsTest {

    @Test
    void aDayStartsAtMidnightUtcAndAWeekOnMonday() {
        Instant sunday = Instant.parse("2026-11-29T23:59:59Z");
        assertThat(Digests.periodStart(Delivery.DAILY, sunday)).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
        assertThat(Digests.periodStart(Delivery.WEEKLY, sunday)).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        Instant monday = Instant.parse("2026-11-30T00:00:00Z");
        assertThat(Digests.periodStart(Delivery.WEEKLY, monday)).isEqualTo(monday);
    }

    @Test
    void everyKindOfNotificationHasExactlyOnePreference() {
        for (Notification.Kind kind : Notification.Kind.values()) {
            assertThat(Arrays.stream(PreferenceKind.values()).filter(p -> p.kinds().contains(kind))).as(kind.name()).hasSize(1);
        }
        assertThat(PreferenceKind.of(Notification.Kind.MENTIONED)).isEqualTo(PreferenceKind.MENTIONS);
    }
}
