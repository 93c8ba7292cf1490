package org.kring.platform.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AudienceTest {

    @Test
    void membersSeeOnlyWhatIsPublishedAllTheWayUp() {
        assertThat(Audience.PUBLIC.sees(ModerationState.PUBLISHED, ModerationState.PUBLISHED)).isTrue();
        assertThat(Audience.PUBLIC.sees(ModerationState.PUBLISHED, ModerationState.HIDDEN)).as("a post under a hidden idea").isFalse();
        assertThat(Audience.PUBLIC.sees(ModerationState.HELD)).isFalse();
        assertThat(Audience.PUBLIC.sees(ModerationState.DELETED)).isFalse();
    }

    @Test
    void staffSeeEverything() {
        assertThat(Audience.STAFF.sees(ModerationState.HIDDEN, ModerationState.DELETED)).isTrue();
        assertThat(ModerationState.effective(ModerationState.PUBLISHED, null, ModerationState.HELD)).isEqualTo(ModerationState.HELD);
    }

    @Test
    void aMemberAlsoSeesTheirOwnHeldContributionAndNothingElseWithheld() {
        String condition = Audience.member(42).where("i.moderationState", "i.author.id");
        assertThat(condition).contains(ModerationState.PUBLISHED.jpql()).contains(ModerationState.HELD.jpql())
                .contains("i.author.id = :audienceMember").doesNotContain("HIDDEN").doesNotContain("DELETED");
        assertThat(condition).as("one query text for every member: the member is a parameter").doesNotContain("42");
        assertThat(Audience.PUBLIC.where("i.moderationState", "i.author.id")).isEqualTo(Audience.PUBLIC.where("i.moderationState"));
        assertThat(Audience.STAFF.where("i.moderationState", "i.author.id")).isEqualTo("1 = 1");
        assertThat(Audience.member(42).sees(ModerationState.HELD)).as("without the author: as any member").isFalse();
    }
}
