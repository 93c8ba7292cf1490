package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kring.platform.problems.TooManyRequests;

/**
 * Brakes password guessing: after N failed logins for one account (default 5) or M from one client
 * address (default 20) within a sliding window (default 15 minutes), further attempts get a 429
 * with Retry-After until the oldest of those failures has left the window. A successful login
 * clears the account's failures. (kring.auth.max-failures-per-account, ...-per-address,
 * kring.auth.failure-window-minutes.)
 * <p>
 * Counted per Kring instance, in memory: with two instances behind a load balancer an attacker gets
 * up to twice the attempts, and a restart forgets them. Acceptable for a brake on guessing; a
 * shared store (Hazelcast, the database) would make it exact.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    @Inject
    @ConfigProperty(name = "kring.auth.max-failures-per-account", defaultValue = "5")
    int maxPerAccount;

    @Inject
    @ConfigProperty(name = "kring.auth.max-failures-per-address", defaultValue = "20")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "kring.auth.failure-window-minutes", defaultValue = "15")
    int windowMinutes;

    Clock clock = Clock.systemUTC();

    /** Failure times (epoch millis, oldest first) per "account:email" and "address:ip". */
    private final Map<String, List<Long>> failures = new ConcurrentHashMap<>();

    /** A 429 with Retry-After when this account or this address has failed too often lately. */
    public void check(String account, String address) {
        long retryAfter = retryAfterSeconds(account, address);
        if (retryAfter > 0) {
            throw new TooManyRequests("trying passwords", retryAfter);
        }
    }

    /** Seconds until this account and this address may try again; 0 when they may now. */
    public long retryAfterSeconds(String account, String address) {
        long now = clock.millis();
        long waitMillis = Math.max(waitMillis(accountKey(account), maxPerAccount, now),
                waitMillis(addressKey(address), maxPerAddress, now));
        return waitMillis <= 0 ? 0 : Math.max(1, (waitMillis + 999) / 1000);
    }

    public void failed(String account, String address) {
        long now = clock.millis();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(times -> times.isEmpty() || times.getLast() <= now - window());
        }
        record(accountKey(account), now);
        record(addressKey(address), now);
    }

    public void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private void record(String key, long now) {
        failures.compute(key, (k, times) -> {
            List<Long> kept = new ArrayList<>(recent(times, now));
            kept.add(now);
            return List.copyOf(kept);
        });
    }

    /** How long until fewer than {@code limit} failures remain in the window; 0 when already so. */
    private long waitMillis(String key, int limit, long now) {
        List<Long> recent = recent(failures.get(key), now);
        if (recent.size() < limit) {
            return 0;
        }
        return recent.get(recent.size() - limit) + window() - now;
    }

    private List<Long> recent(List<Long> times, long now) {
        if (times == null) {
            return List.of();
        }
        long since = now - window();
        return times.stream().filter(t -> t > since).toList();
    }

    private long window() {
        return Duration.ofMinutes(windowMinutes).toMillis();
    }

    private static String accountKey(String account) {
        return "account:" + account;
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
