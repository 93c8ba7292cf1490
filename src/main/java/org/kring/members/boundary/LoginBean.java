package org.kring.members.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.kring.members.control.Members;
import org.kring.members.entity.Member;
import org.kring.platform.faces.LocaleBean;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.faces.Pages;
import org.kring.platform.problems.Forbidden;
import org.kring.platform.problems.TooManyRequests;

/**
 * The login and logout forms. Logging in goes through Jakarta Security ({@link KringAuthentication}),
 * which gives the session a new id; logging out forgets the member and changes the id again.
 */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @Inject
    Members members;

    @Inject
    LocaleBean locale;

    private String email;
    private String password;
    private String returnTo;

    public String login() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status;
        try {
            status = security.authenticate(request, response, AuthenticationParameters.withParams()
                    .credential(new UsernamePasswordCredential(email == null ? "" : email, password == null ? "" : password)));
        } catch (RuntimeException e) {
            TooManyRequests throttled = tooManyRequests(e);
            if (throttled == null) {
                throw e;
            }
            PageMessages.global(FacesMessage.SEVERITY_ERROR, "login.throttled", throttled.retryAfterSeconds());
            return null;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            Pages.redirect(returnTo);
            return null;
        }
        password = null;
        Object refusal = request.getAttribute(KringAuthentication.LOGIN_REFUSAL);
        if (refusal instanceof Forbidden) {
            suspended();
        } else {
            PageMessages.global(FacesMessage.SEVERITY_ERROR, "login.wrong");
        }
        response.setStatus(200); // the form is shown again with its message, not an error page
        return null;
    }

    /** Until when the account is suspended: the password was right, so saying so tells nobody else anything. */
    private void suspended() {
        Instant until = members.byEmail(email).map(Member::getSuspendedUntil).orElse(null);
        if (until == null) {
            PageMessages.global(FacesMessage.SEVERITY_ERROR, "login.suspended");
        } else if (until.equals(Members.BANNED)) {
            PageMessages.global(FacesMessage.SEVERITY_ERROR, "login.banned");
        } else {
            PageMessages.global(FacesMessage.SEVERITY_ERROR, "login.suspendedUntil", locale.dateTime(until));
        }
    }

    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // the language stays; the logged-in session id is gone
        }
        Pages.redirect("/index.xhtml");
        return null;
    }

    private static TooManyRequests tooManyRequests(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooManyRequests tooMany) {
                return tooMany;
            }
        }
        return null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }
}
