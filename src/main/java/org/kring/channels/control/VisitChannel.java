package org.kring.channels.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The channel of the current request: for pages, the one the visit landed with, kept in the visitor's existing
 * session (no cookie of its own); for the API, only what the client sends in the {@value #HEADER} header, request by
 * request. Nothing is read from the database.
 */
@RequestScoped
public class VisitChannel {

    /** The session attribute that holds a page visit's channel. */
    public static final String SESSION_ATTRIBUTE = "kring.channel";
    /** The header by which an API client names its channel. */
    public static final String HEADER = "Kring-Channel";

    /** The channel this session landed with, as the link named it (before {@link ChannelCounts#landed} admitted it). */
    static final String LANDED_WITH = "kring.channel.landed";

    @Inject
    HttpServletRequest request;
    @Inject
    ChannelCounts counts;

    public Optional<String> current() {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ChannelName.of(request.getHeader(HEADER));
        }
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(SESSION_ATTRIBUTE));
    }

    /**
     * Starts a visit from this channel in the request's session (the one Faces uses: no cookie of its own) and counts
     * it, unless this session already landed with it; {@code named} by an admin's short link, or made up by a link.
     */
    public void land(String channel, boolean named) {
        HttpSession session = request.getSession(true);
        if (!channel.equals(session.getAttribute(LANDED_WITH))) {
            session.setAttribute(LANDED_WITH, channel);
            session.setAttribute(SESSION_ATTRIBUTE, counts.landed(channel, named));
        }
    }
}
