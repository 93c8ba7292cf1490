package org.kring.threads.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscussionTreeTest {

    record P(long id, Long parent) {
    }

    private static List<Long> order(P... oldestFirst) {
        return DiscussionTree.readingOrder(List.of(oldestFirst), P::id, P::parent).stream().map(P::id).toList();
    }

    @Test
    void repliesFollowTheirPostDepthFirstOldestFirst() {
        assertThat(order(new P(1, null), new P(2, null), new P(3, 1L), new P(4, 3L), new P(5, 1L), new P(6, 2L)))
                .containsExactly(1L, 3L, 4L, 5L, 2L, 6L);
    }

    @Test
    void aReplyWhoseParentIsNotLoadedIsReadAsAnAnswer() {
        assertThat(order(new P(7, 99L), new P(8, 7L), new P(9, null))).containsExactly(7L, 8L, 9L);
    }

    @Test
    void nothingToOrder() {
        assertThat(order()).isEmpty();
    }
}
