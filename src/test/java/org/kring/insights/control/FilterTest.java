package org.kring.insights.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kring.insights.control.Question.Segment;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.Problem;

class FilterTest {

    private static final Set<String> REGIONS = Set.of("Noord-Holland", "Utrecht");

    @Test
    void noWordsAndNoFiltersMeanEveryPublishedContribution() {
        Filter filter = Filter.of(question(null, null, null, null, false), REGIONS);
        assertThat(filter.words()).isNull();
        assertThat(filter.comparing()).isFalse();
        assertThat(filter.queries()).extracting(Object::toString).as("the community's contributions, not the team's answers")
                .containsExactly("Query: {\"term\":{\"moderation_state\":{\"value\":\"PUBLISHED\"}}}",
                        "Query: {\"terms\":{\"type\":[\"idea\",\"post\",\"thread\"]}}");
    }

    @Test
    void aPeriodOfDatesCoversBothWholeDays() {
        Filter filter = Filter.of(question("2026-03-01", "2026-03-31", null, null, false), REGIONS);
        assertThat(filter.from()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2026-03-31T23:59:59.999Z"));
    }

    @Test
    void anImpossiblePeriodIsRefusedByField() {
        assertThat(fields(question("2026-02-30", null, null, null, false))).containsExactly("from");
        assertThat(fields(question("2026-05-01", "2026-04-01", null, null, false))).containsExactly("to");
    }

    @Test
    void anUnknownSegmentIsRefusedByField() {
        Segment unknown = new Segment(List.of("12-17"), List.of("Atlantis"), List.of("wholesale"));
        assertThat(fields(question(null, null, unknown, null, false)))
                .containsExactly("segment.ageBand", "segment.region", "segment.customerType");
    }

    @Test
    void aComparisonNeedsASegmentAndOneOtherGroup() {
        Segment northHolland = new Segment(List.of(), List.of("Noord-Holland"), List.of());
        Segment utrecht = new Segment(List.of(), List.of("Utrecht"), List.of());
        assertThat(fields(question(null, null, null, null, true))).containsExactly("segment");
        assertThat(fields(question(null, null, northHolland, utrecht, true))).containsExactly("versusRest");
        Filter rest = Filter.of(question(null, null, northHolland, null, true), REGIONS);
        assertThat(rest.comparing()).isTrue();
        assertThat(rest.versusQuery().toString()).contains("must_not").contains("Noord-Holland");
        assertThat(rest.withoutSegment().toString()).doesNotContain("Noord-Holland");
        assertThat(rest.queries().toString()).contains("Noord-Holland");
    }

    private static List<String> fields(Question question) {
        try {
            Filter.of(question, REGIONS);
        } catch (InvalidInput refused) {
            return refused.errors().stream().map(Problem.FieldError::field).toList();
        }
        throw new AssertionError("accepted: " + question);
    }

    private static Question question(String from, String to, Segment segment, Segment versus, boolean versusRest) {
        return new Question(null, null, null, null, null, null, null, from, to, segment, null, null, versus, versusRest,
                null, null);
    }
}
