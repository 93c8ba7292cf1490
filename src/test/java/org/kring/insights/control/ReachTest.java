package org.kring.insights.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReachTest {

    private static Reach.Segment segment(long reached, long of) {
        return new Reach.Segment(reached, of, List.of());
    }

    @Test
    void segmentReachWeighsTheMembersByTheMeanShareOfTheCommunitysSegments() {
        Reach.Count count = new Reach.Count(212, 190, 15, 7, segment(7, 12), segment(4, 6), segment(2, 2));
        assertThat(count.breadth()).isEqualTo((7 / 12.0 + 4 / 6.0 + 1) / 3);
        assertThat(count.segmentReach()).isEqualTo(159);
        assertThat(count.explanation()).isEqualTo("212 members: 190 voted, 15 reacted without voting, 7 only follow; "
                + "7 of 12 regions, 4 of 6 age bands, 2 of 2 customer types");
    }

    @Test
    void aDimensionNoMemberGaveIsLeftOutAndWithoutAnyTheMembersCountWhole() {
        assertThat(new Reach.Count(10, 10, 0, 0, segment(0, 0), segment(3, 6), segment(1, 2)).segmentReach()).isEqualTo(5);
        assertThat(new Reach.Count(10, 10, 0, 0, segment(0, 0), segment(0, 0), segment(0, 0)).segmentReach()).isEqualTo(10);
        assertThat(Reach.Count.NONE.segmentReach()).isZero();
    }
}
