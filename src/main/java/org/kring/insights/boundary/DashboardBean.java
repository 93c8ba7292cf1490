package org.kring.insights.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.kring.insights.control.Dashboard;
import org.kring.insights.control.Themes;
import org.kring.members.control.CurrentMember;

/** The dashboard page: the same view as the API, with arrows and a link from each theme to the workbench. */
@Named
@RequestScoped
public class DashboardBean {

    @Inject
    CurrentMember current;
    @Inject
    Dashboard dashboard;

    private Dashboard.View view;

    public void load() {
        if (AnalystPages.admit(current, "/dashboard.xhtml") != null) {
            view = dashboard.now();
        }
    }

    public Dashboard.View getView() {
        return view;
    }

    /** up, down or same: the arrow of a figure's change. */
    public String direction(Dashboard.Figure figure) {
        return figure.thisWeek() > figure.lastWeek() ? "up" : figure.thisWeek() < figure.lastWeek() ? "down" : "same";
    }

    /** The workbench on this theme in this week. */
    public String workbench(Themes.Theme theme) {
        return "/insights.xhtml?q=" + URLEncoder.encode(theme.label(), StandardCharsets.UTF_8) + "&language=" + theme.language()
                + "&from=" + view.from().toString().substring(0, 10) + "&to=" + view.to().toString().substring(0, 10);
    }
}
