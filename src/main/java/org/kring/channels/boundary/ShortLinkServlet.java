package org.kring.channels.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kring.channels.control.ChannelLinks;
import org.kring.channels.control.VisitChannel;

/**
 * {@code /c/{code}}: an admin's short link for a channel. Starts a visit from the link's channel (see
 * {@link ChannelLanding}) and answers a 302 to its page inside Kring; never cached, so every visit counts. An unknown
 * code is the friendly 404 page.
 */
@WebServlet(urlPatterns = "/c/*")
public class ShortLinkServlet extends HttpServlet {

    @Inject
    ChannelLinks links;
    @Inject
    VisitChannel visit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        var link = links.byCode(code);
        if (link.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        visit.land(link.get().channel(), true);
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + link.get().target());
    }
}
