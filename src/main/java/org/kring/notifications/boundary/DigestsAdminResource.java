package org.kring.notifications.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.notifications.control.DigestWorker;
import org.kring.notifications.control.Digests;
import org.kring.notifications.entity.Delivery;
import org.kring.platform.problems.InvalidInput;

/** Admins run a period's digests now (they also run by themselves once the day or week has turned, UTC). */
@Path("admin/digests")
@Produces(MediaType.APPLICATION_JSON)
public class DigestsAdminResource {

    static final List<String> PERIODS = List.of("daily", "weekly", "staff");

    @Inject
    CurrentMember member;

    @Inject
    DigestWorker worker;

    @POST
    @Path("run")
    @Operation(summary = "Make the daily or weekly digests, or the staff's internal digest, now (admins)",
            description = "Every member who chose the period for some kind and has notifications of those kinds since their "
                    + "last digest gets one digest mail (through the mail outbox); the others get none. A second run right "
                    + "after makes nothing. staff: every staff member who subscribed to the weekly internal digest gets it.")
    @APIResponse(responseCode = "200", description = "Members looked at and digests made",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Digests.Run.class),
                    examples = @ExampleObject(name = "daily", value = "{\"period\": \"DAILY\", \"members\": 120, \"digests\": 37}")))
    @APIResponse(responseCode = "400", description = "period is not daily, weekly or staff")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Digests.Run run(@QueryParam("period") String period) {
        member.requireRole(Role.ADMIN);
        InvalidInput.check().that("period", period != null && PERIODS.contains(period), "must be one of " + PERIODS).orThrow();
        return "staff".equals(period) ? worker.runStaffNow() : worker.runNow(Delivery.valueOf(period.toUpperCase(Locale.ROOT)));
    }
}
