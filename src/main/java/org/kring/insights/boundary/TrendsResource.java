package org.kring.insights.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.insights.control.Trends;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.platform.problems.InvalidInput;

/** Trends of the workbench's current filter, for analysts and admins. */
@Path("insights/trends")
@Produces(MediaType.APPLICATION_JSON)
public class TrendsResource {

    static final String EXAMPLE = """
            {"from": "2025-12-01T00:00:00Z", "to": "2026-11-30T23:59:59.999Z", "interval": "month",
             "series": [{"start": "2025-12", "contributions": 410, "votes": 1220, "members": 96,
                         "previousContributions": 250, "previousVotes": 700, "previousMembers": 71}],
             "rising": [{"dimension": "tag", "value": "statiegeld", "count": 60, "previousCount": 8, "change": 650}],
             "falling": [{"dimension": "tag", "value": "dark-mode", "count": 4, "previousCount": 41, "change": -90}]}""";

    @Inject
    CurrentMember member;

    @Inject
    Trends trends;

    @GET
    @Operation(summary = "Contributions, votes and members per day, week or month, beside the period before (analysts, admins)",
            description = "The same filters as explore; the period is from/to (when absent: 30 days by day, 13 weeks by week, "
                    + "12 months by month, up to now). votes are those of the contributions made in the bucket. rising and "
                    + "falling: tags and topics with at least minVolume contributions in one of the two periods.")
    @APIResponse(responseCode = "200", description = "The series and the movers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Trends.Trend.class),
                    examples = @ExampleObject(name = "a year by month", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A bad filter, by field")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    @APIResponse(responseCode = "503", description = "Elasticsearch does not answer")
    public Trends.Trend get(@BeanParam QuestionParameters parameters,
                            @Parameter(description = "day, week or month (default)") @QueryParam("interval") @DefaultValue("month") String interval,
                            @Parameter(description = "least contributions for a rising or falling value (5)") @QueryParam("minVolume") String minVolume) {
        member.requireRole(Role.ANALYST, Role.ADMIN);
        Trends.Interval every;
        try {
            every = Trends.Interval.valueOf(interval.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("interval", "must be day, week or month");
        }
        Integer volume = QuestionParameters.whole("minVolume", minVolume);
        return trends.trend(parameters.question(), every, volume == null ? Trends.DEFAULT_MIN_VOLUME : volume);
    }
}
