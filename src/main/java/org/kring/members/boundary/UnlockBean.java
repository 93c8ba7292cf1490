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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.faces.Pages;
import org.kring.platform.problems.InvalidInput;

/**
 * The page the unlock mail links to (unlock.xhtml?token=): a button logs the member in with the link, despite the
 * lock. A button rather than on opening, so a mail scanner that fetches the link does not use it up.
 */
@Named
@RequestScoped
public class UnlockBean {

    @Inject
    SecurityContext security;

    private String token;

    public String unlock() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(new UnlockLinkCredential(token)));
        if (status == AuthenticationStatus.SUCCESS) {
            Pages.redirect("/index.xhtml");
            return null;
        }
        if (request.getAttribute(KringAuthentication.LOGIN_REFUSAL) instanceof InvalidInput refused) {
            PageMessages.fieldErrors(refused, Map.of("token", "unlock:messages"));
        } else {
            PageMessages.global(FacesMessage.SEVERITY_ERROR, "login.suspended");
        }
        ((HttpServletResponse) external.getResponse()).setStatus(200);
        return null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
