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
}
