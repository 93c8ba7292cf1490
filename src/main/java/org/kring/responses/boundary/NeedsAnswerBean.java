package org.kring.responses.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kring.platform.faces.PageMessages;
import org.kring.responses.control.Responders;
import org.kring.responses.control.ResponseClock;
import org.kring.responses.control.Responses;

/** The team's "needs an answer" page: unanswered ideas, most overdue first, each with a one-click answer form. */
@Named
@ViewScoped
public class NeedsAnswerBean implements Serializable {

    static final int SHOWN = 50;

    /** A row of the page. */
    public record Row(long id, String title, String topic, Instant publishedAt, int votes, long ageDays, long pastTargetDays,
                      boolean overdue) implements Serializable {
        /** The row's key in the page's map of drafts. */
        public String key() {
            return String.valueOf(id);
        }
    }

    @Inject
    ResponseClock clock;
    @Inject
    Responses responses;
    @Inject
    Responders responders;

    private List<Row> rows = List.of();
    private boolean allowed;
    /** Each row's answer text by {@link Row#key()}. */
    private final Map<String, String> drafts = new HashMap<>();

    /** View action: the list, for the team only (others see why not). */
    public void load() {
        allowed = responders.isResponder();
        if (allowed) {
            Instant now = Instant.now();
            rows = clock.unanswered(SHOWN).stream().map(u -> new Row(u.id(), u.title(), u.topicSlug(), u.publishedAt(), u.votes(),
                    Duration.between(u.publishedAt(), now).toDays(), u.pastTarget().toDays(), !u.pastTarget().isNegative())).toList();
        }
    }

    /** Answers one idea from its row; the list is read again, so the answered idea leaves it. */
    public void answer(long ideaId) {
        long actor = responders.require();
        String text = drafts.get(String.valueOf(ideaId));
        if (text == null || text.isBlank()) {
            PageMessages.global(FacesMessage.SEVERITY_ERROR, "invalid.answer");
            return;
        }
        if (PageMessages.attempt(() -> responses.respond(ideaId, actor, new Responses.Response(null, null, text, null)),
                Map.of(), "needsAnswer.refused")) {
            drafts.clear();
            PageMessages.global(FacesMessage.SEVERITY_INFO, "needsAnswer.done");
            load();
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public Map<String, String> getDrafts() {
        return drafts;
    }
}
