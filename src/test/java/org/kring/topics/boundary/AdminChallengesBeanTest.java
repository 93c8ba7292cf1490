package org.kring.topics.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Admins type a challenge's moments in Dutch time; the API and the database hold instants. */
class AdminChallengesBeanTest {

    @Test
    void aTypedMomentIsDutchTimeInWinterAndInSummer() {
        assertThat(AdminChallengesBean.instant("2026-12-01T08:00")).isEqualTo("2026-12-01T07:00:00Z");
        assertThat(AdminChallengesBean.instant("2027-07-01T08:00")).isEqualTo("2027-07-01T06:00:00Z");
    }

    @Test
    void whatIsNotAMomentIsLeftForTheRulesToRefuseByField() {
        assertThat(AdminChallengesBean.instant("morgen")).isEqualTo("morgen");
        assertThat(AdminChallengesBean.instant("")).isEmpty();
        assertThat(AdminChallengesBean.instant(null)).isNull();
    }
}
