package org.kring.ideas.control;

import org.kring.platform.moderation.ModerationState;

/**
 * Fired inside the transaction that changed an idea's moderation state, so that what lives inside the idea
 * (its thread's posts, which threads own) follows it into or out of view, in the search index too.
 */
public record IdeaModerated(long ideaId, ModerationState before, ModerationState after) {
}
