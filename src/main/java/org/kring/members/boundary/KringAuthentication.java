package org.kring.members.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import org.kring.members.control.AccountUnlock;
import org.kring.members.control.AuthTokens;
import org.kring.members.control.Caller;
import org.kring.members.control.CurrentMember;
import org.kring.members.control.Logins;
import org.kring.members.control.Members;
import org.kring.members.entity.Member;
import org.kring.platform.http.ApiPaths;
import org.kring.platform.http.ClientAddress;
import org.kring.platform.problems.DatabaseUnavailable;
import org.kring.platform.problems.Forbidden;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;
import org.kring.platform.problems.NotAuthenticated;

/**
 * Kring's one authentication mechanism (Jakarta Security; Payara activates it because this CDI bean
 * exists, web.xml needs no login-config). On every request:
 * <ol>
 * <li>{@code Authorization: Bearer <token>}: the token must be known, not expired or revoked, and its
 * member not suspended. Then the caller is the member (principal name = member id, group = role).
 * A bad token leaves the caller anonymous and marks the request; {@link UnidentifiedCallerFilter} then
 * answers 401 problem+json (never the container's HTML error page). So does a lookup that failed because the
 * database is away: the API answers 503.</li>
 * <li>The web login: when a page calls {@code SecurityContext.authenticate(request, response,
 * withParams().credential(new UsernamePasswordCredential(email, password)))}, the password is checked
 * (throttled like the API) and the member id is kept in the HTTP session. A refusal returns
 * SEND_FAILURE and leaves the exception in the request attribute {@link #LOGIN_REFUSAL}. The unlock page does the same
 * with an {@link UnlockLinkCredential}: the mailed one-time link of a locked account, instead of the password.</li>
 * <li>A session from that login: the member is looked up again on each request, so a suspension or a new role
 * counts at once. The API takes the session cookie for reading only (GET, HEAD: the pages' downloads, such as the
 * insight workbench's export); a request that changes something needs the bearer token, as a page on another site
 * could make a logged-in browser send the cookie (CSRF) but can never read an answer or send the token.</li>
 * <li>Otherwise nothing: the caller is anonymous. Authorization happens in code, via CurrentMember.</li>
 * </ol>
 * Why not {@code @AutoApplySession}: it would register a container session for every successful
 * bearer request too (a session and a cookie per API call, replicated through Hazelcast, and still
 * valid after the token is revoked), and Payara loses the groups of such sessions when a request
 * reaches another cluster member (payara/Payara#6342). Keeping the member id as a plain session
 * attribute replicates safely and is re-checked against the database.
 */
@ApplicationScoped
public class KringAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute set when a request carried a bearer token that is not (or no longer) valid. */
    public static final String REJECTED_TOKEN = "org.kring.members.rejectedToken";
    /** Request attribute with the failure when the caller could not be looked up because the database is away. */
    public static final String DATABASE_UNAVAILABLE = "org.kring.members.databaseUnavailable";
    /** Request attribute with the refusal (wrong credentials or a suspended account) of a web login. */
    public static final String LOGIN_REFUSAL = "org.kring.members.loginRefusal";
    /** Session attribute: the id of the member who logged in on the web. */
    static final String SESSION_MEMBER = "org.kring.members.memberId";

    @Inject
    ClientAddress clientAddress;

    @Inject
    AuthTokens tokens;

    @Inject
    Logins logins;

    @Inject
    Members members;

    @Inject
    AccountUnlock unlock;

    @Inject
    CurrentMember current;


    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return webLogin(request, context, credential);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof UnlockLinkCredential link) {
            return unlockLogin(request, context, link);
        }
        try {
            return tokenOrSession(request, context);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            request.setAttribute(DATABASE_UNAVAILABLE, e);
            return context.doNothing();
        }
    }

    private AuthenticationStatus tokenOrSession(HttpServletRequest request, HttpMessageContext context) {
        String token = bearerToken(request.getHeader("Authorization"));
        if (token != null) {
            Optional<Caller> caller = tokens.callerFor(token);
            if (caller.isEmpty()) {
                request.setAttribute(REJECTED_TOKEN, Boolean.TRUE);
                return context.doNothing();
            }
            return loggedIn(context, caller.get());
        }
        HttpSession session = ApiPaths.isApi(request) && !isSafe(request) ? null : request.getSession(false);
        if (session != null && session.getAttribute(SESSION_MEMBER) instanceof Long id) {
            Optional<Caller> caller = members.caller(id);
            if (caller.isPresent()) {
                return loggedIn(context, caller.get());
            }
            session.removeAttribute(SESSION_MEMBER);
        }
        return context.doNothing();
    }

    private static boolean isSafe(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private AuthenticationStatus webLogin(HttpServletRequest request, HttpMessageContext context,
                                          UsernamePasswordCredential credential) {
        Member member;
        try {
            member = logins.login(credential.getCaller(), credential.getPasswordAsString(), clientAddress.of(request));
        } catch (NotAuthenticated | Forbidden refused) {
            request.setAttribute(LOGIN_REFUSAL, refused);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return startSession(request, context, member);
    }

    /** The one-time link mailed to the owner of a locked account: in despite the lock, once. */
    private AuthenticationStatus unlockLogin(HttpServletRequest request, HttpMessageContext context, UnlockLinkCredential link) {
        Member member;
        try {
            member = unlock.use(link.token());
        } catch (InvalidInput | NotFound | Forbidden refused) {
            request.setAttribute(LOGIN_REFUSAL, refused);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return startSession(request, context, member);
    }

    private AuthenticationStatus startSession(HttpServletRequest request, HttpMessageContext context, Member member) {
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: a new id for the logged-in session
        }
        request.getSession(true).setAttribute(SESSION_MEMBER, member.getId());
        return loggedIn(context, Caller.of(member));
    }

    /** Logging out on the web (request.logout()) forgets the member in the session. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_MEMBER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus loggedIn(HttpMessageContext context, Caller caller) {
        current.authenticatedAs(caller);
        return context.notifyContainerAboutLogin(String.valueOf(caller.id()), Set.of(caller.role().name()));
    }

    /** The token of an "Authorization: Bearer <token>" header; null for any other header or none. */
    static String bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() ? null : token;
    }
}
