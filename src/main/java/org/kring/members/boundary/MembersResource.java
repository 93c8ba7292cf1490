package org.kring.members.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kring.members.control.CurrentMember;
import org.kring.members.control.Members;
import org.kring.members.entity.Member;
import org.kring.platform.problems.InvalidInput;

@Path("members")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    /** One @, something before it, a dot in the domain, no spaces: the mail itself proves the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    @Inject
    Members members;

    @Inject
    CurrentMember current;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a new member (role MEMBER); the answer shows the new member's own profile")
    public Response register(Members.Registration registration, @Context UriInfo uri) {
        Members.Registration r = registration == null
                ? new Members.Registration(null, null, null, null, null, null) : registration;
        check(r);
        Member member = members.register(r);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(member.getId())).build())
                .entity(MemberViews.OwnProfile.of(member)).build();
    }

    @GET
    @Path("me")
    @Operation(summary = "The caller's own profile, with email and profile attributes (401 when anonymous)")
    public MemberViews.OwnProfile me() {
        long id = current.requireId();
        Member member = members.find(id).orElseThrow(() -> new NotAuthorizedException(
                "This account no longer exists.", CurrentMember.CHALLENGE));
        return MemberViews.OwnProfile.of(member, current.isModerator());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One member: name and role (the whole profile when it is the caller's own)")
    public Object one(@PathParam("id") long id) {
        Member member = members.find(id).orElseThrow(() -> new NotFoundException("There is no member " + id + "."));
        Optional<Long> caller = current.id();
        return caller.isPresent() && caller.get() == id
                ? MemberViews.OwnProfile.of(member, current.isModerator())
                : MemberViews.PublicMember.of(member);
    }

    static void check(Members.Registration r) {
        String email = Members.normaliseEmail(r.email());
        InvalidInput.check()
                .that("email", email != null && !email.isEmpty(), "must not be empty")
                .that("email", email == null || email.isEmpty() || email.length() <= 254 && EMAIL.matcher(email).matches(),
                        "must be a valid email address of at most 254 characters")
                .text("displayName", r.displayName(), 2, 60)
                .that("password", r.password() != null && r.password().length() >= 10 && r.password().length() <= 200,
                        "must be 10 to 200 characters")
                .that("ageBand", r.ageBand() == null || Members.AGE_BANDS.contains(r.ageBand()),
                        "must be one of " + Members.AGE_BANDS)
                .that("region", r.region() == null || r.region().strip().length() <= 60, "must be at most 60 characters")
                .that("customerType", r.customerType() == null || Members.CUSTOMER_TYPES.contains(r.customerType()),
                        "must be one of " + Members.CUSTOMER_TYPES)
                .orThrow();
    }
}
