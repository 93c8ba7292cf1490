package org.kring.ideas.control;

import java.time.Instant;

/**
 * Fired (synchronously, inside the posting transaction) when a member posts an idea, so that other
 * features can add what belongs to every idea, e.g. its discussion thread, without ideas knowing them.
 */
public record IdeaPosted(long ideaId, long topicId, long authorId, String title, String language, Instant at) {
}
