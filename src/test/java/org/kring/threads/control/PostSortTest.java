package org.kring.threads.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PostSortTest {

    @Test
    void aCursorIsReadBackByItsOwnSortOnly() {
        String liked = Base64.getUrlEncoder().withoutPadding().encodeToString("7|880".getBytes(StandardCharsets.UTF_8));
        assertThat(PostSort.LIKED.decode(liked)).hasValueSatisfying(c -> {
            assertThat(c.value()).isEqualTo(7);
            assertThat(c.id()).isEqualTo(880L);
        });
        assertThat(PostSort.OLDEST.decode(liked)).as("a likes cursor is no date").isEmpty();
        String oldest = Base64.getUrlEncoder().withoutPadding().encodeToString("2026-11-29T09:12:00.123456Z|881".getBytes(StandardCharsets.UTF_8));
        assertThat(PostSort.NEWEST.decode(oldest)).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(881L));
        assertThat(PostSort.OLDEST.decode("not-a-cursor")).isEmpty();
    }
}
