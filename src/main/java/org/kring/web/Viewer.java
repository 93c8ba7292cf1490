package org.kring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import org.kring.members.control.CurrentMember;
import org.kring.members.control.Members;
import org.kring.members.entity.Member;
import org.kring.platform.faces.LocaleBean;
import org.kring.platform.faces.Pages;

/** Who reads this page: the header shows the logged-in member; pages ask whether someone is. */
@Named
@RequestScoped
public class Viewer {

    @Inject
    CurrentMember current;

    @Inject
    Members members;

    private Optional<Member> member;

    public Optional<Long> id() {
        return current.id();
    }

    public boolean isLoggedIn() {
        return current.id().isPresent();
    }

    @Inject
    LocaleBean locale;

    public String getDisplayName() {
        return member().map(Member::getDisplayName).orElse("");
    }

    /** Until when a moderator made the reader read-only (every page says so), or null. */
    public String getSilencedUntil() {
        Instant now = Instant.now();
        return member().filter(m -> m.isSilencedAt(now)).map(m -> locale.dateTime(m.getSilencedUntil())).orElse(null);
    }

    /** True for a member who has not verified their e-mail address yet: every page says so and offers the link again. */
    public boolean isUnverified() {
        return member().filter(m -> !m.isEmailVerified()).isPresent();
    }

    /** The reader's own e-mail address (for their own banner), or empty. */
    public String getEmail() {
        return member().map(Member::getEmail).orElse("");
    }

    private Optional<Member> member() {
        if (member == null) {
            member = current.id().flatMap(members::find);
        }
        return member;
    }

    /** The page the reader is on (path and query), to come back to after logging in. */
    public String getHere() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String uri = forwarded != null ? (String) forwarded : request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        String query = forwarded != null ? (String) request.getAttribute("jakarta.servlet.forward.query_string") : request.getQueryString();
        return Pages.safeReturn(query == null ? path : path + "?" + query);
    }
}
