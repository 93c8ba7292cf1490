package org.kring.notifications.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kring.notifications.entity.Delivery;
import org.kring.platform.logging.StructuredLog;
import org.kring.platform.work.WorkerLoop;

/**
 * Makes the digests that are due on a thread of its own: once a minute it looks for members whose daily (weekly)
 * digest was last made before today's (this week's) start, and makes theirs, a page of members at a time. Admins can
 * run a period's digests at once ({@link #runNow}), e.g. to try the mails. The staff's weekly internal digest
 * ({@link StaffDigests}) turns with the members' weekly one.
 */
@ApplicationScoped
public class DigestWorker {

    private static final Logger LOG = Logger.getLogger(DigestWorker.class.getName());
    static final int MEMBERS_PER_PAGE = 100;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Digests digests;

    @Inject
    StaffDigests staffDigests;

    private final WorkerLoop loop = new WorkerLoop("kring-notification-digests", Duration.ofMinutes(1), Duration.ofSeconds(5),
            Duration.ofMinutes(1), this::round, DigestWorker::failed);

    void start(@Observes Startup event) {
        loop.start(threads);
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }

    /** Every member of the period with something new since their last digest gets one now, whether due or not. */
    public Digests.Run runNow(Delivery period) {
        Instant now = Instant.now();
        return run(period, now, now);
    }

    /** Every staff subscriber gets the internal digest now, whether due or not. */
    public Digests.Run runStaffNow() {
        Instant now = Instant.now();
        return runStaff(now, now);
    }

    private WorkerLoop.Outcome round() {
        Instant now = Instant.now();
        for (Delivery period : List.of(Delivery.DAILY, Delivery.WEEKLY)) {
            run(period, Digests.periodStart(period, now), now);
        }
        runStaff(Digests.periodStart(Delivery.WEEKLY, now), now);
        return WorkerLoop.Outcome.IDLE;
    }

    private Digests.Run runStaff(Instant madeBefore, Instant now) {
        int members = 0;
        int made = 0;
        long after = 0;
        List<Long> page;
        do {
            page = staffDigests.due(madeBefore, after, MEMBERS_PER_PAGE);
            for (long member : page) {
                made += staffDigests.make(member, madeBefore, now) ? 1 : 0;
                after = member;
            }
            members += page.size();
        } while (page.size() == MEMBERS_PER_PAGE);
        return new Digests.Run(StaffDigests.PERIOD, members, made);
    }

    private Digests.Run run(Delivery period, Instant madeBefore, Instant now) {
        int members = 0;
        int made = 0;
        long after = 0;
        List<Long> page;
        do {
            page = digests.due(period, madeBefore, after, MEMBERS_PER_PAGE);
            for (long member : page) {
                made += digests.make(member, period, madeBefore, now) ? 1 : 0;
                after = member;
            }
            members += page.size();
        } while (page.size() == MEMBERS_PER_PAGE);
        return new Digests.Run(period.name(), members, made);
    }

    private static void failed(Exception e, Duration retryIn) {
        LOG.log(Level.WARNING, StructuredLog.line("notification-digests-failed", "error",
                e.getClass().getSimpleName() + ": " + e.getMessage(), "retryInMillis", retryIn.toMillis()));
    }
}
