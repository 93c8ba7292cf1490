package org.kring.members.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.kring.platform.problems.DatabaseUnavailable;
import org.kring.platform.problems.Problem;

/**
 * An API request whose caller {@link KringAuthentication} could not identify is answered here, before any resource,
 * also on endpoints that anonymous visitors may use (the client believes it is logged in):
 * a bearer token that is unknown, expired or revoked gets a 401 problem+json (logging in again, POST auth/token, is let
 * through); a request whose token or session could not be looked up because the database is away gets a 503.
 */
@Provider
@PreMatching
public class UnidentifiedCallerFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getAttribute(KringAuthentication.DATABASE_UNAVAILABLE) instanceof Throwable failure) {
            context.abortWith(DatabaseUnavailable.answer(failure));
            return;
        }
        if (!Boolean.TRUE.equals(request.getAttribute(KringAuthentication.REJECTED_TOKEN))) {
            return;
        }
        String path = context.getUriInfo().getPath();
        if ("POST".equals(context.getMethod()) && path.replaceAll("^/|/$", "").equals("auth/token")) {
            return;
        }
        context.abortWith(Problem.of(Response.Status.UNAUTHORIZED,
                        "This token is not valid: unknown, expired or revoked. Get a new one from POST /api/v1/auth/token.")
                .toResponseBuilder()
                .header("WWW-Authenticate", "Bearer realm=\"kring\", error=\"invalid_token\"")
                .build());
    }
}
