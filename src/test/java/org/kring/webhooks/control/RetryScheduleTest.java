package org.kring.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30));

    @Test
    void eachFailureDoublesTheWaitUpToAnHour() {
        assertThat(schedule.waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.waitAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(schedule.waitAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(schedule.waitAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.waitAfter(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(schedule.waitAfter(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aDeliveryIsGivenUpWhenTheNextAttemptWouldFallPast24Hours() {
        Instant queued = Instant.parse("2026-11-30T09:00:00Z");
        assertThat(schedule.nextAttempt(queued, queued.plusSeconds(1), 1)).isEqualTo(queued.plusSeconds(31));
        assertThat(schedule.nextAttempt(queued, queued.plus(Duration.ofHours(22)), 25)).isEqualTo(queued.plus(Duration.ofHours(23)));
        assertThat(schedule.nextAttempt(queued, queued.plus(Duration.ofHours(23).plusMinutes(30)), 26)).isNull();
    }
}
