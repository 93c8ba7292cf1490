package org.kring.insights.boundary;

import org.kring.insights.control.SavedInsights;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;

/** The caller as saved insights see them: analysts and admins only (401 anonymous, 403 others). */
final class InsightReaders {

    private InsightReaders() {
    }

    static SavedInsights.Reader require(CurrentMember member) {
        long id = member.requireRole(Role.ANALYST, Role.ADMIN);
        return new SavedInsights.Reader(id, member.hasRole(Role.ADMIN), member.audience());
    }
}
