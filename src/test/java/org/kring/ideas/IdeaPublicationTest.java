package org.kring.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kring.ideas.entity.Idea;
import org.kring.platform.moderation.ModerationState;

/** When members first saw an idea (the response clock's start): set once, by its posting or by its first approval. */
class IdeaPublicationTest {

    private static final Instant POSTED = Instant.parse("2026-11-20T09:00:00Z");

    private static Idea idea(boolean held) {
        return new Idea(null, null, null, "Statiegeld op blikjes", "Graag.", "<p>Graag.</p>", List.of(), "nl", POSTED, held);
    }

    @Test
    void anIdeaPostedUnheldIsPublishedWhenPosted() {
        Idea idea = idea(false);
        assertThat(idea.getModerationState()).isEqualTo(ModerationState.PUBLISHED);
        assertThat(idea.getPublishedAt()).isEqualTo(POSTED);
    }

    @Test
    void aHeldIdeaIsPublishedWhenFirstApprovedAndHidingOrHoldingAgainNeverMovesIt() {
        Idea idea = idea(true);
        assertThat(idea.getModerationState()).isEqualTo(ModerationState.HELD);
        assertThat(idea.getPublishedAt()).as("nobody saw it yet").isNull();
        idea.moderate(ModerationState.HIDDEN, POSTED.plus(Duration.ofDays(1)));
        assertThat(idea.getPublishedAt()).as("rejected from the queue: still never seen").isNull();

        Instant approved = POSTED.plus(Duration.ofDays(4));
        idea.moderate(ModerationState.PUBLISHED, approved);
        assertThat(idea.getPublishedAt()).isEqualTo(approved);
        idea.moderate(ModerationState.HIDDEN, approved.plus(Duration.ofDays(1)));
        idea.moderate(ModerationState.HELD, approved.plus(Duration.ofDays(2)));
        idea.moderate(ModerationState.PUBLISHED, approved.plus(Duration.ofDays(3)));
        assertThat(idea.getPublishedAt()).isEqualTo(approved);
    }
}
