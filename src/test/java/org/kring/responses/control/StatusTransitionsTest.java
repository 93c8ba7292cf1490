package org.kring.responses.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kring.ideas.entity.Idea.Status;

class StatusTransitionsTest {

    private final StatusTransitions defaults = StatusTransitions.parse(StatusTransitions.DEFAULT);

    @Test
    void theDefaultWorkflowGoesStepByStepAndDeclinesFromAnywhere() {
        assertThat(defaults.from(Status.NEW)).containsExactlyInAnyOrder(Status.UNDER_REVIEW, Status.DECLINED);
        assertThat(defaults.from(Status.UNDER_REVIEW)).containsExactlyInAnyOrder(Status.PLANNED, Status.DECLINED);
        assertThat(defaults.from(Status.PLANNED)).containsExactlyInAnyOrder(Status.IN_PROGRESS, Status.DECLINED);
        assertThat(defaults.from(Status.IN_PROGRESS)).containsExactlyInAnyOrder(Status.DONE, Status.DECLINED);
        assertThat(defaults.from(Status.DONE)).containsExactly(Status.DECLINED);
        assertThat(defaults.allows(Status.NEW, Status.DONE)).isFalse();
    }

    @Test
    void stayingInTheSameStatusIsNeverAStep() {
        assertThat(defaults.allows(Status.DECLINED, Status.DECLINED)).isFalse();
        assertThat(defaults.from(Status.DECLINED)).isEmpty();
    }

    @Test
    void aCommunityConfiguresItsOwnSteps() {
        StatusTransitions own = StatusTransitions.parse(" new>planned , PLANNED>DONE,*>under_review,");
        assertThat(own.allows(Status.NEW, Status.PLANNED)).isTrue();
        assertThat(own.allows(Status.DONE, Status.UNDER_REVIEW)).isTrue();
        assertThat(own.allows(Status.NEW, Status.DECLINED)).isFalse();
    }

    @Test
    void aWrongSettingStopsKringWithItsReason() {
        assertThatThrownBy(() -> StatusTransitions.parse("NEW>SHIPPED")).hasMessageContaining("Unknown status 'SHIPPED'");
        assertThatThrownBy(() -> StatusTransitions.parse("NEW-DONE")).hasMessageContaining("FROM>TO");
    }

    @Test
    void statusNamesAreReadInAnyCaseAndUnknownOnesAreEmpty() {
        assertThat(StatusTransitions.parseStatus(" planned ")).contains(Status.PLANNED);
        assertThat(StatusTransitions.parseStatus("shipped")).isEmpty();
        assertThat(StatusTransitions.parseStatus(null)).isEmpty();
    }
}
