package org.kring.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A feed reader that polls with If-None-Match sees a renamed topic: the title is part of the validator. */
class FeedEtagTest {

    private static final List<Feed.Entry> ENTRIES = List.of(new Feed.Entry("idea.xhtml?id=1", "Statiegeld", "Anna",
            Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-01T10:00:00Z"), "<p>Ja</p>"));

    @Test
    void theSameFeedKeepsItsEtagAndARenameChangesIt() {
        Feed feed = new Feed("topic:verpakking", "Verpakking", "Minder plastic", "topic.xhtml?slug=verpakking",
                Instant.EPOCH, ENTRIES);
        Feed same = new Feed("topic:verpakking", "Verpakking", "Minder plastic", "topic.xhtml?slug=verpakking",
                Instant.EPOCH, ENTRIES);
        Feed renamed = new Feed("topic:verpakking", "Verpakking en afval", "Minder plastic", "topic.xhtml?slug=verpakking",
                Instant.EPOCH, ENTRIES);
        assertThat(same.etag()).isEqualTo(feed.etag());
        assertThat(renamed.etag()).isNotEqualTo(feed.etag());
    }
}
