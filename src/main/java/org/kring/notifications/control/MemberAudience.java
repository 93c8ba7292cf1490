package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** One member: the target id is the member to tell (e.g. the author of a contribution a moderator hid). */
@ApplicationScoped
public class MemberAudience implements Audience {

    public static final String NAME = "member";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Long> membersAfter(long memberId, long afterMemberId, int limit) {
        return memberId > afterMemberId ? List.of(memberId) : List.of();
    }
}
