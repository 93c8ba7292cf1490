package org.kring.platform.settings;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The settings admins stored, which override the environment's (KringConfig's branding, WriteRateLimiter's limits).
 * Read on every page and write, so they are kept in memory and read again at most every {@link #FRESH}: a change
 * counts at once on the node that made it (its copy is dropped when the change commits) and within seconds on the
 * other nodes of a cluster, without a restart.
 */
@ApplicationScoped
public class StoredSettings implements SettingOverrides {

    static final Duration FRESH = Duration.ofSeconds(5);

    private record Snapshot(Map<String, String> values, long readAtMillis) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemUTC();

    private volatile Snapshot snapshot;

    /** The stored value of this MicroProfile Config name; empty when none is stored (the environment's counts). */
    @Override
    public Optional<String> get(String name) {
        Snapshot current = snapshot;
        if (current == null || clock.millis() - current.readAtMillis() >= FRESH.toMillis()) {
            current = new Snapshot(em.createQuery("select s from StoredSetting s", StoredSetting.class).getResultList().stream()
                    .collect(Collectors.toUnmodifiableMap(StoredSetting::getName, StoredSetting::getValue)), clock.millis());
            snapshot = current;
        }
        return Optional.ofNullable(current.values().get(name));
    }

    /**
     * Stores (or, for null, removes) a value in the caller's transaction; answers the value stored before (null: none).
     * The rules of what a value may be are the caller's (settings.control.Settings).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String put(String name, String value, long adminId) {
        StoredSetting stored = em.find(StoredSetting.class, name);
        String before = stored == null ? null : stored.getValue();
        if (value == null && stored != null) {
            em.remove(stored);
        } else if (value != null && stored == null) {
            em.persist(new StoredSetting(name, value, Instant.now(), adminId));
        } else if (value != null) {
            stored.change(value, Instant.now(), adminId);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    snapshot = null; // the next read sees the change
                }
            }
        });
        return before;
    }
}
