package org.kring.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A feed's document is written once per ETag, and a new ETag, address or community name gets a new one. */
class RenderedFeedsTest {

    private static final String SITE = "https://kring.example/";
    private static final String SELF = SITE + "api/v1/feeds/topics/verpakking";

    private final RenderedFeeds rendered = new RenderedFeeds();
    private final AtomicInteger reads = new AtomicInteger();

    private Supplier<Feed> feed(String title, String html) {
        return () -> {
            reads.incrementAndGet();
            Instant at = Instant.parse("2026-11-30T09:00:00Z");
            return new Feed("Verpakking", null, "topic.xhtml?slug=verpakking", at,
                    List.of(new Feed.Entry("idea.xhtml?id=1", title, "Anna", at, at, html)));
        };
    }

    private static String text(RenderedFeeds.Rendered document) {
        return new String(document.body(), StandardCharsets.UTF_8);
    }

    @Test
    void anUnchangedFeedIsReadOnceAndAChangedEtagReadsItAgain() {
        RenderedFeeds.Rendered first = rendered.document("a-1.b-0.nl", SELF, SITE, "nl", "Kring", feed("Statiegeld", "<p>x</p>"));
        RenderedFeeds.Rendered again = rendered.document("a-1.b-0.nl", SELF, SITE, "nl", "Kring", feed("Changed", "<p>x</p>"));
        assertThat(again).isSameAs(first);
        assertThat(text(first)).contains("<title>Statiegeld</title>");
        assertThat(first.updated()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(reads).hasValue(1);

        RenderedFeeds.Rendered changed = rendered.document("a-2.b-0.nl", SELF, SITE, "nl", "Kring", feed("Changed", "<p>x</p>"));
        assertThat(text(changed)).contains("<title>Changed</title>");
        assertThat(reads).hasValue(2);
    }

    @Test
    void anotherAddressOrCommunityNameGetsItsOwnDocument() {
        rendered.document("a-1.b-0.nl", SELF, SITE, "nl", "Kring", feed("Statiegeld", null));
        String otherHost = "http://localhost:8080/";
        assertThat(text(rendered.document("a-1.b-0.nl", otherHost + "api/v1/feeds/topics/verpakking", otherHost, "nl", "Kring",
                feed("Statiegeld", null)))).contains("href=\"" + otherHost + "idea.xhtml?id=1\"");
        assertThat(text(rendered.document("a-1.b-0.nl", SELF, SITE, "nl", "Buurtkring", feed("Statiegeld", null))))
                .contains("Verpakking · Buurtkring");
        assertThat(reads).hasValue(3);
    }

    @Test
    void theLeastRecentlyUsedDocumentsGoWhenTheyHoldTooManyBytes() {
        String big = "x".repeat((int) (RenderedFeeds.MAX_BYTES / 4));
        rendered.document("first", SELF, SITE, "nl", "Kring", feed("First", big));
        for (int i = 0; i < 4; i++) {
            rendered.document("other-" + i, SELF, SITE, "nl", "Kring", feed("Other", big));
        }
        assertThat(reads).hasValue(5);
        rendered.document("first", SELF, SITE, "nl", "Kring", feed("First", big));
        assertThat(reads).as("the first document was let go").hasValue(6);
        rendered.document("other-3", SELF, SITE, "nl", "Kring", feed("Other", big));
        assertThat(reads).as("the newest stayed").hasValue(6);
    }
}
