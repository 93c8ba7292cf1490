package org.kring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DemoCommunityTest {

    private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void sameSeedGivesTheSameCommunity() {
        assertThat(DemoCommunity.generate(7, END, 200).ideas()).isEqualTo(DemoCommunity.generate(7, END, 200).ideas());
        assertThat(DemoCommunity.generate(7, END, 200).members()).isEqualTo(DemoCommunity.generate(7, END, 200).members());
    }

    @Test
    void anotherSeedGivesAnotherCommunity() {
        assertThat(DemoCommunity.generate(7, END, 200).ideas()).isNotEqualTo(DemoCommunity.generate(8, END, 200).ideas());
    }

    @Test
    void ideasSpanTheYearBeforeTheEndInBothLanguagesAndEveryTopic() {
        var ideas = DemoCommunity.generate(2026, END, 300).ideas();
        assertThat(ideas).hasSize(300);
        assertThat(ideas).allSatisfy(i -> assertThat(i.createdAt()).isBetween(END.minus(Duration.ofDays(366)), END));
        assertThat(ideas).extracting(DemoCommunity.IdeaSeed::language).contains("nl", "en");
        assertThat(ideas).extracting(DemoCommunity.IdeaSeed::topicSlug).containsAll(
                DemoCommunity.TOPICS.stream().map(DemoCommunity.TopicSeed::slug).toList());
        assertThat(ideas).allSatisfy(i -> assertThat(i.title().length()).isBetween(5, 140));
        assertThat(ideas).noneMatch(i -> i.body().contains("{detail}"));
    }
}
