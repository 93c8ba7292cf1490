package org.kring.insights.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kring.insights.control.Quadrants.Quadrant;
import org.kring.insights.entity.Placement.ValueMode;

class QuadrantsTest {

    @Test
    void riceIsReachTimesImpactTimesConfidence() {
        assertThat(Quadrants.rice(150, 2, 80)).isEqualTo(240.0);
    }

    @Test
    void aManualScoreIsTheValueAndRiceIsRelativeToTheHighest() {
        assertThat(Quadrants.value(ValueMode.MANUAL, 7, 0, 500)).isEqualTo(7.0);
        assertThat(Quadrants.value(ValueMode.RICE, null, 120, 240)).isEqualTo(5.0);
        assertThat(Quadrants.value(ValueMode.RICE, null, 0, 0)).as("no RICE value on the matrix yet").isZero();
    }

    @Test
    void theEffortAxisSplitsAtTheMedian() {
        assertThat(Quadrants.effortMidpoint(List.of(10.0, 1.0, 5.0))).isEqualTo(5.0);
        assertThat(Quadrants.effortMidpoint(List.of(20.0, 1.0, 5.0, 10.0))).isEqualTo(7.5);
        assertThat(Quadrants.effortMidpoint(List.of())).isZero();
    }

    @Test
    void valueAgainstEffortGivesTheQuadrant() {
        assertThat(Quadrants.of(8, 1, 5)).isEqualTo(Quadrant.QUICK_WIN);
        assertThat(Quadrants.of(8, 9, 5)).isEqualTo(Quadrant.BIG_BET);
        assertThat(Quadrants.of(2, 1, 5)).isEqualTo(Quadrant.FILL_IN);
        assertThat(Quadrants.of(2, 9, 5)).isEqualTo(Quadrant.MONEY_PIT);
        assertThat(Quadrants.of(5, 5, 5)).as("on both lines: valuable and cheap").isEqualTo(Quadrant.QUICK_WIN);
    }
}
