package org.kring.feeds.control;

import java.util.Set;

/** The feeds ({@link FeedScopes}) that a transaction changed; their counters go up once it committed. */
record FeedsChanged(Set<String> scopes) {
}
