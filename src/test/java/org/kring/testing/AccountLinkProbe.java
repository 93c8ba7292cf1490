package org.kring.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kring.members.control.AccountLinks;
import org.kring.members.control.Members;

/**
 * Test-only servlet (in every IT's deployment, never shipped): POST {@code email} and {@code purpose} (VERIFY_EMAIL,
 * UNLOCK) and it answers a fresh one-time link token for that member, made exactly as the mail makes it. Tests that
 * need a verified member without an SMTP server of their own use it, then follow the link through the real endpoint.
 */
@WebServlet("/test-account-link")
public class AccountLinkProbe extends HttpServlet {

    @Inject
    Members members;

    @Inject
    AccountLinks links;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var member = members.byEmail(request.getParameter("email"));
        if (member.isEmpty()) {
            response.sendError(404);
            return;
        }
        String token = links.issue(member.get().getId(), AccountLinks.Purpose.valueOf(request.getParameter("purpose")));
        response.setContentType("text/plain");
        response.getWriter().print(token);
    }
}
