package org.kring.insights.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kring.insights.control.ImpactReport;
import org.kring.insights.control.SavedInsights;
import org.kring.members.control.CurrentMember;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.Problem;

/** The printable impact report: a period in the address (a plain GET form), the report or each bad field's message. */
@Named
@RequestScoped
public class ImpactReportBean {

    @Inject
    CurrentMember current;
    @Inject
    ImpactReport reports;

    private String from;
    private String to;
    private ImpactReport.Report report;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public void load() {
        SavedInsights.Reader reader = AnalystPages.admit(current, "/impact-report.xhtml");
        if (reader == null) {
            return;
        }
        try {
            report = reports.report(reports.period(from, to), reader);
            from = report.from().toString();
            to = report.to().toString();
        } catch (InvalidInput invalid) {
            for (Problem.FieldError error : invalid.errors()) {
                errors.putIfAbsent(error.field(), PageMessages.text("impact.invalid." + error.field()));
            }
        }
    }

    /** The CSV of the same period. */
    public String getCsv() {
        return "/api/v1/insights/impact-report/csv?from=" + from + "&to=" + to;
    }

    /** Hours, rounded, for a number of seconds (null stays null). */
    public Long hours(Long seconds) {
        return seconds == null ? null : Math.round(seconds / 3600.0);
    }

    public ImpactReport.Report getReport() {
        return report;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
