package org.kring.insights.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import org.kring.insights.control.InsightDraft;
import org.kring.insights.control.QuoteDraft;
import org.kring.insights.control.SavedInsights;
import org.kring.members.control.CurrentMember;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.faces.Pages;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.Problem;
import org.kring.platform.problems.Refusal;

/**
 * Keeping a passage of a workbench match as evidence: the passage the analyst selected (editable: it must stand in
 * the source), kept with a new insight (title, statement, the workbench's filter) or an existing one.
 */
@Named
@ViewScoped
public class KeepQuoteBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Where the control's fields are shown on the page. */
    private static final Map<String, String> FIELDS = Map.of("title", "keep:title", "statement", "keep:statement",
            "evidence[0].quote", "keep:quote", "evidence.quote", "keep:quote", "evidence[0].sourceId", "keep:quote",
            "evidence.sourceId", "keep:quote", "evidence[0].sourceType", "keep:quote", "evidence.sourceType", "keep:quote");
    static final String NEW = "new";

    @Inject
    CurrentMember current;
    @Inject
    SavedInsights insights;

    private String sourceType;
    private String sourceId;
    private String quote;
    private String filter;
    private String target = NEW;
    private String title;
    private String statement;
    private transient List<SavedInsights.Summary> choices;

    public void load() {
        AnalystPages.admit(current, "/keep-quote.xhtml");
    }

    public void keep() {
        SavedInsights.Reader reader = InsightReaders.require(current);
        QuoteDraft draft = new QuoteDraft(sourceType, Pages.id(sourceId), quote);
        try {
            long id;
            if (NEW.equals(target)) {
                id = insights.create(new InsightDraft(title, statement, filter, List.of(), null, List.of(), List.of(draft)), reader).getId();
            } else {
                id = Long.parseLong(target);
                insights.addEvidence(id, draft, reader);
            }
            Pages.redirect("/saved-insight.xhtml?id=" + id + "#evidence");
        } catch (InvalidInput invalid) {
            for (Problem.FieldError error : invalid.errors()) {
                String key = "keepQuote.invalid." + error.field().replaceAll("^evidence(\\[0])?\\.", "");
                String message = text(key, error.reason());
                FacesContext.getCurrentInstance().addMessage(FIELDS.getOrDefault(error.field(), null),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            }
            FacesContext.getCurrentInstance().validationFailed();
        } catch (NumberFormatException | Refusal refused) {
            PageMessages.global(FacesMessage.SEVERITY_ERROR, "error.refused");
        }
    }

    private static String text(String key, String fallback) {
        try {
            return PageMessages.text(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** The insights the quote may join: the newest the reader sees. */
    public List<SavedInsights.Summary> getChoices() {
        if (choices == null) {
            choices = insights.list(new SavedInsights.Search(null, null, null, null, 50), InsightReaders.require(current)).insights();
        }
        return choices;
    }

    public String getSourceType() {
        return sourceType;
    }

    public void setSourceType(String sourceType) {
        this.sourceType = sourceType;
    }

    public String getSourceId() {
        return sourceId;
    }

    public void setSourceId(String sourceId) {
        this.sourceId = sourceId;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }
}
