package org.kring.feeds.control;

/**
 * The names of the change counters ({@link FeedVersions}): one per feed, so that a change in one topic leaves the
 * other topics' readers their 304s. The discussion feeds of ideas share 65,536 counters (by id), so that a million
 * ideas cost at most that many entries in the shared map; a change then also makes the few ideas that share the
 * counter send their feed once more.
 */
public final class FeedScopes {

    /** A counter that every feed's validator includes: for the rare changes that touch feeds without saying which. */
    public static final String EVERY_FEED = "*";

    private static final int DISCUSSION_COUNTERS = 1 << 16;

    private FeedScopes() {
    }

    public static String topic(String slug) {
        return "topic:" + slug;
    }

    public static String challenge(String slug) {
        return "challenge:" + slug;
    }

    /** A topic's changelog, or the whole community's for a null slug. */
    public static String changelog(String topicSlug) {
        return "changelog:" + (topicSlug == null ? "" : topicSlug);
    }

    public static String discussion(long ideaId) {
        return "idea:" + Math.floorMod(ideaId, DISCUSSION_COUNTERS);
    }
}
