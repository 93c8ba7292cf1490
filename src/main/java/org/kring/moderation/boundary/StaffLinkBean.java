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

    public long getWaiting() {
        if (waiting == null) {
            waiting = isVisible() ? queue.waiting(current.requireId()) : 0;
        }
        return waiting;
    }
}
