package org.kring.responses.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kring.members.control.CurrentMember;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.platform.faces.PageMessages;
import org.kring.responses.control.OfficialAnswers;
import org.kring.responses.control.Responders;
import org.kring.responses.control.ResponseClock;
import org.kring.responses.control.Responses;
import org.kring.responses.control.StatusWorkflow;
import org.kring.responses.entity.OfficialAnswer;

/**
 * The team's response on the idea page: the official answer pinned above the discussion, the status history, and for
 * the team one form that answers, changes the status, or both. Thin: the rules are in the responses controls.
 */
@Named
@ViewScoped
public class IdeaResponseBean implements Serializable {

    /** A step of the history as the page shows it. */
    public record Step(String from, String to, String message, String by, Instant at) implements Serializable {
    }

    /** The official answer as the page shows it (sanitised HTML). */
    public record Answer(String bodyHtml, String language, String by, Instant updatedAt, boolean edited) implements Serializable {
    }

    private static final Map<String, String> FIELDS = Map.of("status", "respond:status", "message", "respond:message",
            "answer", "respond:answer", "language", "respond:answer");

    @Inject
    CurrentMember current;

    @Inject
    Ideas ideas;
    @Inject
    StatusWorkflow workflow;
    @Inject
    OfficialAnswers answers;
    @Inject
    Responses responses;
    @Inject
    Responders responders;

    private Long ideaId;
    private List<Step> history = List.of();
    private Answer answer;
    private List<String> nextStatuses = List.of();
    private boolean responder;
    /** Days from posting to the team's first response; null while unanswered. */
    private Long responseDays;

    private String newStatus;
    private String message;
    private String answerBody;

    /** The idea page's response section (view action after the idea is read). */
    public void openForIdea(Long id) {
        if (id == null) {
            return;
        }
        ideaId = id;
        history = workflow.history(id).stream().map(c -> new Step(c.getFrom().name(), c.getTo().name(), c.getMessage(),
                c.getChangedBy().getDisplayName(), c.getChangedAt())).toList();
        OfficialAnswer official = answers.of(id).orElse(null);
        answer = official == null ? null : new Answer(official.getBodyHtml(), official.getLanguage(),
                official.getAuthor().getDisplayName(), official.getUpdatedAt(), official.isEdited());
        responder = responders.isResponder();
        Idea idea = ideas.find(id, current.audience()).orElse(null);
        responseDays = idea == null || idea.getPublishedAt() == null || idea.getFirstResponseAt() == null ? null
                : ResponseClock.took(idea.getPublishedAt(), idea.getFirstResponseAt()).toDays();
        if (responder && idea != null) {
            Idea.Status status = idea.getStatus();
            nextStatuses = workflow.next(status).stream().sorted().map(Enum::name).toList();
            answerBody = official == null ? null : official.getBody();
        }
    }

    /** The team's one action; back to the idea page (a fresh GET) when it went through. */
    public String respond() {
        long actor = responders.require();
        String status = newStatus == null || newStatus.isBlank() ? null : newStatus;
        String answerText = answerBody == null || answerBody.isBlank() ? null : answerBody;
        String note = message == null || message.isBlank() ? null : message;
        if (status == null && answerText == null) {
            PageMessages.on("respond:answer", "response.nothing");
            return null;
        }
        boolean done = PageMessages.attempt(() -> responses.respond(ideaId, actor,
                new Responses.Response(status, note, answerText, null)), FIELDS, "response.refused");
        return done ? "/idea?faces-redirect=true&id=" + ideaId : null;
    }

    public List<Step> getHistory() {
        return history;
    }

    public Answer getAnswer() {
        return answer;
    }

    public List<String> getNextStatuses() {
        return nextStatuses;
    }

    public Long getResponseDays() {
        return responseDays;
    }

    public boolean isResponder() {
        return responder;
    }

    public String getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(String newStatus) {
        this.newStatus = newStatus;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getAnswerBody() {
        return answerBody;
    }

    public void setAnswerBody(String answerBody) {
        this.answerBody = answerBody;
    }
}
