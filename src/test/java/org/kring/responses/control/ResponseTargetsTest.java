package org.kring.responses.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseTargetsTest {

    private final ResponseTargets targets = new ResponseTargets(7, "verpakking=3, duurzaamheid=10", 50, 2);

    @Test
    void eachTopicHasItsTargetAndPopularIdeasTheShorterOne() {
        assertThat(targets.forTopic("verpakking")).isEqualTo(Duration.ofDays(3));
        assertThat(targets.forTopic("winkel")).isEqualTo(Duration.ofDays(7));
        assertThat(targets.forIdea("duurzaamheid", 49)).isEqualTo(Duration.ofDays(10));
        assertThat(targets.forIdea("duurzaamheid", 50)).isEqualTo(Duration.ofDays(2));
        assertThat(new ResponseTargets(7, "snel=1", 50, 2).forIdea("snel", 500)).as("never longer than the topic's")
                .isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aWrongTopicTargetStopsKringWithItsReason() {
        assertThatThrownBy(() -> new ResponseTargets(7, "verpakking:3", 50, 2)).hasMessageContaining("slug=days");
    }

    @Test
    void theMedianIsTheMiddleOneOrTheMeanOfTheTwoMiddleOnesLikeSql() {
        assertThat(ResponseClock.median(List.of())).isNull();
        assertThat(ResponseClock.median(List.of(Duration.ofHours(5), Duration.ofHours(1), Duration.ofHours(3))))
                .isEqualTo(Duration.ofHours(3));
        assertThat(ResponseClock.median(List.of(Duration.ofHours(4), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(9))))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void theClockRunsFromPublicationAndAnAnswerGivenWhileTheIdeaWasHeldTookNoTime() {
        Instant published = Instant.parse("2026-11-20T09:00:00Z");
        assertThat(ResponseClock.took(published, published.plus(Duration.ofHours(30)))).isEqualTo(Duration.ofHours(30));
        assertThat(ResponseClock.took(published, published.minus(Duration.ofDays(2)))).isEqualTo(Duration.ZERO);
    }
}
