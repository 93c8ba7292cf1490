package org.kring.members.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kring.members.control.CurrentMember;
import org.kring.members.control.Members;
import org.kring.members.control.Profile;
import org.kring.members.control.Registration;
import org.kring.members.entity.Member;
import org.kring.platform.problems.NotAuthenticated;
import org.kring.platform.problems.NotFound;

@Path("members")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    @Inject
    Members members;

    @Inject
    CurrentMember current;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a new member (role MEMBER); the answer shows the new member's own profile")
    public Response register(Registration registration, @Context UriInfo uri) {
        Registration r = registration == null ? new Registration(null, null, null, null, null, null) : registration;
        Member member = members.register(r);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(member.getId())).build())
                .entity(MemberViews.OwnProfile.of(member)).build();
    }

    @GET
    @Path("me")
    @Operation(summary = "The caller's own profile, with email and profile attributes (401 when anonymous)")
    public MemberViews.OwnProfile me() {
        long id = current.requireId();
        Member member = members.find(id).orElseThrow(() -> new NotAuthenticated(
                "This account no longer exists."));
        return MemberViews.OwnProfile.of(member, current.isModerator());
    }

    @PUT
    @Path("me/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's profile attributes (age band, region, customer type; empty clears one)",
            description = "The insight workbench's segments follow the change: the caller's contributions are indexed again.")
    public MemberViews.OwnProfile changeProfile(Profile profile) {
        long id = current.requireId();
        Member member = members.changeProfile(id, profile == null ? new Profile(null, null, null) : profile);
        return MemberViews.OwnProfile.of(member, current.isModerator());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One member: name and role (the whole profile when it is the caller's own)")
    public MemberViews.MemberView one(@PathParam("id") long id) {
        Member member = members.find(id).orElseThrow(() -> new NotFound("There is no member " + id + "."));
        Optional<Long> caller = current.id();
        return caller.isPresent() && caller.get() == id
                ? MemberViews.OwnProfile.of(member, current.isModerator())
                : MemberViews.PublicMember.of(member);
    }
}
