package org.kring.members.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.kring.members.control.AccountErasure;
import org.kring.members.control.CurrentMember;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.faces.Pages;
import org.kring.platform.problems.NotAuthenticated;

/** "My data" on the profile page: the downloads (MyDataServlet) and erasing the account, confirmed with the password. */
@Named
@RequestScoped
public class MyAccountBean {

    static final String PASSWORD_FIELD = "erase:password";

    @Inject
    CurrentMember current;

    @Inject
    AccountErasure erasure;

    private String password;
    private boolean deleteContent;

    public String erase() throws ServletException {
        long id = current.requireId();
        try {
            erasure.erase(id, password, deleteContent);
        } catch (NotAuthenticated wrongPassword) {
            password = null;
            PageMessages.on(PASSWORD_FIELD, "erase.wrongPassword");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        Pages.redirect("/index.xhtml?erased=true");
        return null;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isDeleteContent() {
        return deleteContent;
    }

    public void setDeleteContent(boolean deleteContent) {
        this.deleteContent = deleteContent;
    }
}
