package org.kring.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailOutboxTest {

    @Test
    void aFailedMailWaitsLongerAfterEachAttemptUpToTenMinutes() {
        assertThat(MailOutbox.backoff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(MailOutbox.backoff(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(MailOutbox.backoff(9)).isEqualTo(Duration.ofSeconds(512));
        assertThat(MailOutbox.backoff(10)).isEqualTo(Duration.ofMinutes(10));
        assertThat(MailOutbox.backoff(40)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void onlyAFullBatchSentWithoutAFailureAsksForTheNextOneAtOnce() {
        assertThat(new MailOutbox.Batch(MailOutbox.BATCH, MailOutbox.BATCH, null).full()).isTrue();
        assertThat(new MailOutbox.Batch(3, 3, null).full()).as("the last due mails").isFalse();
        assertThat(new MailOutbox.Batch(0, 0, null).full()).as("nothing due").isFalse();
        assertThat(new MailOutbox.Batch(MailOutbox.BATCH, 4, new IOException("server away")).full()).as("stopped by a failure").isFalse();
    }

    @Test
    void textInTheHtmlMailIsEscaped() {
        assertThat(MailComposer.escape("<b>\"Tom & Jerry's\"</b>")).isEqualTo("&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;");
    }
}
