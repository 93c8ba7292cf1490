package org.kring.insights.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.insights.control.ImpactReport;
import org.kring.insights.control.SavedInsights;
import org.kring.members.control.CurrentMember;

/** The impact report for management, as JSON and as CSV, for analysts and admins. */
@Path("insights/impact-report")
public class ImpactReportResource {

    static final String EXAMPLE = """
            {"from": "2026-07-01", "to": "2026-09-30",
             "participation": {"members": 212, "newMembers": 40, "returningMembers": 172, "contributions": 1310, "ideas": 140,
                               "threads": 31, "posts": 1139, "votes": 1620},
             "ideas": {"answered": 96, "planned": 12, "done": 5},
             "responseTimes": {"answered": 90, "medianSeconds": 259200, "withinTarget": 70, "due": 101, "sharePercent": 69},
             "pilots": [{"item": "Statiegeld op blikjes", "link": "/idea.xhtml?id=118", "owner": "Analist Anna",
                         "start": "2026-08-01", "expectedReturn": "10 % minder afval", "outcome": null, "learning": null}],
             "themes": [{"label": "statiegeld", "language": "nl", "count": 48}],
             "channels": [{"month": "2026-09", "channel": "newsletter", "visits": 340, "signUps": 12, "ideas": 9, "votes": 210,
                           "posts": 31}]}""";

    static final String CSV_EXAMPLE = """
            \uFEFFsection,figure,value
            period,from,2026-07-01
            period,to,2026-09-30
            participation,members,212
            ideas,answered,96
            """;

    static final String PERIOD = "from and to: days (2026-07-01), both inclusive, at most 3 years apart; without both the last "
            + "full calendar quarter, with one of them 90 days from or up to it.";

    @Inject
    CurrentMember member;

    @Inject
    ImpactReport reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The impact report of a period: participation, ideas answered, planned and done, response times, "
            + "pilots, themes and channels (analysts, admins)", description = PERIOD + " channels: visits per channel and month "
            + "(a link's utm_source/utm_medium or an admin's short link) and the sign-ups, ideas, votes and posts made in them, "
            + "for the whole months the period touches.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImpactReport.Report.class), examples = @ExampleObject(name = "a quarter", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A bad period, by field (from, to)")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    @APIResponse(responseCode = "503", description = "Elasticsearch does not answer")
    public ImpactReport.Report json(@Parameter(description = "first day") @QueryParam("from") String from,
                                    @Parameter(description = "last day") @QueryParam("to") String to) {
        SavedInsights.Reader reader = InsightReaders.require(member);
        return reports.report(reports.period(from, to), reader);
    }

    @GET
    @Path("csv")
    @Produces(ExportResource.CSV)
    @Operation(summary = "The impact report of a period as CSV (analysts, admins)", description = PERIOD
            + " UTF-8 with a byte order mark; one line per figure (section, figure, value), then the pilots, the themes and the "
            + "channels per month.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = ExportResource.CSV,
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "a quarter", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A bad period, by field (from, to)")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    @APIResponse(responseCode = "503", description = "Elasticsearch does not answer")
    public Response csv(@Parameter(description = "first day") @QueryParam("from") String from,
                        @Parameter(description = "last day") @QueryParam("to") String to) {
        SavedInsights.Reader reader = InsightReaders.require(member);
        ImpactReport.Report report = reports.report(reports.period(from, to), reader);
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ImpactReport.csv(report, writer);
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"kring-impact-" + report.from() + "-"
                + report.to() + ".csv\"").build();
    }
}
