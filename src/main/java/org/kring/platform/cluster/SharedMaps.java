package org.kring.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Maps that every Kring instance of a cluster shares: Hazelcast's IMaps from Payara's data grid (JNDI
 * {@code payara/Hazelcast}) when Payara Micro runs with Hazelcast (clustered: the Docker setup, the tests), this
 * instance's own ConcurrentHashMaps when it runs without (bin/run's single node, {@code --nohazelcast}). Both are
 * ConcurrentMaps whose conditional operations are atomic; callers use only those, with String keys and values (so the
 * grid needs none of Kring's classes). Hazelcast is reached by reflection: Kring compiles against no Payara API.
 */
@ApplicationScoped
public class SharedMaps {

    private static final Logger LOG = Logger.getLogger(SharedMaps.class.getName());

    private volatile Object grid;
    private volatile boolean looked;

    /** The map of this name, shared by the cluster when there is one. */
    @SuppressWarnings("unchecked")
    public ConcurrentMap<String, String> named(String name) {
        Object hazelcast = grid();
        if (hazelcast != null) {
            try {
                Class<?> type = Class.forName("com.hazelcast.core.HazelcastInstance", false, hazelcast.getClass().getClassLoader());
                Method getMap = type.getMethod("getMap", String.class);
                return (ConcurrentMap<String, String>) getMap.invoke(hazelcast, "kring-" + name);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.warning(() -> "Payara's data grid gave no map " + name + " (" + e + "): counting on this instance only");
            }
        }
        return new ConcurrentHashMap<>();
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
            LOG.info("Limits are counted cluster-wide in Payara's data grid (Hazelcast)");
            return instance;
        } catch (NamingException | RuntimeException e) {
            LOG.info(() -> "No data grid (" + e.getClass().getSimpleName() + "): limits are counted on this instance only");
            return null;
        }
    }
}
