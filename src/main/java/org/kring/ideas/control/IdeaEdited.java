package org.kring.ideas.control;

/**
 * Fired inside the transaction that reworded an idea (title, body, tags), for what shows its wording elsewhere and for
 * the moderation log. {@code revisionId}: the revision that keeps the wording replaced. {@code moderatorByHand}: the
 * moderator who reworded another member's idea by hand (null for the author's own edits and for restored wordings,
 * which the undo that restores them logs).
 */
public record IdeaEdited(long ideaId, long authorId, long revisionId, Long moderatorByHand) {
}
