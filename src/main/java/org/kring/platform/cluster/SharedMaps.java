package org.kring.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Maps that every Kring instance of a cluster shares: Hazelcast's IMaps from Payara's data grid (JNDI
 * {@code payara/Hazelcast}) while the grid has more than one member (the Docker compose pair), this instance's own
 * ConcurrentHashMaps while it is alone ({@code --nocluster}, the benchmark, bin/run's {@code --nohazelcast}); see
 * {@link ClusterRoutedMap}. Both are ConcurrentMaps whose conditional operations are atomic; callers use only those,
 * with String keys and values (so the grid needs none of Kring's classes). Hazelcast is reached by reflection: Kring
 * compiles against no Payara API.
 */
@ApplicationScoped
public class SharedMaps {

    private static final Logger LOG = Logger.getLogger(SharedMaps.class.getName());

    /** How long a look at the grid's members counts: joining takes seconds, and a look costs a reflective call. */
    private static final long MEMBERS_CHECKED_EVERY_MILLIS = 1_000;

    private volatile Object grid;
    private volatile boolean looked;
    private volatile boolean clustered;
    private volatile long membersCheckedAt;

    /** The maps handed out, by name: every caller of a name counts in the same map. */
    private final ConcurrentMap<String, ConcurrentMap<String, String>> byName = new ConcurrentHashMap<>();

    /** The map of this name (the same one on every call), shared by the cluster when there is one. */
    public ConcurrentMap<String, String> named(String name) {
        return byName.computeIfAbsent(name, this::open);
    }

    @SuppressWarnings("unchecked")
    private ConcurrentMap<String, String> open(String name) {
        Object hazelcast = grid();
        if (hazelcast != null) {
            try {
                Class<?> type = Class.forName("com.hazelcast.core.HazelcastInstance", false, hazelcast.getClass().getClassLoader());
                Method getMap = type.getMethod("getMap", String.class);
                ConcurrentMap<String, String> shared = (ConcurrentMap<String, String>) getMap.invoke(hazelcast, "kring-" + name);
                return new ClusterRoutedMap(new ConcurrentHashMap<>(), shared, this::clustered);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.warning(() -> "Payara's data grid gave no map " + name + " (" + e + "): counting on this instance only");
            }
        }
        return new ConcurrentHashMap<>();
    }

    /** Whether the grid has another member now (looked at once a second; alone when the look fails). */
    private boolean clustered() {
        long now = System.currentTimeMillis();
        if (now - membersCheckedAt >= MEMBERS_CHECKED_EVERY_MILLIS) {
            boolean first = membersCheckedAt == 0;
            membersCheckedAt = now;
            boolean before = clustered;
            int members = memberCount(grid);
            clustered = members > 1;
            if (first || clustered != before) {
                LOG.info(() -> "Payara's data grid has " + members + " member(s): limits are counted "
                        + (clustered ? "cluster-wide in the grid" : "in this instance"));
            }
        }
        return clustered;
    }

    private static int memberCount(Object hazelcast) {
        try {
            ClassLoader loader = hazelcast.getClass().getClassLoader();
            Object cluster = Class.forName("com.hazelcast.core.HazelcastInstance", false, loader).getMethod("getCluster").invoke(hazelcast);
            return ((Set<?>) Class.forName("com.hazelcast.cluster.Cluster", false, loader).getMethod("getMembers").invoke(cluster)).size();
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning(() -> "Could not ask Payara's data grid for its members (" + e + "): counting in this instance");
            return 1;
        }
    }

    private Object grid() {
        if (!looked) {
            synchronized (this) {
                if (!looked) {
                    grid = lookUp();
                    looked = true;
                }
            }
        }
        return grid;
    }

    /** Payara's Hazelcast instance; null without one (a map asked of a stopped one fails, and counts locally). */
    private static Object lookUp() {
        try {
            Object instance = new InitialContext().lookup("payara/Hazelcast");
            LOG.info("Payara's data grid (Hazelcast) is there: limits are counted cluster-wide while it has other members");
            return instance;
        } catch (NamingException | RuntimeException e) {
            LOG.info(() -> "No data grid (" + e.getClass().getSimpleName() + "): limits are counted on this instance only");
            return null;
        }
    }
}
