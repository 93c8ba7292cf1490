package org.kring.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.notifications.control.MailOutbox.Attempt;

class MailLanesTest {

    private final MailLanes lanes = new MailLanes(Thread.ofPlatform().factory(), "test-lane-", 2);

    @AfterEach
    void close() {
        lanes.close();
    }

    @Test
    void mailsTakeTurnsOverTheLanesAndEachLaneKeepsTheirOrder() {
        Map<Integer, List<Integer>> byLane = new ConcurrentHashMap<>();
        MailLanes.Batch batch = lanes.batch();
        for (int i = 0; i < 5; i++) {
            int mail = i;
            batch.add(lane -> byLane.computeIfAbsent(lane, l -> new CopyOnWriteArrayList<>()).add(mail));
        }
        assertThat(batch.attempts(5)).containsOnly(Attempt.SENT).hasSize(5);
        assertThat(byLane).containsEntry(0, List.of(0, 2, 4)).containsEntry(1, List.of(1, 3));
    }

    @Test
    void theLanesSendAtTheSameTime() {
        // Each lane's first mail waits for the other's: lanes that took turns would never get past it.
        CyclicBarrier both = new CyclicBarrier(2);
        MailLanes.Batch batch = lanes.batch();
        batch.add(lane -> both.await(10, TimeUnit.SECONDS));
        batch.add(lane -> both.await(10, TimeUnit.SECONDS));
        assertThat(batch.attempts(2)).containsExactly(Attempt.SENT, Attempt.SENT);
    }

    @Test
    void aLaneWhoseMailFailedTriesNoneOfTheBatchsLaterOnesWhileTheOtherGoesOn() {
        IOException away = new IOException("server away");
        List<Integer> tried = new CopyOnWriteArrayList<>();
        MailLanes.Batch batch = lanes.batch();
        for (int i = 0; i < 6; i++) {
            int mail = i;
            batch.add(lane -> {
                tried.add(mail);
                if (mail == 2) {
                    throw away;
                }
            });
        }
        assertThat(batch.attempts(6)).containsExactly(Attempt.SENT, Attempt.SENT, Attempt.failed(away), Attempt.SENT,
                Attempt.NOT_TRIED, Attempt.SENT);
        assertThat(tried).containsExactlyInAnyOrder(0, 1, 2, 3, 5);
    }

    @Test
    void aMailThatFailedBeforeReachingALaneEndsTheBatchAndTheRestStayDue() {
        IllegalStateException unwritable = new IllegalStateException("no such bundle");
        MailLanes.Batch batch = lanes.batch();
        batch.add(lane -> { });
        batch.failed(unwritable);
        assertThat(batch.attempts(4)).containsExactly(Attempt.SENT, Attempt.failed(unwritable), Attempt.NOT_TRIED, Attempt.NOT_TRIED);
    }
}
