package org.kring.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailWorkerTest {

    private static final String PROPERTY = StreamProvider.class.getName();

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(PROPERTY);
        System.clearProperty(PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, before);
        }
    }

    @Test
    void jakartaMailIsToldTheStreamProviderItFoundSoThatItNeedNotSearchAgain() {
        String found = StreamProvider.provider().getClass().getName();
        MailWorker.pinStreamProvider();
        assertThat(System.getProperty(PROPERTY)).isEqualTo(found);
        assertThat(StreamProvider.provider().getClass().getName()).as("found by that name").isEqualTo(found);
    }

    @Test
    void aProviderNamedByTheOperatorStays() {
        System.setProperty(PROPERTY, "org.example.OwnStreamProvider");
        MailWorker.pinStreamProvider();
        assertThat(System.getProperty(PROPERTY)).isEqualTo("org.example.OwnStreamProvider");
    }
}
