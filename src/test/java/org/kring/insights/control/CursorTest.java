package org.kring.insights.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kring.platform.problems.InvalidInput;

class CursorTest {

    @Test
    void theSortValuesOfTheLastMatchComeBackAsTheyWere() {
        List<FieldValue> last = List.of(FieldValue.of(3.25), FieldValue.of(1775203120000L), FieldValue.of("idea"), FieldValue.of("118"));
        List<FieldValue> back = Cursor.decode(Cursor.encode(last));
        assertThat(back).extracting(FieldValue::_get).containsExactly(3.25, 1775203120000L, "idea", "118");
    }

    @Test
    void aCursorThatWasNotHandedOutIsRefusedOnItsField() {
        assertThatThrownBy(() -> Cursor.decode("not a cursor!")).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors().get(0).field()).isEqualTo("after"));
        assertThatThrownBy(() -> Cursor.decode("eDEy")).isInstanceOf(InvalidInput.class);
    }
}
