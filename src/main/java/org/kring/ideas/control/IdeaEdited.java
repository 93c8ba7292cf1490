package org.kring.ideas.control;

/** Fired inside the transaction that reworded an idea (title, body, tags), for what shows its wording elsewhere. */
public record IdeaEdited(long ideaId) {
}
