package org.kring.feeds.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.concurrent.ConcurrentMap;
import org.kring.platform.cluster.SharedMaps;

/**
 * A change counter per feed ({@link FeedScopes}) in the map "feed-versions" (this instance's alone, the data grid's
 * when clustered), so that a reader polling an unchanged feed gets its 304 without a database query. A value is
 * {@code <epoch>-<count>}: the epoch is random, chosen when the entry is first made, so a restarted instance or a
 * grid that lost the entry starts a new series that no validator handed out before can match. A change raises the
 * count after its commit ({@link FeedInvalidation}); a change to a feed nobody read since the start needs nothing.
 */
@ApplicationScoped
public class FeedVersions {

    private static final SecureRandom EPOCHS = new SecureRandom();

    @Inject
    SharedMaps sharedMaps;

    private ConcurrentMap<String, String> versions;

    FeedVersions() {
    }

    /** For tests: counters in the given map. */
    FeedVersions(ConcurrentMap<String, String> versions) {
        this.versions = versions;
    }

    /**
     * The validator of a feed in a language: it changes when the feed's counter or the every-feed counter does.
     * Read it before reading the feed: a change committed in between then costs one more 200, never a lost one.
     */
    public String etag(String scope, String language) {
        return version(scope) + "." + version(FeedScopes.EVERY_FEED) + "." + language;
    }

    /** Counts a change of the feed: a new value with the same epoch (compare-and-set, so none is lost). */
    void changed(String scope) {
        ConcurrentMap<String, String> map = versions;
        while (true) {
            String current = map.get(scope);
            if (current == null || map.replace(scope, current, next(current))) {
                return;
            }
        }
    }

    private String version(String scope) {
        ConcurrentMap<String, String> map = versions;
        String current = map.get(scope);
        if (current != null) {
            return current;
        }
        String fresh = Long.toHexString(EPOCHS.nextLong()) + "-0";
        String won = map.putIfAbsent(scope, fresh);
        return won == null ? fresh : won;
    }

    private static String next(String version) {
        int dash = version.lastIndexOf('-');
        return version.substring(0, dash + 1) + (Long.parseLong(version.substring(dash + 1)) + 1);
    }

    /** One map for the instance's life: each {@code named} call would start a new local map. */
    @PostConstruct
    void open() {
        versions = sharedMaps.named("feed-versions");
    }
}
