package org.kring.insights.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.kring.platform.problems.InvalidInput;

/** The impact report's period: defaults and refusals by field. */
class ImpactPeriodTest {

    private final ImpactReport reports = new ImpactReport();

    ImpactPeriodTest() {
        reports.clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void withoutDaysItIsTheLastFullQuarter() {
        assertThat(reports.period(null, " ")).isEqualTo(new ImpactReport.Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
    }

    @Test
    void oneDayGivesNinetyDaysFromOrUpToIt() {
        assertThat(reports.period("2026-01-01", null)).isEqualTo(new ImpactReport.Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(reports.period(null, "2026-03-31")).isEqualTo(new ImpactReport.Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(reports.period("2026-05-05", "2026-05-05").to()).as("one day").isEqualTo(LocalDate.of(2026, 5, 5));
    }

    @Test
    void badPeriodsNameTheirField() {
        assertThat(field(() -> reports.period("2026-09-01", "2026-01-01"))).isEqualTo("from");
        assertThat(field(() -> reports.period("2020-01-01", "2026-01-01"))).isEqualTo("to");
        assertThat(field(() -> reports.period("gisteren", null))).isEqualTo("from");
        assertThat(field(() -> reports.period(null, "2026-02-30"))).isEqualTo("to");
        assertThat(reports.period("2023-01-01", "2025-12-31").from()).as("three years are fine").isEqualTo(LocalDate.of(2023, 1, 1));
    }

    private static String field(Runnable asking) {
        return catchThrowableOfType(InvalidInput.class, asking::run).errors().get(0).field();
    }
}
