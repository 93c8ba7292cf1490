package org.kring.responses.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.kring.ideas.entity.Idea;
import org.kring.ideas.entity.Idea.Status;
import org.kring.responses.control.ResponseClock;
import org.kring.responses.control.StatusColors;
import org.kring.responses.entity.AnswerRevision;
import org.kring.responses.entity.OfficialAnswer;
import org.kring.responses.entity.StatusChange;

/** How the API shows the team's responses. */
public final class ResponseViews {

    private ResponseViews() {
    }

    /** A status with its Dutch and English label (the pages' own) and its badge colour. */
    public record StatusInfo(String name, String labelNl, String labelEn, String color) {
        static StatusInfo of(Status status) {
            return new StatusInfo(status.name(), label(status, "nl"), label(status, "en"), StatusColors.of(status));
        }

        private static String label(Status status, String language) {
            return ResourceBundle.getBundle("org.kring.web.messages", Locale.of(language)).getString("status." + status.name());
        }
    }

    /** One step of the history; {@code message} is the team's note (plain text) or null. */
    @JsonbNillable
    public record StepView(String from, String to, String message, String by, Instant at) {
        static StepView of(StatusChange c) {
            return new StepView(c.getFrom().name(), c.getTo().name(), c.getMessage(), c.getChangedBy().getDisplayName(),
                    c.getChangedAt());
        }
    }

    /** An idea's status, where it may go next, and its history (oldest first). */
    @JsonbNillable
    public record StatusView(long ideaId, StatusInfo status, List<StatusInfo> next, List<StepView> history, Clock clock) {
    }

    /**
     * The idea's response clock: posted, published (when the clock started: the posting, or the approval when it was
     * held; null while held), first responded (null: not yet) and how long that took from publication in seconds.
     */
    @JsonbNillable
    public record Clock(Instant postedAt, Instant publishedAt, Instant firstResponseAt, Long responseSeconds) {
        static Clock of(Idea idea) {
            Instant published = idea.getPublishedAt();
            Instant first = idea.getFirstResponseAt();
            return new Clock(idea.getCreatedAt(), published, first,
                    published == null || first == null ? null : ResponseClock.took(published, first).toSeconds());
        }
    }

    /**
     * The official answer: {@code body} is the Markdown as typed, show {@code bodyHtml} (sanitised).
     * {@code team} is always true: the page shows the team's badge with it.
     */
    public record AnswerView(long ideaId, String body, String bodyHtml, String language, String by, boolean team,
                      Instant createdAt, Instant updatedAt, boolean edited) {
        static AnswerView of(OfficialAnswer a) {
            return new AnswerView(a.getIdeaId(), a.getBody(), a.getBodyHtml(), a.getLanguage(), a.getAuthor().getDisplayName(),
                    true, a.getCreatedAt(), a.getUpdatedAt(), a.isEdited());
        }
    }

    /** An earlier wording of an official answer. */
    public record AnswerRevisionView(long id, String body, long editorId, Instant editedAt) {
        static AnswerRevisionView of(AnswerRevision r) {
            return new AnswerRevisionView(r.getId(), r.getBody(), r.getEditorId(), r.getEditedAt());
        }
    }

    /** What one response changed: the idea's status now, and the answer when the response had one. */
    @JsonbNillable
    public record ResponseView(long ideaId, StatusInfo status, StepView step, AnswerView answer) {
    }
}
