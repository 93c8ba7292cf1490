package org.kring.insights.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.kring.insights.control.SavedInsights;
import org.kring.insights.entity.InsightState;
import org.kring.members.control.CurrentMember;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.faces.Pages;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;

/**
 * One saved insight: its statement, the filter to re-open, the ideas, the evidence (each quote as quoted, with the
 * author's segment then and whether the source changed or was hidden since), comments to add, its state to change.
 */
@Named
@ViewScoped
public class SavedInsightBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentMember current;
    @Inject
    SavedInsights insights;

    private String idParam;
    private long id;
    private String comment;
    private String state;
    private transient InsightView insight;

    public void load() {
        Long parsed = Pages.id(idParam);
        SavedInsights.Reader reader = AnalystPages.admit(current, "/saved-insight.xhtml?id=" + (parsed == null ? "" : parsed));
        if (reader == null) {
            return;
        }
        if (parsed == null) {
            Pages.notFound();
            return;
        }
        id = parsed;
        try {
            insight = view(reader);
            state = insight.state();
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public void addComment() {
        SavedInsights.Reader reader = InsightReaders.require(current);
        try {
            insights.comment(id, comment, reader);
            Pages.redirect("/saved-insight.xhtml?id=" + id + "#comments");
        } catch (InvalidInput invalid) { // the only field is the comment's text
            PageMessages.on("comment:body", "savedInsight.invalid.comment");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void changeState() {
        SavedInsights.Reader reader = InsightReaders.require(current);
        if (PageMessages.attempt(() -> insights.changeState(id, state, reader), Map.of("state", "stateForm:state"))) {
            Pages.redirect("/saved-insight.xhtml?id=" + id);
        }
    }

    private InsightView view(SavedInsights.Reader reader) {
        SavedInsights.Full full = insights.full(id, reader);
        return InsightView.of(full, insights.mayChange(full.insight(), reader));
    }

    public InsightView getInsight() {
        if (insight == null && id > 0) {
            insight = view(InsightReaders.require(current));
        }
        return insight;
    }

    public List<InsightState> getStates() {
        return List.of(InsightState.values());
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
