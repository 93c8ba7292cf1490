package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kring.platform.problems.TooManyRequests;

/**
 * Brakes password guessing without handing strangers a way to lock a member out:
 * <ul>
 * <li><b>Per account and address</b>: after N failures (default 5) within the window (default 15 minutes) that pair
 * waits 30 s, and twice as long after each further failure, up to the window. A stranger guessing from their own
 * address slows down only themselves: the owner, from another address, still gets in.</li>
 * <li><b>Per address</b>: M failures (default 20) within the window over any accounts stop that address until the
 * oldest leaves the window (one address trying many accounts).</li>
 * <li><b>Per account, on evidence only</b>: failures for one account from K different addresses (default 10) within
 * the window lock the account for everyone until they age out: a distributed guess, which one stranger cannot fake
 * with one address. The first refusal of such a lock mails the owner a one-time link that lets them in despite it
 * ({@link AccountUnlock}).</li>
 * </ul>
 * An attempt is reserved before its password is checked ({@link #reserve}) and counts as a failure of its account and
 * address while it runs, so parallel guesses at one account cannot slip past the limit together. Counted per Kring instance, in memory (behind a load
 * balancer with two instances an attacker gets up to twice the attempts; a restart forgets them).
 * What has left the window is forgotten within a minute, so no client address is held longer than the window and a minute.
 * Settings: kring.auth.max-failures-per-account, kring.auth.max-failures-per-address,
 * kring.auth.lock-after-addresses, kring.auth.failure-window-minutes.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    private static final int MAX_TRACKED = 100_000;
    static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "kring.auth.max-failures-per-account", defaultValue = "5")
    int maxPerPair;

    @Inject
    @ConfigProperty(name = "kring.auth.max-failures-per-address", defaultValue = "20")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "kring.auth.lock-after-addresses", defaultValue = "10")
    int lockAfterAddresses;

    @Inject
    @ConfigProperty(name = "kring.auth.failure-window-minutes", defaultValue = "15")
    int windowMinutes;

    Clock clock = Clock.systemUTC();

    /** Recent failures and running attempts per "pair:account address" and "address:ip". Guarded by this. */
    private final Map<String, Tries> tries = new HashMap<>();
    /** Per account: the last failure from each address. Guarded by this. */
    private final Map<String, Map<String, Long>> addressesPerAccount = new HashMap<>();
    /** Per locked account: when its owner was mailed a way in (once per window, however many guesses follow). Guarded by this. */
    private final Map<String, Long> lockNotices = new HashMap<>();
    /** When old entries were last forgotten. Guarded by this. */
    private long lastSweep;

    /** One reserved attempt: hand it back through {@link #failed} or {@link #succeeded}. */
    public record Attempt(String account, String address) {
    }

    /** Reserves an attempt for this account from this address, or refuses it with a 429 and Retry-After. */
    public synchronized Attempt reserve(String account, String address) {
        long now = clock.millis();
        forgetOldEntries(now);
        String pair = pairKey(account, address);
        String from = addressKey(address);
        long waitMillis = Math.max(pairWait(tries.get(pair), now), Math.max(addressWait(tries.get(from), now),
                accountLockWait(account, now)));
        if (waitMillis > 0) {
            throw new TooManyRequests("trying passwords", Math.max(1, (waitMillis + 999) / 1000));
        }
        tries.computeIfAbsent(pair, k -> new Tries()).running++;
        tries.computeIfAbsent(from, k -> new Tries()).running++;
        return new Attempt(account, address);
    }

    /** True once per window while the account is locked on evidence from many addresses: then its owner is mailed a way in. */
    public synchronized boolean lockNoticeDue(String account) {
        long now = clock.millis();
        if (accountLockWait(account, now) == 0) {
            return false;
        }
        Long last = lockNotices.get(account);
        if (last != null && last > now - window()) {
            return false;
        }
        lockNotices.put(account, now);
        return true;
    }

    public synchronized void failed(Attempt attempt) {
        long now = clock.millis();
        finish(pairKey(attempt.account(), attempt.address())).failures.addLast(now);
        finish(addressKey(attempt.address())).failures.addLast(now);
        addressesPerAccount.computeIfAbsent(attempt.account(), k -> new HashMap<>()).put(attempt.address(), now);
    }

    /** The right password: this pair starts afresh (the address keeps its failures on other accounts). */
    public synchronized void succeeded(Attempt attempt) {
        finish(pairKey(attempt.account(), attempt.address())).failures.clear();
        finish(addressKey(attempt.address()));
        forgetIfIdle(attempt);
    }

    /** The attempt could not be checked (the database failed): it counts for nothing. */
    public synchronized void abandoned(Attempt attempt) {
        finish(pairKey(attempt.account(), attempt.address()));
        finish(addressKey(attempt.address()));
        forgetIfIdle(attempt);
    }

    /** An address with nothing running and no failure need not be held at all. */
    private void forgetIfIdle(Attempt attempt) {
        for (String key : new String[] {pairKey(attempt.account(), attempt.address()), addressKey(attempt.address())}) {
            tries.computeIfPresent(key, (k, t) -> t.running == 0 && t.failures.isEmpty() ? null : t);
        }
    }

    private Tries finish(String key) {
        Tries t = tries.computeIfAbsent(key, k -> new Tries());
        t.running = Math.max(0, t.running - 1);
        return t;
    }

    /** Growing delays after the pair's limit: 30 s, 60 s, 120 s, ... up to the window, from the last failure. */
    private long pairWait(Tries t, long now) {
        int count = t == null ? 0 : t.recent(now, window()) + t.running;
        if (count < maxPerPair) {
            return 0;
        }
        long delay = Math.min(window(), FIRST_DELAY.toMillis() << Math.min(20, count - maxPerPair));
        long last = t.failures.isEmpty() ? now : t.failures.getLast();
        return Math.max(t.running > 0 ? 1 : 0, last + delay - now);
    }

    /**
     * Until the oldest of the address's last M failures leaves the window. Only failures count here, not attempts
     * still running: many people behind one address (an office, a phone network) log in at once.
     */
    private long addressWait(Tries t, long now) {
        if (t == null || t.recent(now, window()) < maxPerAddress) {
            return 0;
        }
        long oldestCounted = t.failures.stream().skip(t.failures.size() - maxPerAddress).findFirst().orElse(now);
        return Math.max(1, oldestCounted + window() - now);
    }

    /** Until fewer than K addresses have failed on this account within the window. */
    private long accountLockWait(String account, long now) {
        Map<String, Long> addresses = addressesPerAccount.get(account);
        if (addresses == null) {
            return 0;
        }
        addresses.values().removeIf(at -> at <= now - window());
        if (addresses.size() < lockAfterAddresses) {
            return 0;
        }
        long kthNewest = addresses.values().stream().sorted(Comparator.reverseOrder())
                .skip(lockAfterAddresses - 1L).findFirst().orElse(now);
        return Math.max(1, kthNewest + window() - now);
    }

    /**
     * Forgets what has left the window, at least once a minute (and at once past MAX_TRACKED entries): a client address
     * is kept no longer than the window and a minute (the retention of client addresses, README), and memory stays bounded.
     */
    private void forgetOldEntries(long now) {
        if (now - lastSweep >= SWEEP_EVERY.toMillis() || tries.size() + addressesPerAccount.size() > MAX_TRACKED) {
            lastSweep = now;
            tries.values().removeIf(t -> t.running == 0 && t.recent(now, window()) == 0);
            addressesPerAccount.values().removeIf(m -> m.values().stream().allMatch(at -> at <= now - window()));
            lockNotices.values().removeIf(at -> at <= now - window());
        }
    }

    /** How many client addresses this throttle holds (per pair, per address, per account), for the retention test. */
    synchronized long addressesHeld() {
        return tries.size() + addressesPerAccount.values().stream().mapToLong(Map::size).sum();
    }

    private long window() {
        return Duration.ofMinutes(windowMinutes).toMillis();
    }

    private static String pairKey(String account, String address) {
        return "pair:" + account + " " + address;
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    /** Failure times (oldest first, only the window's) and attempts still running. */
    private static final class Tries {
        final Deque<Long> failures = new ArrayDeque<>();
        int running;

        int recent(long now, long window) {
            while (!failures.isEmpty() && failures.getFirst() <= now - window) {
                failures.removeFirst();
            }
            return failures.size();
        }
    }
}
