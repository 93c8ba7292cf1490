package org.kring.members.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.AccountUnlock;
import org.kring.members.control.AuthTokens;
import org.kring.members.entity.Member;
import org.kring.platform.problems.Problem;

@Path("auth/unlock")
@Produces(MediaType.APPLICATION_JSON)
public class UnlockResource {

    @Inject
    AccountUnlock unlock;

    @Inject
    AuthTokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in with the one-time link mailed when failed logins from many addresses locked the account",
            description = "The mail's link opens the page unlock.xhtml?token=...; API clients send the token here. The link "
                    + "works once, within an hour, despite the lock; the lock itself stays until the failures age out.")
    @APIResponse(responseCode = "200", description = "Logged in: a bearer token and my profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthResource.TokenIssued.class),
                    examples = @ExampleObject(name = "a member", value = AuthResource.TOKEN_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "token is unknown, has expired or was already used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "used twice", value = MembersResource.LINK_REFUSED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "The account is suspended")
    public AuthResource.TokenIssued unlock(MembersResource.LinkToken token) {
        Member member = unlock.use(token == null ? null : token.token());
        AuthTokens.Issued issued = tokens.issue(member);
        return new AuthResource.TokenIssued(issued.token(), issued.expiresAt(), MemberViews.OwnProfile.of(member));
    }
}
