package org.kring.notifications.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kring.members.control.CurrentMember;
import org.kring.notifications.control.Notifications;

/** The header's bell: my unread notifications (one indexed count per page, only for a logged-in member). */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    Notifications notifications;

    @Inject
    CurrentMember current;

    private Integer unread;

    public int getUnread() {
        if (unread == null) {
            unread = current.id().map(notifications::unread).orElse(0);
        }
        return unread;
    }

    /** The count as the bell shows it: nothing, 1–99, or 99+. */
    public String getShown() {
        int count = getUnread();
        return count == 0 ? "" : count > Notifications.UNREAD_SHOWN ? Notifications.UNREAD_SHOWN + "+" : String.valueOf(count);
    }
}
