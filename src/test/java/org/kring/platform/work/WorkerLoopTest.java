package org.kring.platform.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kring.platform.work.WorkerLoop.Outcome;

class WorkerLoopTest {

    private final WorkerLoop loop = new WorkerLoop("test", Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(4),
            () -> Outcome.IDLE, (e, wait) -> { });

    @Test
    void anOutageIsRetriedLessAndLessOftenUpToTheLimit() {
        Duration wait = loop.nextWait(Outcome.IDLE, Duration.ZERO);
        assertThat(wait).isEqualTo(Duration.ofMillis(200));
        StringBuilder waits = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            wait = loop.nextWait(Outcome.FAILED, wait);
            waits.append(wait.toMillis()).append(' ');
        }
        assertThat(waits.toString().trim()).isEqualTo("500 1000 2000 4000 4000 4000");
    }

    @Test
    void theFirstRoundThatWorksAgainBringsBackTheShortPause() {
        assertThat(loop.nextWait(Outcome.IDLE, Duration.ofSeconds(4))).isEqualTo(Duration.ofMillis(200));
        assertThat(loop.nextWait(Outcome.MORE, Duration.ofSeconds(4))).isEqualTo(Duration.ofMillis(200));
    }
}
