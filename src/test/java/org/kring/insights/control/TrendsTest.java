package org.kring.insights.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kring.insights.control.Trends.Mover;

class TrendsTest {

    @Test
    void aSmallValueGoingFromOneToThreeDoesNotTopTheRisingList() {
        List<Mover> movers = Trends.movers("tag", Map.of("statiegeld", 60L, "kassa", 3L, "vegan", 30L),
                Map.of("statiegeld", 8L, "kassa", 1L, "vegan", 20L), 5);
        assertThat(Trends.rising(movers)).extracting(Mover::value).containsExactly("statiegeld", "vegan");
        assertThat(Trends.rising(movers).get(0).change()).isEqualTo(650);
    }

    @Test
    void fallingValuesAndNewOnes() {
        List<Mover> movers = Trends.movers("tag", Map.of("bbq", 12L, "dark-mode", 4L),
                Map.of("dark-mode", 41L, "kassa", 9L), 5);
        assertThat(Trends.falling(movers)).extracting(Mover::value).containsExactly("kassa", "dark-mode");
        Mover bbq = Trends.rising(movers).get(0);
        assertThat(bbq.value()).isEqualTo("bbq");
        assertThat(bbq.change()).as("new: no change in percent").isNull();
    }
}
