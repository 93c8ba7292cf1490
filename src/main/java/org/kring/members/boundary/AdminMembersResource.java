package org.kring.members.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.members.control.MemberRoles;
import org.kring.members.entity.Member;
import org.kring.members.entity.Member.Role;
import org.kring.platform.problems.KeysetPaged;

/** Roles for admins: find members, list the staff, give a member a role. */
@Path("admin/members")
@Produces(MediaType.APPLICATION_JSON)
public class AdminMembersResource {

    /** A member as admins see them to give a role: with the e-mail address, so the right person is found. */
    public record RoleHolder(long id, String displayName, String email, String role) implements Serializable {
        public static RoleHolder of(Member m) {
            return new RoleHolder(m.getId(), m.getDisplayName(), m.getEmail(), m.getRole().name());
        }
    }

    /** A page of members by id; next is the {@code after} of the next page (null: no more). */
    @JsonbNillable
    public record RoleHolderPage(List<RoleHolder> members, Long next) {
    }

    /** The role to give. */
    public record RoleChange(String role) {
    }

    static final String HOLDER_EXAMPLE = """
            {"id": 118, "displayName": "Sanne de Vries", "email": "sanne@example.com", "role": "MODERATOR"}""";

    static final String PAGE_EXAMPLE = "{\"members\": [" + HOLDER_EXAMPLE + "], \"next\": null}";

    @Inject
    CurrentMember member;

    @Inject
    MemberRoles roles;

    @GET
    @Operation(summary = "The staff, or the members found by e-mail address or name (admins)",
            description = "Without q: every member whose role is not MEMBER. With q: the member with that e-mail address and "
                    + "those whose display name starts with q (any case). By id, paged with after (the previous page's next).")
    @APIResponse(responseCode = "200", description = "A page of members",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoleHolderPage.class),
                    examples = @ExampleObject(name = "one moderator", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "limit is not between 1 and 100, or q is longer than 200 characters")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @KeysetPaged("after")
    public RoleHolderPage members(@QueryParam("q") String q, @QueryParam("after") Long after,
                                  @QueryParam("limit") @DefaultValue("50") int limit) {
        member.requireRole(Role.ADMIN);
        List<Member> found = roles.find(q, after, limit);
        Long next = found.size() == limit ? found.getLast().getId() : null;
        return new RoleHolderPage(found.stream().map(RoleHolder::of).toList(), next);
    }

    @PUT
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a member a role (admins)",
            description = "role: MEMBER, MODERATOR, ANALYST or ADMIN. The change is in the admin audit log (who, when, from → "
                    + "to) and counts from the member's next request, with the tokens and sessions they have. The last admin "
                    + "cannot lose the role.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoleChange.class),
            examples = @ExampleObject(name = "make a moderator", value = "{\"role\": \"MODERATOR\"}")))
    @APIResponse(responseCode = "200", description = "The member with the role",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoleHolder.class),
                    examples = @ExampleObject(name = "a new moderator", value = HOLDER_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "role is not one of MEMBER, MODERATOR, ANALYST, ADMIN")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such member")
    @APIResponse(responseCode = "409", description = "The member is the last admin (field role)")
    public RoleHolder changeRole(@PathParam("id") long id, RoleChange change) {
        long admin = member.requireRole(Role.ADMIN);
        return RoleHolder.of(roles.change(id, change == null ? null : change.role(), admin));
    }
}
