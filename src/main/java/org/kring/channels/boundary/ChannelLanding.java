package org.kring.channels.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kring.channels.control.ChannelName;
import org.kring.channels.control.VisitChannel;

/**
 * A page opened through a link that names its channel ({@code ?utm_source=newsletter&utm_medium=email}) starts a
 * visit from that channel: the visit is counted and the channel kept in the visitor's session (the one Faces uses;
 * no cookie of its own) for what they do next. The same channel again in the same session is the same visit. The API
 * is left alone: clients name their channel per request ({@link VisitChannel#HEADER}).
 */
@WebFilter(urlPatterns = "/*")
public class ChannelLanding extends HttpFilter {

    @Inject
    VisitChannel visit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        if (query != null && query.contains("utm_source=") && "GET".equals(request.getMethod())
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ChannelName.of(request.getParameter("utm_source"), request.getParameter("utm_medium"))
                    .ifPresent(channel -> visit.land(channel, false));
        }
        chain.doFilter(request, response);
    }
}
