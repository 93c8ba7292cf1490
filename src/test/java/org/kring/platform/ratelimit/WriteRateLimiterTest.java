package org.kring.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;
import org.kring.platform.cluster.SharedMaps;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.problems.TooManyRequests;

class WriteRateLimiterTest {

    private final MutableClock clock = new MutableClock();
    /** What an admin stored on the settings page. */
    private final Map<String, String> stored = new HashMap<>();

    private WriteRateLimiter limiter(int votesPerMinute) {
        WriteRateLimiter limiter = new WriteRateLimiter();
        limiter.votesPerMinute = votesPerMinute;
        limiter.postsPerMinute = 10;
        limiter.ideasPerHour = 20;
        limiter.clock = clock;
        limiter.imports = new ImportContext();
        limiter.barrier = memberId -> { };
        limiter.overrides = name -> Optional.ofNullable(stored.get(name));
        limiter.maps = new SharedMaps() {
            @Override
            public ConcurrentMap<String, String> named(String name) {
                return new ConcurrentHashMap<>();
            }
        };
        return limiter;
    }

    @Test
    void aLimitAnAdminStoredCountsAtOnceOverTheEnvironmentsAndRemovingItRestoresThat() {
        WriteRateLimiter limiter = limiter(1);
        limiter.acquire(WriteRateLimiter.Kind.VOTE, 7);
        assertThatThrownBy(() -> limiter.acquire(WriteRateLimiter.Kind.VOTE, 7)).isInstanceOf(TooManyRequests.class);
        stored.put("kring.rate-limit.votes-per-minute", "3");
        assertThatCode(() -> limiter.acquire(WriteRateLimiter.Kind.VOTE, 7)).doesNotThrowAnyException();
        stored.clear();
        assertThatThrownBy(() -> limiter.acquire(WriteRateLimiter.Kind.VOTE, 7)).isInstanceOf(TooManyRequests.class);
    }

    @Test
    void refusesTheWriteOverTheLimitWithRetryAfter() {
        WriteRateLimiter limiter = limiter(3);
        for (int i = 0; i < 3; i++) {
            limiter.acquire(WriteRateLimiter.Kind.VOTE, 7);
        }
        clock.advance(Duration.ofSeconds(20));
        assertThatThrownBy(() -> limiter.acquire(WriteRateLimiter.Kind.VOTE, 7))
                .isInstanceOfSatisfying(TooManyRequests.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(40));
    }

    @Test
    void visitorsSearchesAndSignUpsAreCountedPerAddressOrNetwork() {
        WriteRateLimiter limiter = limiter(1);
        limiter.anonymousSearchesPerMinute = 2;
        limiter.signupsPerHour = 1;
        limiter.acquire(WriteRateLimiter.Kind.ANONYMOUS_SEARCH, "198.51.100.1");
        limiter.acquire(WriteRateLimiter.Kind.ANONYMOUS_SEARCH, "198.51.100.1");
        limiter.acquire(WriteRateLimiter.Kind.ANONYMOUS_SEARCH, "198.51.100.2");
        assertThatThrownBy(() -> limiter.acquire(WriteRateLimiter.Kind.ANONYMOUS_SEARCH, "198.51.100.1"))
                .isInstanceOfSatisfying(TooManyRequests.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(60));
        limiter.acquire(WriteRateLimiter.Kind.SIGNUP, "198.51.100.1");
        assertThatThrownBy(() -> limiter.acquire(WriteRateLimiter.Kind.SIGNUP, "198.51.100.1"))
                .isInstanceOfSatisfying(TooManyRequests.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(3600));
    }

    @Test
    void limitsArePerMemberAndPerKind() {
        WriteRateLimiter limiter = limiter(1);
        limiter.acquire(WriteRateLimiter.Kind.VOTE, 1);
        limiter.acquire(WriteRateLimiter.Kind.VOTE, 2);
        limiter.acquire(WriteRateLimiter.Kind.POST, 1);
        assertThatThrownBy(() -> limiter.acquire(WriteRateLimiter.Kind.VOTE, 1)).isInstanceOf(TooManyRequests.class);
    }

    @Test
    void aNewWindowStartsAfterTheOldOneEnds() {
        WriteRateLimiter limiter = limiter(1);
        limiter.acquire(WriteRateLimiter.Kind.VOTE, 1);
        clock.advance(Duration.ofSeconds(59));
        assertThatThrownBy(() -> limiter.acquire(WriteRateLimiter.Kind.VOTE, 1))
                .as("one second before the window ends").isInstanceOf(TooManyRequests.class);
        clock.advance(Duration.ofSeconds(1));
        assertThatCode(() -> limiter.acquire(WriteRateLimiter.Kind.VOTE, 1)).as("the next window").doesNotThrowAnyException();
        assertThatThrownBy(() -> limiter.acquire(WriteRateLimiter.Kind.VOTE, 1))
                .as("the new window counts from its own first write").isInstanceOf(TooManyRequests.class);
    }

    @Test
    void anImportHasNoLimitAndLeavesTheMembersCountAlone() {
        WriteRateLimiter limiter = limiter(1);
        ImportContext imports = limiter.imports;
        imports.runAt(clock.instant(), () -> {
            for (int i = 0; i < 100; i++) {
                limiter.acquire(WriteRateLimiter.Kind.VOTE, 1);
            }
        });
        assertThatCode(() -> limiter.acquire(WriteRateLimiter.Kind.VOTE, 1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> limiter.acquire(WriteRateLimiter.Kind.VOTE, 1)).isInstanceOf(TooManyRequests.class);
    }

    @Test
    void aClientAddressIsHeldNoLongerThanItsWindowAndAMinute() {
        WriteRateLimiter limiter = limiter(1);
        limiter.anonymousSearchesPerMinute = 10;
        limiter.signupsPerHour = 5;
        limiter.acquire(WriteRateLimiter.Kind.SIGNUP, "198.51.100.1");
        limiter.acquire(WriteRateLimiter.Kind.ANONYMOUS_SEARCH, "198.51.100.2");
        clock.advance(Duration.ofMinutes(59));
        limiter.acquire(WriteRateLimiter.Kind.VOTE, 7);
        assertThat(limiter.countersHeld()).as("the sign-up's hour runs; the search's minute is over").isEqualTo(2);
        clock.advance(Duration.ofMinutes(1).plus(WriteRateLimiter.SWEEP_EVERY));
        limiter.acquire(WriteRateLimiter.Kind.VOTE, 8);
        assertThat(limiter.countersHeld()).as("only the running vote window").isEqualTo(1);
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
