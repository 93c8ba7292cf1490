package org.kring.members.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.AuthTokens;
import org.kring.members.control.CurrentMember;
import org.kring.members.control.Logins;
import org.kring.members.entity.Member;
import org.kring.platform.http.ClientAddress;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotAuthenticated;

@Path("auth/token")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record Credentials(String email, String password) {
    }

    /** A new token; send it as "Authorization: Bearer <token>". */
    public record TokenIssued(String token, Instant expiresAt, MemberViews.OwnProfile member) {
    }

    static final String TOKEN_EXAMPLE = """
            {"token": "zXX7Spubn0BYrGik3Mo__lcX9Ty8Knkufr6e6AceQlw", "expiresAt": "2026-12-30T10:00:00Z",
             "member": {"id": 1234, "displayName": "Sanne de Vries", "role": "MEMBER", "email": "sanne@example.nl",
               "ageBand": "35-44", "region": "Utrecht", "customerType": "consumer", "moderator": false,
               "createdAt": "2026-10-12T18:20:00Z", "emailVerified": true}}""";

    @Inject
    ClientAddress clientAddress;

    @Inject
    Logins logins;

    @Inject
    AuthTokens tokens;

    @Inject
    CurrentMember current;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in with email and password: a bearer token for the API (401 wrong credentials, 429 too many failures)")
    @APIResponse(responseCode = "200", description = "Logged in: the token and my profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenIssued.class),
                    examples = @ExampleObject(name = "a member", value = TOKEN_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "email is empty or longer than 254 characters, or password is empty")
    @APIResponse(responseCode = "401", description = "Wrong email or password")
    @APIResponse(responseCode = "403", description = "The account is suspended")
    @APIResponse(responseCode = "429", description = "Too many failed logins; see Retry-After")
    public TokenIssued login(Credentials credentials, @Context HttpServletRequest request) {
        Credentials c = credentials == null ? new Credentials(null, null) : credentials;
        InvalidInput.check()
                .text("email", c.email(), 1, 254)
                .that("password", c.password() != null && !c.password().isEmpty(), "must not be empty")
                .orThrow();
        Member member = logins.login(c.email(), c.password(), clientAddress.of(request));
        AuthTokens.Issued issued = tokens.issue(member);
        return new TokenIssued(issued.token(), issued.expiresAt(), MemberViews.OwnProfile.of(member));
    }

    @DELETE
    @Operation(summary = "Log out: revoke the bearer token of this request")
    @APIResponse(responseCode = "204", description = "Logged out; the token is no longer valid")
    @APIResponse(responseCode = "401", description = "Not logged in, or no bearer token was sent")
    public void logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        current.requireId();
        String token = KringAuthentication.bearerToken(authorization);
        if (token == null || !tokens.revoke(token)) {
            throw new NotAuthenticated("Send the bearer token that should end.");
        }
    }
}
