package org.kring.testing;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * Test-only servlet (in every IT's deployment, never shipped) that logs in the way LoginBean does,
 * through SecurityContext.authenticate, and answers in plain text: POST email and password to log in (the
 * status and the refusal, if any); GET to see who the session belongs to; DELETE to log out (request.logout()).
 */
@WebServlet("/test-web-login")
public class WebLoginProbe extends HttpServlet {

    @Inject
    SecurityContext security;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(request.getParameter("email"), request.getParameter("password"))));
        if (!response.isCommitted()) {
            response.setContentType("text/plain");
            response.getWriter().print(status + " " + request.getAttribute("org.kring.members.loginRefusal"));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal caller = security.getCallerPrincipal();
        response.setContentType("text/plain");
        response.getWriter().print(caller == null ? "anonymous" : caller.getName() + " admin=" + security.isCallerInRole("ADMIN")
                + " request=" + request.isUserInRole("ADMIN"));
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.logout();
        response.setStatus(204);
    }
}
