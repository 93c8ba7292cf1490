package org.kring.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jsoup.nodes.Entities;
import org.kring.ideas.control.IdeaFilter;
import org.kring.ideas.control.IdeaSort;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.platform.config.KringConfig;
import org.kring.topics.control.Challenges;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Challenge;
import org.kring.topics.entity.Topic;

/**
 * The embeddable widget (issue 16): a company puts
 * {@code <iframe src="https://community.example/widget?topic=duurzaamheid" title="..." loading="lazy"></iframe>} on its
 * own web site and shows the top (or newest) published ideas of a topic or a challenge, each linking into Kring, with
 * a "share your idea" link. One small HTML answer with its style inline and no script, so it costs the host page a
 * few kilobytes; which sites may frame it is SecurityHeaders' rule (kring.widget.origins).
 * Parameters: {@code topic} or {@code challenge} (a slug), {@code sort} top|new, {@code limit} 1–10, {@code lang} nl|en.
 */
@WebServlet(urlPatterns = "/widget")
public class WidgetServlet extends HttpServlet {

    /** Visits through the widget count under their own channel (channel attribution, issue 16 item 5). */
    static final String CHANNEL = "&amp;utm_source=widget";

    static final int MAX_LIMIT = 10;

    @Inject
    Topics topics;

    @Inject
    Challenges challenges;

    @Inject
    Ideas ideas;

    @Inject
    KringConfig config;

    /** What the widget shows: the topic's or the challenge's name, and the list filter. */
    private record Subject(String name, IdeaFilter filter, String shareIn) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = Optional.ofNullable(request.getParameter("lang"))
                .orElse(request.getHeader("Accept-Language") == null ? "nl" : request.getLocale().getLanguage());
        Locale locale = Locale.of("en".equals(lang) ? "en" : "nl"); // the community's language unless English is asked for
        ResourceBundle text = ResourceBundle.getBundle("org.kring.web.messages", locale);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/html");
        String sortName = Optional.ofNullable(request.getParameter("sort")).orElse("top");
        Integer limit = limit(request.getParameter("limit"));
        if (!sortName.equals("top") && !sortName.equals("new") || limit == null) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, locale, text.getString("widget.badRequest"));
            return;
        }
        Optional<Subject> subject = subject(request.getParameter("topic"), request.getParameter("challenge"), locale);
        if (subject.isEmpty()) {
            answer(response, HttpServletResponse.SC_NOT_FOUND, locale, text.getString("widget.notFound"));
            return;
        }
        String site = request.getRequestURL().toString();
        site = site.substring(0, site.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
        StringBuilder list = new StringBuilder();
        for (Idea idea : ideas.list(subject.get().filter(), sortName.equals("new") ? IdeaSort.NEWEST : IdeaSort.TOP, null, limit).ideas()) {
            list.append("<li><a href=\"").append(site).append("idea.xhtml?id=").append(idea.getId()).append(CHANNEL)
                    .append("\" target=\"_blank\" rel=\"noopener\">").append(Entities.escape(idea.getTitle())).append("</a><span>")
                    .append(MessageFormat.format(text.getString("widget.votes"), idea.getVoteCount())).append("</span></li>");
        }
        String heading = MessageFormat.format(text.getString(sortName.equals("new") ? "widget.newest" : "widget.top"),
                subject.get().name());
        response.setHeader("Cache-Control", "public, max-age=60");
        response.getWriter().write(page(locale, heading, (list.isEmpty() ? "<p>" + Entities.escape(text.getString("widget.empty"))
                + "</p>" : "<ol>" + list + "</ol>") + "<a class=\"share\" href=\"" + site + "new-idea.xhtml?in="
                + URLEncoder.encode(subject.get().shareIn(), StandardCharsets.UTF_8) + CHANNEL + "\" target=\"_blank\" rel=\"noopener\">"
                + Entities.escape(text.getString("widget.share")) + "</a>"));
    }

    private Optional<Subject> subject(String topicSlug, String challengeSlug, Locale locale) {
        if (challengeSlug != null) {
            return challenges.bySlug(challengeSlug).filter(c -> c.getTopic().isListed()).map(c -> new Subject(c.title(locale),
                    new IdeaFilter(null, c.getSlug(), null, null, null), c.getTopic().getSlug() + "|" + c.getSlug()));
        }
        return topicSlug == null ? Optional.empty() : topics.bySlug(topicSlug).filter(Topic::isListed)
                .map(t -> new Subject(t.name(locale), new IdeaFilter(t.getSlug(), null, null, null, null), t.getSlug()));
    }

    /** 5 when not given; null when not a whole number from 1 to {@link #MAX_LIMIT}. */
    private static Integer limit(String given) {
        if (given == null) {
            return 5;
        }
        try {
            int limit = Integer.parseInt(given);
            return limit >= 1 && limit <= MAX_LIMIT ? limit : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void answer(HttpServletResponse response, int status, Locale locale, String message) throws IOException {
        response.setStatus(status);
        response.getWriter().write(page(locale, config.brandName(), "<p>" + Entities.escape(message) + "</p>"));
    }

    private String page(Locale locale, String heading, String body) {
        String color = config.brandColor();
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>" + Entities.escape(heading)
                + "</title><style>body{margin:0;padding:12px;font:15px/1.4 system-ui,sans-serif;color:#1f2933}"
                + "h1{font-size:17px;margin:0 0 8px}ol{margin:0 0 12px;padding-left:22px}li{margin:6px 0}"
                + "li a{color:" + color + ";font-weight:600}li span{display:block;font-size:13px;color:#52606d}"
                + ".share{display:inline-block;padding:10px 14px;background:" + color + ";color:#fff;border-radius:4px;"
                + "text-decoration:none;font-weight:600}</style></head><body><h1>" + Entities.escape(heading) + "</h1>" + body
                + "</body></html>";
    }
}
