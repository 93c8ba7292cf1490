package org.kring.threads.control;

/**
 * Fired inside the transaction that changed a post's body, for the moderation log. {@code revisionId}: the revision
 * that keeps the body replaced. {@code moderatorByHand}: the moderator who changed another member's post by hand (null
 * for the author's own edits and for restored bodies, which the undo that restores them logs).
 */
public record PostEdited(long postId, long authorId, long revisionId, Long moderatorByHand) {
}
