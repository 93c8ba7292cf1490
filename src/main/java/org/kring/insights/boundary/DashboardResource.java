package org.kring.insights.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.insights.control.Dashboard;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;

/** The team's dashboard: this week beside last week, for analysts and admins. */
@Path("insights/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    static final String EXAMPLE = """
            {"lastWeekFrom": "2026-11-16T09:00:00Z", "from": "2026-11-23T09:00:00Z", "to": "2026-11-30T09:00:00Z",
             "figures": [{"name": "contributions", "thisWeek": 140, "lastWeek": 112, "change": 25},
                         {"name": "ideas", "thisWeek": 21, "lastWeek": 30, "change": -30},
                         {"name": "threads", "thisWeek": 4, "lastWeek": 0, "change": null},
                         {"name": "posts", "thisWeek": 115, "lastWeek": 82, "change": 40},
                         {"name": "votes", "thisWeek": 410, "lastWeek": 380, "change": 8},
                         {"name": "members", "thisWeek": 96, "lastWeek": 90, "change": 7}],
             "risingThemes": [{"term": "statiegeld", "label": "statiegeld", "language": "nl", "count": 18, "previousCount": 3,
               "change": 500, "score": 2.4, "examples": [{"type": "idea", "id": 118, "title": "Statiegeld op blikjes",
               "excerpt": "Sinds het nieuws over meer statiegeld ..."}]}],
             "voteThreshold": 50, "unansweredTotal": 2,
             "unanswered": [{"id": 612, "title": "Statiegeld op kleine flesjes", "topic": "verpakking", "votes": 74, "waitingDays": 12}],
             "channels": [{"month": "2026-11", "channel": "newsletter", "visits": 120, "signUps": 6, "ideas": 4, "votes": 88,
                           "posts": 9}]}""";

    @Inject
    CurrentMember member;

    @Inject
    Dashboard dashboard;

    @GET
    @Operation(summary = "The team's dashboard: the last 7 days beside the 7 days before (analysts, admins)",
            description = "figures: new published contributions (ideas, standalone threads, posts), votes cast and active members "
                    + "(distinct members who posted or voted), each with its change in percent (null when last week had none). "
                    + "risingThemes: the week's themes used more than the week before. unanswered: published ideas with at least "
                    + "voteThreshold votes that the team has not responded to, most votes first (the first 10 of unansweredTotal). "
                    + "channels: per channel and month (this month and the 5 before) the visits that came through it and the "
                    + "sign-ups, ideas, votes and posts made in them.")
    @APIResponse(responseCode = "200", description = "The dashboard", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Dashboard.View.class), examples = @ExampleObject(name = "a week", value = EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an analyst or admin")
    @APIResponse(responseCode = "503", description = "Elasticsearch does not answer")
    public Dashboard.View get() {
        member.requireRole(Role.ANALYST, Role.ADMIN);
        return dashboard.now();
    }
}
