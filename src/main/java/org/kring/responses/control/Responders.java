package org.kring.responses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;

/**
 * Who speaks for the team: analysts and admins change statuses and answer ideas; moderators too when
 * {@code KRING_RESPONSES_MODERATORS_RESPOND} is true (a small community whose moderators are its team).
 */
@ApplicationScoped
public class Responders {

    @Inject
    @ConfigProperty(name = "kring.responses.moderators-respond", defaultValue = "false")
    boolean moderatorsRespond;

    @Inject
    CurrentMember current;

    /** The caller's id; a 401 for a visitor, a 403 for a member who may not respond. */
    public long require() {
        return moderatorsRespond ? current.requireRole(Role.ANALYST, Role.ADMIN, Role.MODERATOR)
                : current.requireRole(Role.ANALYST, Role.ADMIN);
    }

    /** Whether the caller may respond (pages show the team's form only then). */
    public boolean isResponder() {
        return current.hasRole(Role.ANALYST) || current.hasRole(Role.ADMIN) || moderatorsRespond && current.hasRole(Role.MODERATOR);
    }
}
