package org.kring.insights.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThemeLabelTest {

    @Test
    void aStemReadsAsTheWordMembersWrote() {
        assertThat(ThemeLabel.of("bezorgmoment", "Meer bezorgmomenten rond kerst. Bezorgmoment kiezen per half uur"))
                .isEqualTo("bezorgmoment");
        assertThat(ThemeLabel.of("plantaard", "Meer plantaardige kaas in het huismerk")).isEqualTo("plantaardige");
        assertThat(ThemeLabel.of("deliveri", "More delivery slots around Christmas")).isEqualTo("delivery");
        assertThat(ThemeLabel.of("creme", "Crème brûlée zonder plastic")).isEqualTo("crème");
    }

    @Test
    void withoutACloseWordTheStemIsTheLabel() {
        assertThat(ThemeLabel.of("statiegeld", "Inleverpunt voor blikjes")).isEqualTo("statiegeld");
        assertThat(ThemeLabel.of("statiegeld", null)).isEqualTo("statiegeld");
    }
}
