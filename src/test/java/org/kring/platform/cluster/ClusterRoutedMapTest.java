package org.kring.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ClusterRoutedMapTest {

    private final ConcurrentMap<String, String> local = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> grid = new ConcurrentHashMap<>();
    private final AtomicBoolean clustered = new AtomicBoolean();
    private final ClusterRoutedMap map = new ClusterRoutedMap(local, grid, clustered::get);

    @Test
    void aLoneInstanceCountsLocallyAndTheGridTakesOverWhenAnotherMemberJoins() {
        map.putIfAbsent("VOTE:7", "60000:1");
        assertThat(local).containsEntry("VOTE:7", "60000:1");
        assertThat(grid).isEmpty();

        clustered.set(true);
        assertThat(map.get("VOTE:7")).as("the grid's window starts afresh").isNull();
        map.putIfAbsent("VOTE:7", "60000:1");
        assertThat(map.replace("VOTE:7", "60000:1", "60000:2")).isTrue();
        assertThat(grid).containsEntry("VOTE:7", "60000:2");
        assertThat(local).containsEntry("VOTE:7", "60000:1");

        clustered.set(false);
        assertThat(map.remove("VOTE:7", "60000:1")).isTrue();
        assertThat(map).isEmpty();
        assertThat(grid).hasSize(1);
    }
}
