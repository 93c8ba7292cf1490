package org.kring.insights.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kring.insights.control.SavedInsights;
import org.kring.insights.entity.InsightState;
import org.kring.members.control.CurrentMember;
import org.kring.platform.problems.InvalidInput;

/** The list of saved insights: words, a state, newest first, "more" through the keyset cursor (a plain GET form). */
@Named
@RequestScoped
public class SavedInsightsBean {

    private static final int PAGE = 20;

    @Inject
    CurrentMember current;
    @Inject
    SavedInsights insights;

    private String q;
    private String state;
    private String cursor;
    private SavedInsights.Page page;

    public void load() {
        SavedInsights.Reader reader = AnalystPages.admit(current, "/saved-insights.xhtml");
        if (reader == null) {
            return;
        }
        try {
            page = insights.list(new SavedInsights.Search(q, state, null, cursor, PAGE), reader);
        } catch (InvalidInput invalid) { // a hand-made address: the first page of everything
            page = insights.list(new SavedInsights.Search(null, null, null, null, PAGE), reader);
        }
    }

    public List<SavedInsights.Summary> getInsights() {
        return page == null ? List.of() : page.insights();
    }

    /** The next page's address, or null on the last page. */
    public String getMore() {
        if (page == null || page.nextCursor() == null) {
            return null;
        }
        return "/saved-insights.xhtml?cursor=" + page.nextCursor() + (q == null ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                + (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
    }

    public List<InsightState> getStates() {
        return List.of(InsightState.values());
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state == null || state.isBlank() ? null : state;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
