package org.kring.notifications.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.notifications.control.StaffDigests;

/** The staff's switch for the weekly internal digest, on the notification preferences page. */
@Named
@RequestScoped
public class StaffDigestBean {

    @Inject
    CurrentMember current;
    @Inject
    StaffDigests digests;

    private Boolean subscribed;

    public boolean isStaff() {
        return current.hasRole(Role.MODERATOR) || current.hasRole(Role.ANALYST) || current.hasRole(Role.ADMIN);
    }

    public boolean isSubscribed() {
        if (subscribed == null) {
            subscribed = isStaff() && digests.subscribed(current.requireId());
        }
        return subscribed;
    }

    /** Turns the digest on when it is off, and off when it is on. */
    public void toggle() {
        long me = current.requireRole(Role.MODERATOR, Role.ANALYST, Role.ADMIN);
        if (isSubscribed()) {
            digests.unsubscribe(me);
        } else {
            digests.subscribe(me, Instant.now());
        }
        subscribed = !subscribed;
    }
}
