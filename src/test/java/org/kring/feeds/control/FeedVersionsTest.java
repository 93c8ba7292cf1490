package org.kring.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a feed reader polling with If-None-Match meets: the same ETag while nothing changed, a new one after a change. */
class FeedVersionsTest {

    private final ConcurrentMap<String, String> map = new ConcurrentHashMap<>();
    private final FeedVersions versions = new FeedVersions(map);

    @Test
    void anUnchangedFeedKeepsItsEtagAndAChangeGivesANewOne() {
        String etag = versions.etag(FeedScopes.topic("verpakking"), "nl");
        assertThat(versions.etag(FeedScopes.topic("verpakking"), "nl")).isEqualTo(etag);
        assertThat(versions.etag(FeedScopes.topic("verpakking"), "en")).isNotEqualTo(etag);

        versions.changed(FeedScopes.topic("verpakking"));
        String changed = versions.etag(FeedScopes.topic("verpakking"), "nl");
        assertThat(changed).isNotEqualTo(etag);
        assertThat(versions.etag(FeedScopes.topic("verpakking"), "nl")).isEqualTo(changed);
    }

    @Test
    void aChangeInOneTopicLeavesAnotherTopicsFeedAloneButAChangeToEveryFeedDoesNot() {
        String energie = versions.etag(FeedScopes.topic("energie"), "nl");
        versions.etag(FeedScopes.topic("verpakking"), "nl");
        versions.changed(FeedScopes.topic("verpakking"));
        assertThat(versions.etag(FeedScopes.topic("energie"), "nl")).isEqualTo(energie);

        versions.changed(FeedScopes.EVERY_FEED);
        assertThat(versions.etag(FeedScopes.topic("energie"), "nl")).isNotEqualTo(energie);
    }

    @Test
    void aRestartedInstanceOrALostEntryNeverAnswersAnOldEtag() {
        String before = versions.etag(FeedScopes.discussion(42), "nl");
        assertThat(new FeedVersions(new ConcurrentHashMap<>()).etag(FeedScopes.discussion(42), "nl")).isNotEqualTo(before);
        map.remove(FeedScopes.discussion(42));
        versions.changed(FeedScopes.discussion(42)); // a change while the entry is gone: nothing to raise
        assertThat(versions.etag(FeedScopes.discussion(42), "nl")).isNotEqualTo(before);
    }

    @Test
    void concurrentChangesAreAllCounted() {
        String scope = FeedScopes.challenge("minder-afval");
        versions.etag(scope, "nl");
        String first = map.get(scope);
        assertThat(first).endsWith("-0");
        IntStream.range(0, 1_000).parallel().forEach(i -> versions.changed(scope));
        assertThat(map.get(scope)).isEqualTo(first.substring(0, first.length() - 1) + "1000");
    }

    @Test
    void ideasShareABoundedNumberOfDiscussionCounters() {
        assertThat(FeedScopes.discussion(7)).isEqualTo(FeedScopes.discussion(7 + 65_536)).isNotEqualTo(FeedScopes.discussion(8));
    }
}
