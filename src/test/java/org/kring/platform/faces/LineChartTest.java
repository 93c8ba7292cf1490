package org.kring.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kring.platform.faces.LineChart.Series;
import org.kring.platform.faces.LineChart.Tick;

class LineChartTest {

    @Test
    void theCountsAxisEndsOnARoundNumberAboveTheHighestCount() {
        LineChart chart = LineChart.of(List.of("2026-01", "2026-02", "2026-03"),
                List.of(new Series("Nu", "now", List.of(3L, 37L, 12L)), new Series("Ervoor", "before", List.of(0L, 8L, 41L))));
        assertThat(chart.yTicks()).extracting(Tick::value).containsExactly(0L, 20L, 40L, 60L);
        assertThat(chart.yTicks().get(0).position()).isEqualTo(LineChart.BOTTOM);
        assertThat(chart.yTicks().get(3).position()).isEqualTo(LineChart.TOP);
        assertThat(chart.lines().get(0).path()).isEqualTo("40.0,167.6 216.0,72.4 392.0,142.4");
        assertThat(chart.lines().get(1).points()).extractingResultOf("value").containsExactly(0L, 8L, 41L);
    }

    @Test
    void nothingCountedStillDrawsAnAxisAndAFlatLine() {
        LineChart chart = LineChart.of(List.of("2026-01", "2026-02"), List.of(new Series("Nu", "now", List.of(0L, 0L))));
        assertThat(chart.yTicks()).extracting(Tick::value).containsExactly(0L, 1L);
        assertThat(chart.lines().get(0).points()).allSatisfy(p -> assertThat(p.y()).isEqualTo(LineChart.BOTTOM));
    }

    @Test
    void aSinglePeriodStandsInTheMiddle() {
        LineChart chart = LineChart.of(List.of("2026-05-01"), List.of(new Series("Nu", "now", List.of(4L))));
        assertThat(chart.lines().get(0).points().get(0).x()).isEqualTo((LineChart.LEFT + LineChart.RIGHT) / 2.0);
        assertThat(chart.xTicks()).extracting(Tick::anchor).containsExactly("middle");
    }

    @Test
    void periodLabelsAreThinnedToWhatFitsAndTheOuterOnesStayInside() {
        List<String> days = IntStream.rangeClosed(1, 31).mapToObj(d -> "2026-05-%02d".formatted(d)).toList();
        List<Tick> ticks = LineChart.xTicks(days);
        assertThat(ticks.size()).isBetween(3, 5);
        assertThat(ticks.get(0).label()).isEqualTo("2026-05-01");
        assertThat(ticks.get(0).anchor()).isEqualTo("start");
        List<String> months = IntStream.rangeClosed(1, 12).mapToObj(m -> "2026-%02d".formatted(m)).toList();
        assertThat(LineChart.xTicks(months)).hasSizeBetween(4, 6);
        assertThat(LineChart.xTicks(List.of("2026-01", "2026-02"))).extracting(Tick::anchor).containsExactly("start", "end");
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(LineChart.step(0)).isEqualTo(1);
        assertThat(LineChart.step(4)).isEqualTo(1);
        assertThat(LineChart.step(7)).isEqualTo(2);
        assertThat(LineChart.step(19)).isEqualTo(5);
        assertThat(LineChart.step(41)).isEqualTo(20);
        assertThat(LineChart.step(1234)).isEqualTo(500);
    }
}
