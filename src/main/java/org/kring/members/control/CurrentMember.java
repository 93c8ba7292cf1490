package org.kring.members.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import org.kring.members.entity.Member.Role;
import org.kring.platform.moderation.Audience;
import org.kring.platform.problems.Forbidden;
import org.kring.platform.problems.NotAuthenticated;

/**
 * Who is calling: the authenticated member of this request (bearer token for the API, the session
 * for pages). The caller principal's name is the member id; the groups are the role names.
 * Every feature asks this bean, on the server, before it does anything on a member's behalf.
 */
@RequestScoped
public class CurrentMember {

    @Inject
    SecurityContext security;

    /**
     * Roles are asked of the request: on Payara 6 {@code SecurityContext.isCallerInRole} answers false
     * for a caller that the request's own authentication mechanism just logged in (verified in
     * MembersIT), while {@code HttpServletRequest.isUserInRole} answers right.
     */
    @Inject
    HttpServletRequest request;

    /** The caller as this request's authentication read them (null for a visitor): a write asks it, not the database again. */
    private Caller authenticated;

    /** Called by the authentication mechanism once it knows who the caller is. */
    public void authenticatedAs(Caller caller) {
        this.authenticated = caller;
    }

    /** The caller as read when this request was authenticated, when that is the given member; null otherwise. */
    Caller asAuthenticated(long memberId) {
        return authenticated != null && authenticated.id() == memberId ? authenticated : null;
    }

    /** The member's id, or empty for an anonymous visitor. */
    public Optional<Long> id() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(caller.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The member's id; a 401 for an anonymous visitor. */
    public long requireId() {
        return id().orElseThrow(() -> new NotAuthenticated(
                "Log in first: send a bearer token from POST /api/v1/auth/token."));
    }

    public boolean hasRole(Role role) {
        return id().isPresent() && request.isUserInRole(role.name());
    }

    /** Moderators and admins may act on other members' content. */
    public boolean isModerator() {
        return hasRole(Role.MODERATOR) || hasRole(Role.ADMIN);
    }

    /**
     * Who the caller is to moderated content: staff (moderators, admins) see hidden content, everyone else not; a
     * member also sees their own contributions that wait for a moderator.
     */
    public Audience audience() {
        return isModerator() ? Audience.STAFF : id().map(Audience::member).orElse(Audience.PUBLIC);
    }

    /**
     * Earlier wordings of a member's text are theirs: only the author and moderators read them (an edit may have taken
     * out something personal). A 401 for a visitor, a 403 for anyone else.
     */
    public void requireRevisionReader(long authorId) {
        if (requireId() != authorId && !isModerator()) {
            throw new Forbidden("Only the author and moderators see earlier wordings.");
        }
    }

    /** A 401 for an anonymous visitor, a 403 for a member without any of these roles. */
    public long requireRole(Role... roles) {
        long id = requireId();
        if (Arrays.stream(roles).noneMatch(this::hasRole)) {
            throw new Forbidden("This needs the role " + Arrays.toString(roles) + ".");
        }
        return id;
    }
}
