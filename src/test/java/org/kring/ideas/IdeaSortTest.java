package org.kring.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kring.ideas.control.IdeaSort;

class IdeaSortTest {

    @Test
    void namesAreCaseInsensitiveAndTrendingIsTheDefault() {
        assertThat(IdeaSort.parse(null)).contains(IdeaSort.TRENDING);
        assertThat(IdeaSort.parse("Top")).contains(IdeaSort.TOP);
        assertThat(IdeaSort.parse("loudest")).isEmpty();
    }
}
