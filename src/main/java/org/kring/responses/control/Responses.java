package org.kring.responses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.kring.ideas.entity.Idea;
import org.kring.notifications.control.Announcement;
import org.kring.notifications.control.Notifications;
import org.kring.notifications.entity.Notification;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;
import org.kring.platform.text.MarkdownRenderer;
import org.kring.responses.entity.OfficialAnswer;
import org.kring.responses.entity.StatusChange;

/**
 * The team responds to an idea in one action: a status change (with an optional note), an official answer, or
 * both, in one transaction. The idea's row is locked first, so two staff members responding at once are
 * applied one after the other (the second sees the first's status and answer). The idea's author, voters and followers
 * hear of it once per response (a new answer or a status change; an edited answer tells nobody again), fanned out in
 * the background from a row written in this same transaction.
 */
@ApplicationScoped
public class Responses {

    /** What the team says: any of a new status (and its note) and an answer (Markdown; language null: the idea's). */
    public record Response(String status, String message, String answer, String language) {
    }

    /** What changed: the status step and the answer (each null when the response had none). */
    public record Outcome(Idea.Status status, StatusChange change, OfficialAnswer answer) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportContext imports;

    @Inject
    StatusWorkflow workflow;

    @Inject
    OfficialAnswers answers;

    @Inject
    Notifications notifications;

    @Inject
    Event<IdeaResponded> responded;

    @Transactional
    public Outcome respond(long ideaId, long actorId, Response response) {
        boolean changesStatus = response.status() != null;
        boolean answers = response.answer() != null;
        InvalidInput.check().that("status", changesStatus || answers, "give a status, an answer or both")
                .that("message", changesStatus || response.message() == null, "goes with a status change").orThrow();
        Idea.Status to = changesStatus ? StatusWorkflow.parse(response.status()) : null;
        if (answers) {
            OfficialAnswers.check(response.answer(), response.language());
        }
        Idea idea = em.find(Idea.class, ideaId, LockModeType.PESSIMISTIC_WRITE);
        if (idea == null) {
            throw new NotFound("There is no idea " + ideaId + ".");
        }
        Instant at = imports.now();
        StatusChange change = changesStatus ? workflow.change(idea, to, response.message(), actorId, at) : null;
        OfficialAnswer answer = answers ? this.answers.write(idea, response.answer(), response.language(), actorId, at) : null;
        idea.responded(at);
        if (change != null || answer != null && !answer.isEdited()) {
            notifications.announce(announcement(idea, change, answer, actorId));
            boolean newAnswer = answer != null && !answer.isEdited();
            responded.fire(new IdeaResponded(ideaId, idea.getTitle(), change == null ? null : change.getFrom(),
                    change == null ? null : change.getTo(), change == null ? null : change.getMessage(),
                    newAnswer ? MarkdownRenderer.toPlainText(answer.getBodyHtml()) : null, at));
        }
        return new Outcome(idea.getStatus(), change, answer);
    }

    /** One notification per response, whatever it held: the status it moved to, and the answer or the note as excerpt. */
    private static Announcement announcement(Idea idea, StatusChange change, OfficialAnswer answer, long actorId) {
        String excerpt = answer != null ? MarkdownRenderer.toPlainText(answer.getBodyHtml()) : change.getMessage();
        return new Announcement(IdeaAudience.NAME, idea.getId(), actorId,
                change != null ? Notification.Kind.STATUS_CHANGED : Notification.Kind.ANSWERED, idea.getTitle(),
                change != null ? change.getTo().name() : null, excerpt, "/idea.xhtml?id=" + idea.getId());
    }
}
