package org.kring.votes.control;

import java.time.Instant;

/**
 * Fired inside the vote's transaction when a member's vote is new, with the idea's vote count after it. Votes on one
 * idea are applied one after the other (the idea's row is locked), so each count is seen once: a feature that acts
 * when a count is reached (webhooks) sees it exactly when it is reached.
 */
public record IdeaVoted(long ideaId, int voteCount, Instant at) {
}
