package org.kring.ideas.control;

/**
 * Fired inside the transaction that moved an idea to another topic, so that its thread and the thread's posts
 * (which threads own) move with it, in the search index too.
 */
public record IdeaMoved(long ideaId, long topicId) {
}
