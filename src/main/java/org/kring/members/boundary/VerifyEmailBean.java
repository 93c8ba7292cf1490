package org.kring.members.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.kring.members.control.EmailVerification;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.problems.InvalidInput;

/** The page the verification mail links to (verify-email.xhtml?token=): verifies on opening and says how it went. */
@Named
@RequestScoped
public class VerifyEmailBean {

    @Inject
    EmailVerification verification;

    private String token;
    private boolean verified;

    public void verify() {
        try {
            verification.verify(token);
            verified = true;
            PageMessages.global(FacesMessage.SEVERITY_INFO, "verify.done");
        } catch (InvalidInput refused) {
            PageMessages.fieldErrors(refused, Map.of("token", "verify:messages"));
        }
    }

    public boolean isVerified() {
        return verified;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
