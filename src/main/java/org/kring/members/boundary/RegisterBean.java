package org.kring.members.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.kring.members.control.Members;
import org.kring.members.control.Registration;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.http.ClientAddress;
import org.kring.platform.faces.Pages;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.TooManyRequests;

/** The registration form: the same rules as POST /api/v1/members, then the new member is logged in. */
@Named
@RequestScoped
public class RegisterBean {

    static final Map<String, String> FIELDS = Map.of("email", "register:email", "displayName", "register:displayName",
            "password", "register:password");

    @Inject
    Members members;

    @Inject
    SecurityContext security;

    @Inject
    ClientAddress clientAddress;

    private String email;
    private String displayName;
    private String password;
    private String returnTo;

    public String register() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            members.register(new Registration(email, displayName, password, null, null, null),
                    clientAddress.of((HttpServletRequest) external.getRequest()));
        } catch (TooManyRequests tooOften) {
            password = null;
            PageMessages.global(FacesMessage.SEVERITY_WARN, "register.tooOften");
            return null;
        } catch (InvalidInput invalid) {
            password = null;
            PageMessages.fieldErrors(invalid, FIELDS);
            return null;
        } catch (Conflict emailTaken) {
            password = null;
            PageMessages.on(FIELDS.get("email"), "register.emailTaken");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        security.authenticate((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, password)));
        Pages.redirect(returnTo);
        return null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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
