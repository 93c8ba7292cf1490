package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kring.platform.cluster.SharedMaps;
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
 * An attempt is reserved before its password is checked ({@link #reserve}) and counts as a failure of its pair while
 * it runs: the pair's check and the reservation are one compare-and-set, so parallel guesses at one account cannot
 * slip past the limit together. The counts live in one map of {@link SharedMaps} (String values, changed only by
 * compare-and-set: {@link LoginTries}, {@link FailedAddresses}), so the rules hold across the instances of a cluster
 * when Payara's data grid has other members, and in this instance otherwise (a restart of a lone instance forgets
 * them). What has left the window is forgotten within a minute, so no client address is held longer than the window
 * and a minute. Settings: kring.auth.max-failures-per-account, kring.auth.max-failures-per-address,
 * kring.auth.lock-after-addresses, kring.auth.failure-window-minutes.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    /** The pair's delay doubles at most this often (it reaches the window long before): more failures change nothing. */
    private static final int MAX_DOUBLINGS = 20;
    private static final int MAX_TRACKED = 100_000;
    static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    private static final String PAIR = "pair:";
    private static final String ADDRESS = "address:";
    private static final String ACCOUNT = "account:";
    private static final String NOTICE = "notice:";

    @Inject
    SharedMaps maps;

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

    /**
     * Per "pair:account address" and "address:ip" a {@link LoginTries}, per "account:..." its {@link FailedAddresses},
     * per "notice:account" when its owner was last mailed a way in. Shared by the cluster's instances.
     */
    volatile ConcurrentMap<String, String> shared;
    private final AtomicLong lastSweep = new AtomicLong();

    /** One reserved attempt: hand it back through {@link #failed}, {@link #succeeded} or {@link #abandoned}. */
    public record Attempt(String account, String address, long reservedAt) {
    }

    /** Reserves an attempt for this account from this address, or refuses it with a 429 and Retry-After. */
    public Attempt reserve(String account, String address) {
        String from = address == null ? "unknown" : address;
        long now = clock.millis();
        forgetOldEntries(now);
        refuseAfter(Math.max(addressWait(tries(ADDRESS + from, now), now), accountLockWait(account, now)));
        update(pairKey(account, from), text -> {
            LoginTries pair = LoginTries.parse(text).within(now, window());
            refuseAfter(pairWait(pair, now));
            return pair.reserved(now).text();
        });
        return new Attempt(account, from, now);
    }

    /** True once per window while the account is locked on evidence from many addresses: then its owner is mailed a way in. */
    public boolean lockNoticeDue(String account) {
        long now = clock.millis();
        if (accountLockWait(account, now) == 0) {
            return false;
        }
        boolean[] due = {false};
        update(NOTICE + account, last -> {
            due[0] = last == null || Long.parseLong(last) <= now - window();
            return due[0] ? String.valueOf(now) : last;
        });
        return due[0];
    }

    public void failed(Attempt attempt) {
        long now = clock.millis();
        update(pairKey(attempt.account(), attempt.address()), text -> LoginTries.parse(text).within(now, window())
                .finished(attempt.reservedAt()).failed(now, maxPerPair + MAX_DOUBLINGS).text());
        update(ADDRESS + attempt.address(), text -> LoginTries.parse(text).within(now, window())
                .failed(now, maxPerAddress).text());
        update(ACCOUNT + attempt.account(), text -> FailedAddresses.parse(text).within(now, window())
                .failed(attempt.address(), now, lockAfterAddresses).text());
    }

    /** The right password: this pair starts afresh (the address keeps its failures on other accounts). */
    public void succeeded(Attempt attempt) {
        long now = clock.millis();
        update(pairKey(attempt.account(), attempt.address()), text -> LoginTries.parse(text).within(now, window())
                .finished(attempt.reservedAt()).withoutFailures().text());
    }

    /** The attempt could not be checked (the database failed): it counts for nothing. */
    public void abandoned(Attempt attempt) {
        long now = clock.millis();
        update(pairKey(attempt.account(), attempt.address()), text -> LoginTries.parse(text).within(now, window())
                .finished(attempt.reservedAt()).text());
    }

    private static void refuseAfter(long waitMillis) {
        if (waitMillis > 0) {
            throw new TooManyRequests("trying passwords", Math.max(1, (waitMillis + 999) / 1000));
        }
    }

    /** Growing delays after the pair's limit: 30 s, 60 s, 120 s, ... up to the window, from the last failure. */
    private long pairWait(LoginTries t, long now) {
        int count = t.failures().size() + t.running().size();
        if (count < maxPerPair) {
            return 0;
        }
        long delay = Math.min(window(), FIRST_DELAY.toMillis() << Math.min(MAX_DOUBLINGS, count - maxPerPair));
        long last = t.failures().isEmpty() ? now : t.failures().getLast();
        return Math.max(t.running().isEmpty() ? 0 : 1, last + delay - now);
    }

    /**
     * Until the oldest of the address's last M failures leaves the window. Only failures count here, not attempts
     * still running: many people behind one address (an office, a phone network) log in at once.
     */
    private long addressWait(LoginTries t, long now) {
        if (t.failures().size() < maxPerAddress) {
            return 0;
        }
        long oldestCounted = t.failures().get(t.failures().size() - maxPerAddress);
        return Math.max(1, oldestCounted + window() - now);
    }

    /** Until fewer than K addresses have failed on this account within the window. */
    private long accountLockWait(String account, long now) {
        FailedAddresses failed = FailedAddresses.parse(shared().get(ACCOUNT + account)).within(now, window());
        return failed.kthNewest(lockAfterAddresses).stream().map(at -> Math.max(1, at + window() - now)).findFirst().orElse(0);
    }

    private LoginTries tries(String key, long now) {
        return LoginTries.parse(shared().get(key)).within(now, window());
    }

    /**
     * Changes one entry by compare-and-set until no other caller (thread or instance) changed it in between: the
     * change maps the current text (null: none) to the new one (null: remove the entry).
     */
    private void update(String key, UnaryOperator<String> change) {
        ConcurrentMap<String, String> map = shared();
        while (true) {
            String before = map.get(key);
            String after = change.apply(before);
            if (Objects.equals(before, after)) {
                return;
            }
            boolean changed = before == null ? map.putIfAbsent(key, after) == null
                    : after == null ? map.remove(key, before) : map.replace(key, before, after);
            if (changed) {
                return;
            }
        }
    }

    /**
     * Forgets what has left the window, at least once a minute on each instance (and at once past MAX_TRACKED entries):
     * a client address is kept no longer than the window and a minute (the retention of client addresses, README),
     * and memory stays bounded.
     */
    private void forgetOldEntries(long now) {
        long last = lastSweep.get();
        if ((now - last >= SWEEP_EVERY.toMillis() || shared().size() > MAX_TRACKED) && lastSweep.compareAndSet(last, now)) {
            for (Map.Entry<String, String> entry : shared().entrySet()) {
                String key = entry.getKey();
                update(key, text -> text == null ? null : withinWindow(key, text, now));
            }
        }
    }

    /** What of this entry's text is still within the window; null when nothing is. */
    private String withinWindow(String key, String text, long now) {
        if (key.startsWith(ACCOUNT)) {
            return FailedAddresses.parse(text).within(now, window()).text();
        }
        if (key.startsWith(NOTICE)) {
            return Long.parseLong(text) > now - window() ? text : null;
        }
        return LoginTries.parse(text).within(now, window()).text();
    }

    /** How many client addresses this throttle holds (per pair, per address, per account), for the retention test. */
    long addressesHeld() {
        return shared().entrySet().stream().mapToLong(entry -> entry.getKey().startsWith(ACCOUNT)
                ? FailedAddresses.parse(entry.getValue()).size() : entry.getKey().startsWith(NOTICE) ? 0 : 1).sum();
    }

    private ConcurrentMap<String, String> shared() {
        if (shared == null) {
            shared = maps.named("login-throttle");
        }
        return shared;
    }

    private long window() {
        return Duration.ofMinutes(windowMinutes).toMillis();
    }

    private static String pairKey(String account, String address) {
        return PAIR + account + " " + address;
    }
}
