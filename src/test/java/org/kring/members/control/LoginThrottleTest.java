package org.kring.members.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kring.platform.problems.TooManyRequests;

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
    /** The map the instances of a cluster share (Payara's data grid); here one JVM's. */
    final ConcurrentMap<String, String> grid = new ConcurrentHashMap<>();
    final LoginThrottle throttle = instance();

    private LoginThrottle instance() {
        LoginThrottle instance = new LoginThrottle();
        instance.maxPerPair = 5;
        instance.maxPerAddress = 20;
        instance.lockAfterAddresses = 10;
        instance.windowMinutes = 15;
        instance.clock = clock;
        instance.shared = grid;
        return instance;
    }

    private void fail(String account, String address) {
        throttle.failed(throttle.reserve(account, address));
    }

    /** Seconds the caller is told to wait; 0 when the attempt may go ahead (it is then given back unused). */
    private long retryAfter(String account, String address) {
        try {
            throttle.abandoned(throttle.reserve(account, address));
            return 0;
        } catch (TooManyRequests refused) {
            return refused.retryAfterSeconds();
        }
    }

    @Test
    void afterFiveFailuresAPairWaitsLongerAfterEachFurtherOne() {
        for (int i = 0; i < 5; i++) {
            assertThat(retryAfter("a@x.nl", "10.0.0.1")).isZero();
            fail("a@x.nl", "10.0.0.1");
        }
        assertThat(retryAfter("a@x.nl", "10.0.0.1")).isEqualTo(30);
        clock.advance(Duration.ofSeconds(30));
        fail("a@x.nl", "10.0.0.1");
        assertThat(retryAfter("a@x.nl", "10.0.0.1")).isEqualTo(60);
        clock.advance(Duration.ofSeconds(60));
        fail("a@x.nl", "10.0.0.1");
        assertThat(retryAfter("a@x.nl", "10.0.0.1")).isEqualTo(120);
    }

    @Test
    void aStrangersFailuresNeverKeepTheOwnerOutFromAnotherAddress() {
        for (int i = 0; i < 5; i++) {
            fail("owner@x.nl", "198.51.100.7");
        }
        assertThat(retryAfter("owner@x.nl", "198.51.100.7")).isPositive();
        assertThat(retryAfter("owner@x.nl", "10.0.0.1")).isZero();
    }

    @Test
    void failuresFromTenAddressesLockTheAccountUntilTheyAgeOut() {
        for (int i = 0; i < 10; i++) {
            fail("owner@x.nl", "198.51.100." + i);
        }
        assertThat(retryAfter("owner@x.nl", "10.0.0.1")).isEqualTo(900);
        assertThat(retryAfter("other@x.nl", "10.0.0.1")).as("other accounts").isZero();
        clock.advance(Duration.ofMinutes(15));
        assertThat(retryAfter("owner@x.nl", "10.0.0.1")).isZero();
    }

    @Test
    void attemptsStillRunningCountSoParallelGuessesCannotPassTheLimitTogether() {
        int reserved = 0;
        for (int i = 0; i < 8; i++) {
            try {
                throttle.reserve("a@x.nl", "10.0.0.1");
                reserved++;
            } catch (TooManyRequests refused) {
                assertThat(refused.retryAfterSeconds()).isPositive();
            }
        }
        assertThat(reserved).isEqualTo(5);
    }

    @Test
    void manyPeopleBehindOneAddressLogInAtOnce() {
        for (int i = 0; i < 50; i++) {
            throttle.reserve("colleague" + i + "@x.nl", "10.0.0.1");
        }
    }

    @Test
    void successClearsThePairButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            fail("a@x.nl", "10.0.0.1");
        }
        throttle.succeeded(throttle.reserve("a@x.nl", "10.0.0.1"));
        for (int i = 0; i < 4; i++) {
            fail("a@x.nl", "10.0.0.1");
        }
        assertThat(retryAfter("a@x.nl", "10.0.0.1")).isZero();
    }

    @Test
    void twentyFailuresFromOneAddressBlockThatAddressForEveryAccount() {
        for (int i = 0; i < 20; i++) {
            fail("user" + i + "@x.nl", "10.0.0.9");
        }
        assertThat(retryAfter("new@x.nl", "10.0.0.9")).isEqualTo(900);
        assertThat(retryAfter("new@x.nl", "10.0.0.10")).isZero();
    }

    @Test
    void theOwnerOfALockedAccountIsToldOncePerWindow() {
        assertThat(throttle.lockNoticeDue("a@x.nl")).as("not locked").isFalse();
        for (int i = 0; i < 10; i++) {
            fail("a@x.nl", "10.0.1." + i);
        }
        assertThat(throttle.lockNoticeDue("a@x.nl")).isTrue();
        assertThat(throttle.lockNoticeDue("a@x.nl")).as("however many guesses follow").isFalse();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.lockNoticeDue("a@x.nl")).as("the lock aged out").isFalse();
        for (int i = 0; i < 10; i++) {
            fail("a@x.nl", "10.0.2." + i);
        }
        assertThat(throttle.lockNoticeDue("a@x.nl")).as("a new lock, a new mail").isTrue();
    }

    @Test
    void noClientAddressIsHeldLongerThanTheWindowAndAMinute() {
        fail("a@kring.test", "198.51.100.1");
        fail("b@kring.test", "198.51.100.2");
        assertThat(retryAfter("c@kring.test", "198.51.100.3")).isZero();
        assertThat(throttle.addressesHeld()).isPositive();
        clock.advance(Duration.ofMinutes(15).plus(LoginThrottle.SWEEP_EVERY));
        assertThat(retryAfter("d@kring.test", "203.0.113.4")).isZero();
        assertThat(throttle.addressesHeld()).as("only the attempt's own, given back").isZero();
    }

    @Test
    void twoInstancesOnOneSharedMapTogetherLetExactlyTheLimitThroughUnderParallelGuesses() throws Exception {
        List<LoginThrottle> instances = List.of(instance(), instance());
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        inParallel(16, t -> {
            LoginThrottle instance = instances.get(t % 2);
            for (int i = 0; i < 20; i++) {
                try {
                    LoginThrottle.Attempt attempt = instance.reserve("a@x.nl", "10.0.0.1");
                    checked.incrementAndGet();
                    instance.failed(attempt);
                } catch (TooManyRequests tooMany) {
                    refused.incrementAndGet();
                }
            }
        });
        assertThat(checked).hasValue(5);
        assertThat(refused).hasValue(16 * 20 - 5);
        assertThat(retryAfter("a@x.nl", "10.0.0.1")).as("the third instance sees the same").isEqualTo(30);
    }

    @Test
    void failuresFromManyAddressesThroughTwoInstancesLockTheAccountOnBoth() throws Exception {
        List<LoginThrottle> instances = List.of(instance(), instance());
        inParallel(10, t -> instances.get(t % 2).failed(instances.get(t % 2).reserve("owner@x.nl", "198.51.100." + t)));
        assertThat(retryAfter("owner@x.nl", "10.0.0.1")).isEqualTo(900);
        assertThat(instances.get(0).lockNoticeDue("owner@x.nl") ^ instances.get(1).lockNoticeDue("owner@x.nl"))
                .as("one mail to the owner, whichever instance refuses first").isTrue();
    }

    @Test
    void aSuccessOnOneInstanceClearsThePairOnTheOther() {
        LoginThrottle other = instance();
        for (int i = 0; i < 4; i++) {
            fail("a@x.nl", "10.0.0.1");
        }
        other.succeeded(other.reserve("a@x.nl", "10.0.0.1"));
        for (int i = 0; i < 4; i++) {
            fail("a@x.nl", "10.0.0.1");
        }
        assertThat(retryAfter("a@x.nl", "10.0.0.1")).isZero();
    }

    @Test
    void anAttemptNeverHandedBackCountsAsAFailureUntilItLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            throttle.reserve("a@x.nl", "10.0.0.1"); // its instance stopped before the password was checked
        }
        assertThat(retryAfter("a@x.nl", "10.0.0.1")).isPositive();
        clock.advance(Duration.ofMinutes(15));
        assertThat(retryAfter("a@x.nl", "10.0.0.1")).isZero();
    }

    private interface Guesser {
        void run(int thread) throws Exception;
    }

    private static void inParallel(int threads, Guesser guesser) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                guesser.run(thread);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }
}
