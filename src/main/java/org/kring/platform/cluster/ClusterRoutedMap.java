package org.kring.platform.cluster;

import java.util.AbstractMap;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BooleanSupplier;

/**
 * A map that lives in this instance while it is the data grid's only member and in the grid once another member joins.
 * Every operation on a Hazelcast IMap inside Payara passes Payara's tenant control (it pushes and pops a request
 * context around the call), which cost a vote five times its own work; a single instance needs none of that. When the
 * cluster grows or shrinks, the windows counted on the other side are not carried over: a limit restarts its window
 * once, which a rate limit may do.
 */
final class ClusterRoutedMap extends AbstractMap<String, String> implements ConcurrentMap<String, String> {

    private final ConcurrentMap<String, String> local;
    private final ConcurrentMap<String, String> grid;
    private final BooleanSupplier clustered;

    ClusterRoutedMap(ConcurrentMap<String, String> local, ConcurrentMap<String, String> grid, BooleanSupplier clustered) {
        this.local = local;
        this.grid = grid;
        this.clustered = clustered;
    }

    private ConcurrentMap<String, String> current() {
        return clustered.getAsBoolean() ? grid : local;
    }

    @Override
    public String get(Object key) {
        return current().get(key);
    }

    @Override
    public String putIfAbsent(String key, String value) {
        return current().putIfAbsent(key, value);
    }

    @Override
    public boolean replace(String key, String oldValue, String newValue) {
        return current().replace(key, oldValue, newValue);
    }

    @Override
    public String replace(String key, String value) {
        return current().replace(key, value);
    }

    @Override
    public boolean remove(Object key, Object value) {
        return current().remove(key, value);
    }

    @Override
    public int size() {
        return current().size();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return current().entrySet();
    }
}
