package org.kring.members.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final ManualClock clock = new ManualClock();
    final LoginThrottle throttle = new LoginThrottle();

    @BeforeEach
    void limits() {
        throttle.maxPerAccount = 5;
        throttle.maxPerAddress = 20;
        throttle.windowMinutes = 15;
        throttle.clock = clock;
    }

    @Test
    void fiveFailuresForAnAccountBlockItUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.retryAfterSeconds("a@x.nl", "10.0.0.1")).isZero();
            throttle.failed("a@x.nl", "10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }
        // The first failure was at 10:00, now is 10:05: it leaves the 15-minute window at 10:15.
        assertThat(throttle.retryAfterSeconds("a@x.nl", "10.0.0.2")).isEqualTo(600);
        // Other accounts are not affected.
        assertThat(throttle.retryAfterSeconds("b@x.nl", "10.0.0.1")).isZero();

        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.retryAfterSeconds("a@x.nl", "10.0.0.1")).isZero();
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("a@x.nl", "10.0.0.1");
        }
        throttle.succeeded("a@x.nl");
        for (int i = 0; i < 4; i++) {
            throttle.failed("a@x.nl", "10.0.0.1");
        }
        assertThat(throttle.retryAfterSeconds("a@x.nl", "10.0.0.1")).isZero();
    }

    @Test
    void twentyFailuresFromOneAddressBlockThatAddressForEveryAccount() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i + "@x.nl", "10.0.0.9");
        }
        assertThat(throttle.retryAfterSeconds("new@x.nl", "10.0.0.9")).isEqualTo(900);
        assertThat(throttle.retryAfterSeconds("new@x.nl", "10.0.0.10")).isZero();
    }
}
