package org.kring.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreExplanationTest {

    @Test
    void aModeratorsFlagWeighsTwoAndTheSumIsExplained() {
        List<FlagWeight> flags = List.of(FlagWeight.of(false, 0, 0), FlagWeight.of(false, 0, 0), FlagWeight.of(true, 0, 0));
        assertThat(ScoreExplanation.of(flags, BigDecimal.valueOf(3), true))
                .isEqualTo("3 flags: 1 + 1 + 2 (moderator) = 4 ≥ 3 → hidden automatically");
    }

    @Test
    void upheldFlagsWeighMoreAndRejectedOnesLessWithinBounds() {
        assertThat(FlagWeight.of(false, 2, 0).weight()).isEqualByComparingTo("1.5");
        assertThat(FlagWeight.of(false, 20, 0).weight()).as("at most +1").isEqualByComparingTo("2");
        assertThat(FlagWeight.of(false, 0, 1).weight()).isEqualByComparingTo("0.75");
        assertThat(FlagWeight.of(false, 0, 9).weight()).as("never below a half").isEqualByComparingTo("0.5");
        assertThat(FlagWeight.of(false, 2, 1).basis()).isEqualTo("member, 2 upheld, 1 rejected");
    }

    @Test
    void belowTheThresholdItWaits() {
        assertThat(ScoreExplanation.of(List.of(FlagWeight.of(false, 1, 0)), BigDecimal.valueOf(3), false))
                .isEqualTo("1 flag: 1.25 (member, 1 upheld, 0 rejected) = 1.25 < 3 → waits for a moderator");
    }
}
