package org.kring.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kring.platform.cluster.SharedMaps;
import org.kring.platform.settings.SettingOverrides;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.problems.TooManyRequests;

/**
 * The community's write limits, per member and kind of write: at most N ideas per hour, posts per
 * minute and votes per minute, and sign-ups per address and network per hour (MicroProfile Config:
 * kring.rate-limit.ideas-per-hour, ...).
 * A fixed window per member (or address) and kind, counted exactly under parallel requests ({@link WindowCounter}) and
 * across the instances of a cluster when Payara runs with its data grid ({@link SharedMaps}); per instance without it.
 */
@ApplicationScoped
public class WriteRateLimiter {

    /** The kinds of writes that have a limit. */
    public enum Kind {
        IDEA("posting ideas", Duration.ofHours(1), "kring.rate-limit.ideas-per-hour"),
        POST("posting", Duration.ofMinutes(1), "kring.rate-limit.posts-per-minute"),
        VOTE("voting", Duration.ofMinutes(1), "kring.rate-limit.votes-per-minute"),
        /** Members' edits of their own ideas and posts (moderators have none). */
        EDIT("editing", Duration.ofMinutes(1), "kring.rate-limit.edits-per-minute"),
        /** Likes and follows set by hand (the follows that votes and posts bring are not counted). */
        REACTION("liking and following", Duration.ofMinutes(1), "kring.rate-limit.reactions-per-minute"),
        /** Keyed by client address: searches and similar-idea lookups by visitors who are not logged in. */
        ANONYMOUS_SEARCH("searching", Duration.ofMinutes(1), "kring.rate-limit.anonymous-searches-per-minute"),
        /** Keyed by client address: mass sign-ups would defeat every per-member limit. */
        SIGNUP("signing up", Duration.ofHours(1), "kring.rate-limit.signups-per-hour"),
        /** Keyed by the address's network (IPv4 /24, IPv6 /48): one host hopping addresses. */
        SIGNUP_NETWORK("signing up from this network", Duration.ofHours(1), "kring.rate-limit.signups-per-hour-per-network"),
        /** Keyed by member: a new member asking for their verification mail again. */
        VERIFICATION_MAIL("asking for the verification mail", Duration.ofHours(1), "kring.rate-limit.verification-mails-per-hour");

        final String doing;
        final Duration window;
        /** Its MicroProfile Config name (the environment's KRING_RATE_LIMIT_...), also the stored setting's. */
        public final String setting;

        Kind(String doing, Duration window, String setting) {
            this.doing = doing;
            this.window = window;
            this.setting = setting;
        }
    }

    private static final int MAX_TRACKED = 200_000;
    static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    private final AtomicLong lastSweep = new AtomicLong();
    /** The windows, shared by the cluster's instances when Payara runs clustered. */
    private volatile WindowCounter counter;

    @Inject
    SharedMaps maps;

    @Inject
    @ConfigProperty(name = "kring.rate-limit.ideas-per-hour", defaultValue = "20")
    int ideasPerHour;

    @Inject
    @ConfigProperty(name = "kring.rate-limit.posts-per-minute", defaultValue = "10")
    int postsPerMinute;

    @Inject
    @ConfigProperty(name = "kring.rate-limit.votes-per-minute", defaultValue = "60")
    int votesPerMinute;

    @Inject
    @ConfigProperty(name = "kring.rate-limit.edits-per-minute", defaultValue = "20")
    int editsPerMinute;

    @Inject
    @ConfigProperty(name = "kring.rate-limit.reactions-per-minute", defaultValue = "60")
    int reactionsPerMinute;

    @Inject
    @ConfigProperty(name = "kring.rate-limit.anonymous-searches-per-minute", defaultValue = "60")
    int anonymousSearchesPerMinute;

    @Inject
    @ConfigProperty(name = "kring.rate-limit.signups-per-hour", defaultValue = "5")
    int signupsPerHour;

    @Inject
    @ConfigProperty(name = "kring.rate-limit.signups-per-hour-per-network", defaultValue = "20")
    int signupsPerHourPerNetwork;

    @Inject
    @ConfigProperty(name = "kring.rate-limit.verification-mails-per-hour", defaultValue = "3")
    int verificationMailsPerHour;

    @Inject
    ImportContext imports;

    @Inject
    SettingOverrides overrides;

    @Inject
    WriteBarrier barrier;

    Clock clock = Clock.systemUTC();

    /**
     * Counts one write of this kind by this member: refused (403) when the member may not write at all, a 429 when
     * over the limit. Imports have neither.
     */
    public void acquire(Kind kind, long memberId) {
        requireMayWrite(memberId);
        acquire(kind, String.valueOf(memberId));
    }

    /** The entry point of member writes without a limit of their own (flags): refused when the member may not write. */
    public void requireMayWrite(long memberId) {
        if (!imports.importing()) {
            barrier.check(memberId);
        }
    }

    /** Counts one write of this kind for this key (a member id, an address, a network); a 429 over the limit. */
    public void acquire(Kind kind, String key) {
        if (imports.importing()) {
            return;
        }
        long now = clock.millis();
        long windowMillis = kind.window.toMillis();
        int limit = limit(kind);
        forgetEndedWindows(now);
        WindowCounter.Window after = counter().count(kind + ":" + key, now, windowMillis);
        if (after.used() > limit) {
            long retryAfter = Math.max(1, (after.endMillis() - now + 999) / 1000);
            throw new TooManyRequests(kind.doing, retryAfter);
        }
    }

    /**
     * Forgets ended windows at least once a minute (and at once past MAX_TRACKED) on each instance: a window keyed by a
     * client address (visitors' searches, sign-ups) holds it no longer than the window and a minute.
     */
    private void forgetEndedWindows(long now) {
        long last = lastSweep.get();
        if ((now - last >= SWEEP_EVERY.toMillis() || counter().size() > MAX_TRACKED) && lastSweep.compareAndSet(last, now)) {
            counter().forgetEnded(now);
        }
    }

    private WindowCounter counter() {
        if (counter == null) {
            counter = new WindowCounter(maps.named("write-limits"));
        }
        return counter;
    }

    /** How many counters are held (each a member's or a client address's), for the retention test. */
    int countersHeld() {
        return counter().size();
    }

    /** The limit now: what an admin stored on the settings page, else the environment's (read at start). */
    public int limit(Kind kind) {
        int configured = switch (kind) {
            case IDEA -> ideasPerHour;
            case POST -> postsPerMinute;
            case VOTE -> votesPerMinute;
            case EDIT -> editsPerMinute;
            case REACTION -> reactionsPerMinute;
            case ANONYMOUS_SEARCH -> anonymousSearchesPerMinute;
            case SIGNUP -> signupsPerHour;
            case SIGNUP_NETWORK -> signupsPerHourPerNetwork;
            case VERIFICATION_MAIL -> verificationMailsPerHour;
        };
        return overrides.get(kind.setting).map(Integer::parseInt).orElse(configured);
    }
}
