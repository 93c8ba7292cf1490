package org.kring.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedMapsTest {

    @Test
    void everyCallerOfANameCountsInTheSameMapWithoutAGrid() {
        SharedMaps maps = new SharedMaps();
        maps.named("write-limits").put("VOTE:7", "60000:1");
        assertThat(maps.named("write-limits")).containsEntry("VOTE:7", "60000:1");
        assertThat(maps.named("login-throttle")).isEmpty();
    }
}
