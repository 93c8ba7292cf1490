package org.kring.insights.boundary;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.kring.insights.control.SavedInsights;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.platform.faces.Pages;

/** The saved-insight pages' door: a visitor goes to the login (and comes back), a member without the role gets a 403. */
final class AnalystPages {

    private AnalystPages() {
    }

    /** The reader, or null when the page answered otherwise (login or 403) and must render nothing. */
    static SavedInsights.Reader admit(CurrentMember current, String here) {
        if (current.id().isEmpty()) {
            Pages.login(here);
            return null;
        }
        if (!current.hasRole(Role.ANALYST) && !current.hasRole(Role.ADMIN)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(403, "Forbidden");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
            return null;
        }
        return InsightReaders.require(current);
    }
}
