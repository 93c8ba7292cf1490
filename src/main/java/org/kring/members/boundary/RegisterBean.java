package org.kring.members.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.kring.members.control.Members;
import org.kring.members.control.Registration;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.http.ClientAddress;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.TooManyRequests;

/** The registration form: the same rules and the same neutral answer as POST /api/v1/members; the mail does the rest. */
@Named
@RequestScoped
public class RegisterBean {

    static final Map<String, String> FIELDS = Map.of("email", "register:email", "displayName", "register:displayName",
            "password", "register:password");

    @Inject
    Members members;

    @Inject
    ClientAddress clientAddress;

    private String email;
    private String displayName;
    private String password;
    private String returnTo;
    private boolean accepted;

    /** Signs up and says "check your mail" whatever the address (the page must not tell who is a member). */
    public String register() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            members.register(new Registration(email, displayName, password, null, null, null),
                    clientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()),
                    faces.getViewRoot().getLocale().getLanguage());
        } catch (TooManyRequests tooOften) {
            password = null;
            PageMessages.global(FacesMessage.SEVERITY_WARN, "register.tooOften");
            return null;
        } catch (InvalidInput invalid) {
            password = null;
            PageMessages.fieldErrors(invalid, FIELDS);
            return null;
        } catch (Conflict sameAddressAtOnce) {
            password = null;
            PageMessages.global(FacesMessage.SEVERITY_WARN, "register.tryAgain");
            return null;
        }
        accepted = true;
        PageMessages.global(FacesMessage.SEVERITY_INFO, "register.checkMail", email.strip());
        return null;
    }

    /** True once the sign-up went through: the page shows "check your mail" instead of the form. */
    public boolean isAccepted() {
        return accepted;
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
