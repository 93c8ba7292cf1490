package org.kring.responses.control;

import java.time.Instant;
import org.kring.ideas.entity.Idea;

/**
 * Fired inside the response's transaction when the team changes an idea's status or gives it a new official answer
 * (an edited answer is not new), so that a feature can act in the same transaction (webhooks queue their delivery).
 * {@code from}/{@code to} are null without a status change, {@code answer} (plain text) without a new answer.
 */
public record IdeaResponded(long ideaId, String title, Idea.Status from, Idea.Status to, String message, String answer,
                            Instant at) {
}
