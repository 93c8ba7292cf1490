package org.kring.members.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kring.members.control.CurrentMember;
import org.kring.members.control.EmailVerification;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.TooManyRequests;

/** "Send the link again" in the banner every page shows a member who has not verified their address yet. */
@Named
@RequestScoped
public class VerificationMailBean {

    @Inject
    EmailVerification verification;

    @Inject
    CurrentMember current;

    public String resend() {
        try {
            verification.resend(current.requireId(), FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
            say(FacesMessage.SEVERITY_INFO, PageMessages.text("verify.sent"));
        } catch (TooManyRequests tooOften) {
            say(FacesMessage.SEVERITY_WARN, PageMessages.text("error.tooMany", tooOften.retryAfterSeconds()));
        } catch (Conflict verifiedAlready) {
            say(FacesMessage.SEVERITY_INFO, PageMessages.text("verify.done"));
        }
        return null;
    }

    /** Next to the button: the page's own messages stay where they are. */
    private static void say(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage("verification:resend", new FacesMessage(severity, text, text));
    }
}
