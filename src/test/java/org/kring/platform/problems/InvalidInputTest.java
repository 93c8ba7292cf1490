package org.kring.platform.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputTest {

    @Test
    void aPeriodOfDaysRunsFromTheStartOfTheFirstToTheEndOfTheLast() {
        InvalidInput.Checks checks = InvalidInput.check();
        InvalidInput.Period period = checks.period("2026-11-01", "2026-11-30");
        checks.orThrow();
        assertThat(period.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(period.to()).isEqualTo(Instant.parse("2026-11-30T23:59:59.999Z"));
    }

    @Test
    void instantsAndOpenEndsAreTakenAsGiven() {
        InvalidInput.Period period = InvalidInput.check().period("2026-11-01T10:00:00Z", " ");
        assertThat(period.from()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(period.to()).isNull();
    }

    @Test
    void impossibleDatesAndReversedPeriodsNameTheirField() {
        assertThat(refusedFields("2026-02-30", null)).containsExactly("from");
        assertThat(refusedFields("2026-11-30", "2026-11-01")).containsExactly("to");
        assertThat(refusedFields("1 november", "2026-11-01")).containsExactly("from");
    }

    private static List<String> refusedFields(String from, String to) {
        InvalidInput.Checks checks = InvalidInput.check();
        checks.period(from, to);
        try {
            checks.orThrow();
            return List.of();
        } catch (InvalidInput e) {
            return e.errors().stream().map(Problem.FieldError::field).toList();
        }
    }
}
