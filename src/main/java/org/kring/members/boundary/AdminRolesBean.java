package org.kring.members.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kring.members.boundary.AdminMembersResource.RoleHolder;
import org.kring.members.control.CurrentMember;
import org.kring.members.control.MemberRoles;
import org.kring.members.entity.Member;
import org.kring.members.entity.Member.Role;
import org.kring.platform.faces.PageMessages;

/**
 * The admins' roles page: the staff, or the members found by e-mail address or name, each with a choice of role.
 * The same control as the API: the last admin keeps the role, and every change is in the admin audit log.
 */
@Named
@ViewScoped
public class AdminRolesBean implements Serializable {

    static final int PAGE = 50;

    @Inject
    CurrentMember member;

    @Inject
    MemberRoles roles;

    private boolean allowed;
    private String q;
    private String afterParam;
    private List<RoleHolder> found = List.of();
    private Long next;
    /** The role chosen per member id in the list, sent with that member's save button. */
    private final Map<Long, String> chosen = new HashMap<>();

    /** View action: admins only (others see why not). */
    public void load() {
        allowed = member.hasRole(Role.ADMIN);
        if (!allowed) {
            return;
        }
        Long after = number(afterParam);
        List<Member> members = roles.find(q == null ? null : q.substring(0, Math.min(q.length(), 200)), after, PAGE);
        found = members.stream().map(RoleHolder::of).toList();
        next = members.size() == PAGE ? members.getLast().getId() : null;
        chosen.clear();
        found.forEach(m -> chosen.put(m.id(), m.role()));
    }

    public void change(long memberId) {
        long admin = member.requireRole(Role.ADMIN);
        String role = chosen.get(memberId);
        if (PageMessages.attempt(() -> roles.change(memberId, role, admin), Map.of(), "adminRoles.lastAdmin")) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, "adminRoles.changed");
            load();
        }
    }

    public List<String> getRoleChoices() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<RoleHolder> getFound() {
        return found;
    }

    public Long getNext() {
        return next;
    }

    public Map<Long, String> getChosen() {
        return chosen;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getAfterParam() {
        return afterParam;
    }

    public void setAfterParam(String afterParam) {
        this.afterParam = afterParam;
    }
}
