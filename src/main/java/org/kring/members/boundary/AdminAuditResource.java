package org.kring.members.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.platform.audit.AdminAction;
import org.kring.platform.audit.AdminLog;
import org.kring.platform.problems.KeysetPaged;

/** The admin audit log for admins (here because reading it needs the caller's role, which members knows). */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AdminAuditResource {

    /** One line of the admin audit log. */
    @JsonbNillable
    public record AuditLine(long id, long adminId, String action, String targetType, long targetId, String before,
                            String after, Instant at) {
        static AuditLine of(AdminAction a) {
            return new AuditLine(a.getId(), a.getAdminId(), a.getAction(), a.getTargetType(), a.getTargetId(),
                    a.getStateBefore(), a.getStateAfter(), a.getCreatedAt());
        }
    }

    /** A page of the log, newest first; next is the {@code before} of the next page (null: no more). */
    @JsonbNillable
    public record AuditPage(List<AuditLine> actions, Long next) {
    }

    static final String AUDIT_EXAMPLE = """
            {"actions": [{"id": 204, "adminId": 3, "action": "ROLE_CHANGED", "targetType": "MEMBER", "targetId": 118,
              "before": "MEMBER", "after": "MODERATOR", "at": "2026-11-30T12:00:00Z"}], "next": null}""";

    @Inject
    CurrentMember member;

    @Inject
    AdminLog log;

    @GET
    @Operation(summary = "The admin audit log, newest first (admins)",
            description = "Every change an admin made to topics, challenges and roles, with the state before and after. "
                    + "targetType (TOPIC, CHALLENGE, MEMBER, SETTING, CHANNEL_LINK) and targetId filter; before pages (the previous page's next).")
    @APIResponse(responseCode = "200", description = "A page of the log",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditPage.class),
                    examples = @ExampleObject(name = "a role change", value = AUDIT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "limit is not between 1 and 100, or targetId without targetType")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @KeysetPaged("before")
    public AuditPage audit(@QueryParam("targetType") String targetType, @QueryParam("targetId") Long targetId,
                           @QueryParam("before") Long before, @QueryParam("limit") @DefaultValue("50") int limit) {
        member.requireRole(Role.ADMIN);
        List<AdminAction> lines = log.list(targetType, targetId, before, limit);
        Long next = lines.size() == limit ? lines.getLast().getId() : null;
        return new AuditPage(lines.stream().map(AuditLine::of).toList(), next);
    }
}
