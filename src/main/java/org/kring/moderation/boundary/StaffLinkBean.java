package org.kring.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kring.members.control.CurrentMember;
import org.kring.moderation.control.ModerationQueue;

/** The header's link to the moderator workspace: shown to staff only, with how many items wait for them (their topics'). */
@Named("staffLink")
@RequestScoped
public class StaffLinkBean {

    @Inject
    CurrentMember current;

    @Inject
    ModerationQueue queue;

    private Long waiting;

    public boolean isVisible() {
        return current.isModerator();
    }

    /** A page that counted the waiting items for this request already (the queue page) saves the header its own count. */
    public void counted(long waiting) {
        this.waiting = waiting;
    }

    public long getWaiting() {
        if (waiting == null) {
            waiting = isVisible() ? queue.waiting(current.requireId()) : 0;
        }
        return waiting;
    }
}
