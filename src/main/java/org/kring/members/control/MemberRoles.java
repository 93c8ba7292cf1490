package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kring.members.entity.Member;
import org.kring.members.entity.Member.Role;
import org.kring.platform.audit.AdminLog;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;

/**
 * Admins give members their role. The community always keeps an admin: the last one cannot lose the role (409). Every
 * change is in the admin audit log (who, when, from → to). Tokens and sessions carry no role of their own: the
 * authentication reads the member on every request, so the new role counts from the member's next request.
 */
@ApplicationScoped
public class MemberRoles {

    public static final int MAX_PAGE = 100;

    static final String TARGET = "MEMBER";

    @PersistenceContext
    EntityManager em;

    @Inject
    AdminLog log;

    /** Answers the member with the new role; the same role again changes and logs nothing. */
    @Transactional
    public Member change(long memberId, String role, long adminId) {
        Role wanted = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst()
                .orElseThrow(() -> InvalidInput.of("role", "must be one of " + Arrays.toString(Role.values())));
        long admins = lockedAdmins(); // first, always in the same order: two role changes at once cannot deadlock
        Member member = em.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        if (member == null) {
            throw new NotFound("There is no member " + memberId + ".");
        }
        Role before = member.getRole();
        if (before == wanted) {
            return member;
        }
        if (before == Role.ADMIN && admins <= 1) {
            throw new Conflict("Member " + memberId + " is the last admin: make someone else admin first.", "role",
                    "the last admin keeps the role");
        }
        member.setRole(wanted);
        log.record(adminId, "ROLE_CHANGED", TARGET, memberId, before.name(), wanted.name());
        return member;
    }

    /**
     * The number of admins, with their rows locked (by id) until the transaction ends: two admins demoting each other at
     * the same moment are taken one after the other, so the second sees one admin left and is refused.
     */
    private long lockedAdmins() {
        return em.createQuery("select m from Member m where m.role = :admin order by m.id", Member.class)
                .setParameter("admin", Role.ADMIN).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().size();
    }

    /**
     * The staff (every role but MEMBER) by id, or, with a query, the members whose e-mail address is the query or whose
     * display name starts with it, in any case (the address by its unique index; the name scans: admins only, see
     * README); keyset paged after an id.
     */
    public List<Member> find(String query, Long after, int limit) {
        InvalidInput.check().range("limit", limit, 1, MAX_PAGE).text("q", query, 0, 200).orThrow();
        boolean searching = query != null && !query.isBlank();
        String where = searching ? "(m.email = :email or lower(m.displayName) like :name escape '\\')" : "m.role <> :member";
        var q = em.createQuery("select m from Member m where " + where + (after == null ? "" : " and m.id > :after")
                + " order by m.id", Member.class).setMaxResults(limit);
        if (searching) {
            String text = query.strip().toLowerCase(Locale.ROOT);
            q.setParameter("email", Members.normaliseEmail(text))
                    .setParameter("name", text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        } else {
            q.setParameter("member", Role.MEMBER);
        }
        if (after != null) {
            q.setParameter("after", after);
        }
        return q.getResultList();
    }
}
