package org.kring.responses.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kring.responses.control.Responders;

/** The header's link to the "needs an answer" page, shown to the team only. */
@Named
@RequestScoped
public class TeamLinks {

    @Inject
    Responders responders;

    public boolean isShown() {
        return responders.isResponder();
    }
}
