package org.kring.notifications.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.kring.notifications.control.UnsubscribeLinks;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.faces.Pages;

/**
 * The page a mail's unsubscribe link opens: one button, no login. A GET changes nothing (mail scanners open links);
 * the button's POST does.
 */
@Named
@ViewScoped
public class UnsubscribeBean implements Serializable {

    @Inject
    UnsubscribeLinks links;

    private String member;
    private String kind;
    private String sig;
    private boolean done;

    public void unsubscribe() {
        Long id = Pages.id(member);
        if (id == null) {
            PageMessages.global(FacesMessage.SEVERITY_ERROR, "unsubscribe.invalid");
            return;
        }
        done = PageMessages.attempt(() -> links.unsubscribe(id, kind, sig), Map.of(), "unsubscribe.invalid");
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSig() {
        return sig;
    }

    public void setSig(String sig) {
        this.sig = sig;
    }

    public boolean isDone() {
        return done;
    }
}
