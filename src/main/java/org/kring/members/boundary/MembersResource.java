package org.kring.members.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.AccountErasure;
import org.kring.members.control.CurrentMember;
import org.kring.members.control.EmailVerification;
import org.kring.members.control.Members;
import org.kring.members.control.PersonalDataExport;
import org.kring.members.control.Profile;
import org.kring.members.control.Registration;
import org.kring.members.entity.Member;
import org.kring.platform.http.ClientAddress;
import org.kring.platform.problems.NotAuthenticated;
import org.kring.platform.problems.NotFound;
import org.kring.platform.problems.Problem;

@Path("members")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    @Inject
    Members members;

    @Inject
    CurrentMember current;

    @Inject
    ClientAddress clientAddress;

    @Inject
    PersonalDataExport export;

    @Inject
    AccountErasure erasure;

    @Inject
    EmailVerification verification;

    static final String EXPORT_EXAMPLE = "{\"memberId\":1234,\"exportedAt\":\"2026-11-30T10:00:00Z\","
            + "\"account\":{\"profile\":[{\"id\":1234,\"email\":\"fenna@example.org\",\"displayName\":\"Fenna\"}],"
            + "\"sessions\":[]},\"discussions\":{\"threads\":[],\"posts\":[],\"earlierWordings\":[],\"likes\":[]},"
            + "\"follows\":[],\"ideas\":{\"ideas\":[],\"earlierWordings\":[]},\"votes\":[]}";

    static final String PROFILE_EXAMPLE = """
            {"id": 1234, "displayName": "Sanne de Vries", "role": "MEMBER", "email": "sanne@example.nl",
             "ageBand": "35-44", "region": "Utrecht", "customerType": "consumer", "moderator": false,
             "createdAt": "2026-10-12T18:20:00Z", "emailVerified": true}""";

    static final String PUBLIC_EXAMPLE = "{\"id\": 1234, \"displayName\": \"Sanne de Vries\", \"team\": false}";

    /** The answer to every accepted sign-up, known address or not. */
    public record SignUpAccepted(String message) {
        static final SignUpAccepted CHECK_YOUR_MAIL = new SignUpAccepted("Check your mail: we sent a message to this "
                + "address. A new member follows its link to verify the address before posting.");
    }

    /** A link's token from a mail. */
    public record LinkToken(String token) {
    }

    static final String ACCEPTED_EXAMPLE = "{\"message\": \"Check your mail: we sent a message to this address. A new member "
            + "follows its link to verify the address before posting.\"}";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign up: the same 202 whether or not the address is registered; the rest happens by mail",
            description = "A new address becomes a member (role MEMBER) who may log in and read, and posts, votes, likes "
                    + "or flags once they followed the verification link mailed to the address (valid 24 hours, once). "
                    + "The owner of a registered address gets a mail that someone tried to sign up with it instead, so "
                    + "the answer does not tell whether an address is a member. Limited per client address and network.")
    @APIResponse(responseCode = "202", description = "Accepted: check your mail",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignUpAccepted.class),
                    examples = @ExampleObject(name = "any address", value = ACCEPTED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "email, displayName, password, ageBand, region or customerType is not valid")
    @APIResponse(responseCode = "409", description = "The same new address is being signed up at this very moment; try again")
    @APIResponse(responseCode = "429", description = "Too many sign-ups from this address or network; see Retry-After")
    public Response register(Registration registration, @Context HttpServletRequest request) {
        Registration r = registration == null ? new Registration(null, null, null, null, null, null) : registration;
        members.register(r, clientAddress.of(request), language(request));
        return Response.accepted(SignUpAccepted.CHECK_YOUR_MAIL).build();
    }

    @POST
    @Path("verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify my e-mail address with the token from the sign-up mail (no login needed)",
            description = "The link in the mail opens the page verify-email.xhtml?token=...; this is the same for API clients.")
    @APIResponse(responseCode = "204", description = "Verified: the member may now post, vote, like and flag")
    @APIResponse(responseCode = "400", description = "token is unknown, has expired (after 24 hours) or was already used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "used twice", value = LINK_REFUSED_EXAMPLE)))
    public Response verify(LinkToken token) {
        verification.verify(token == null ? null : token.token());
        return Response.noContent().build();
    }

    static final String LINK_REFUSED_EXAMPLE = "{\"type\": \"about:blank\", \"title\": \"Bad Request\", \"status\": 400, "
            + "\"errors\": [{\"field\": \"token\", \"reason\": \"was already used\"}]}";

    @POST
    @Path("me/verification-mail")
    @Operation(summary = "Send the e-mail verification link again (a few times an hour)")
    @APIResponse(responseCode = "202", description = "A new link is on its way",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignUpAccepted.class),
                    examples = @ExampleObject(name = "sent", value = ACCEPTED_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "409", description = "The address is verified already")
    @APIResponse(responseCode = "429", description = "Asked too often; see Retry-After")
    public Response resendVerification(@Context HttpServletRequest request) {
        verification.resend(current.requireId(), language(request));
        return Response.accepted(SignUpAccepted.CHECK_YOUR_MAIL).build();
    }

    /** The mail's language: the caller's Accept-Language when it sends one (else the server's locale would decide). */
    private static String language(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? null : request.getLocale().getLanguage();
    }

    @GET
    @Path("me")
    @Operation(summary = "The caller's own profile, with email and profile attributes (401 when anonymous)")
    @APIResponse(responseCode = "200", description = "My profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberViews.OwnProfile.class),
                    examples = @ExampleObject(name = "a member", value = PROFILE_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in, or the account no longer exists")
    public MemberViews.OwnProfile me() {
        long id = current.requireId();
        Member member = members.find(id).orElseThrow(() -> new NotAuthenticated(
                "This account no longer exists."));
        return MemberViews.OwnProfile.of(member, current.isModerator());
    }

    /** Erasing my account: my current password, and whether my ideas and posts go too (else they stay, anonymous). */
    public record ErasureRequest(String password, boolean deleteContent) {
    }

    @GET
    @Path("me/data")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything Kring holds about me, as one JSON document (GDPR export)",
            description = "Account and sign-ins, ideas with earlier wordings, discussions, likes, votes, follows: one "
                    + "section per feature. Streamed; the pages offer the same at /my-data (and a readable page).")
    @APIResponse(responseCode = "200", description = "The export", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "a new member", value = EXPORT_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    public Response myData() {
        long id = current.requireId();
        StreamingOutput body = out -> export.write(id, out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"kring-my-data.json\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("me/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase my account (GDPR)", description = "Needs my current password. My personal data, "
            + "sign-ins and follows are deleted; my votes, likes, ideas and posts stay under an anonymous former member "
            + "(counts stay exact), or with deleteContent my posts are deleted and my ideas emptied and hidden. The search "
            + "index follows within seconds. The erasure is recorded without personal data.")
    @APIResponse(responseCode = "204", description = "Erased; the token used is no longer valid")
    @APIResponse(responseCode = "401", description = "Not logged in, or the password is not the current one")
    public Response erase(ErasureRequest request) {
        long id = current.requireId();
        erasure.erase(id, request == null ? null : request.password(), request != null && request.deleteContent());
        return Response.noContent().build();
    }

    @PUT
    @Path("me/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's profile attributes (age band, region, customer type; empty clears one)",
            description = "The insight workbench's segments follow the change: the caller's contributions are indexed again.")
    @APIResponse(responseCode = "200", description = "My profile as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberViews.OwnProfile.class),
                    examples = @ExampleObject(name = "a member", value = PROFILE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "An age band or customer type that is not offered, or a region over 60 characters")
    @APIResponse(responseCode = "401", description = "Not logged in")
    public MemberViews.OwnProfile changeProfile(Profile profile) {
        long id = current.requireId();
        Member member = members.changeProfile(id, profile == null ? new Profile(null, null, null) : profile);
        return MemberViews.OwnProfile.of(member, current.isModerator());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One member: name and team badge (the whole profile when it is the caller's own)")
    @APIResponse(responseCode = "200", description = "The member: the public view, or my own profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {MemberViews.PublicMember.class, MemberViews.OwnProfile.class}),
                    examples = @ExampleObject(name = "another member", value = PUBLIC_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such member")
    public MemberViews.MemberView one(@PathParam("id") long id) {
        Member member = members.find(id).orElseThrow(() -> new NotFound("There is no member " + id + "."));
        Optional<Long> caller = current.id();
        return caller.isPresent() && caller.get() == id
                ? MemberViews.OwnProfile.of(member, current.isModerator())
                : MemberViews.PublicMember.of(member);
    }
}
