package org.kring.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.kring.ideas.control.IdeaFilter;
import org.kring.ideas.control.IdeaSort;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.threads.control.Threads;
import org.kring.threads.entity.DiscussionThread;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

/**
 * robots.txt and sitemap.xml, so search engines find the community's published pages: topics, the newest ideas and
 * the most recently active discussions, read through the same controls as the pages (nothing hidden). A sitemap
 * lists at most {@link #MAX_IDEAS} ideas and {@link #MAX_THREADS} discussions, the ones a crawler most needs to see
 * first; older pages stay reachable through the boards.
 */
@WebServlet(urlPatterns = {"/robots.txt", "/sitemap.xml"})
public class SitemapServlet extends HttpServlet {

    static final int MAX_IDEAS = 5_000;
    static final int MAX_THREADS = 1_000;
    private static final int PAGE = 100;

    @Inject
    Topics topics;

    @Inject
    Ideas ideas;

    @Inject
    Threads threads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String url = request.getRequestURL().toString();
        String site = url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=3600");
        if (request.getServletPath().equals("/robots.txt")) {
            response.setContentType("text/plain");
            // Login and sign-up stay crawlable: a Disallow keeps no page out of the index (a blocked address linked
            // from every page is listed without its text), and their returnTo variants name the bare page as canonical.
            response.getWriter().write("User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /my-data\n"
                    + "Sitemap: " + site + "sitemap.xml\n");
            return;
        }
        response.setContentType("application/xml");
        Writer out = response.getWriter();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(out, site, "", null);
        for (Topic topic : topics.listed()) {
            url(out, site, "topic.xhtml?slug=" + topic.getSlug(), null);
        }
        String cursor = null;
        for (int listed = 0; listed < MAX_IDEAS; listed += PAGE) {
            Ideas.Page page = ideas.list(IdeaFilter.ALL, IdeaSort.NEWEST, cursor, PAGE);
            for (Idea idea : page.ideas()) {
                url(out, site, "idea.xhtml?id=" + idea.getId(), idea.getUpdatedAt());
            }
            cursor = page.nextCursor();
            if (cursor == null) {
                break;
            }
        }
        for (int page = 1; page <= MAX_THREADS / PAGE; page++) {
            var active = threads.standalone(null, page, PAGE);
            for (DiscussionThread thread : active) {
                url(out, site, "thread.xhtml?id=" + thread.getId(), thread.getLastPostAt());
            }
            if (active.size() < PAGE) {
                break;
            }
        }
        out.write("</urlset>\n");
    }

    private static void url(Writer out, String site, String path, Instant modified) throws IOException {
        out.write("  <url><loc>" + site + path.replace("&", "&amp;") + "</loc>");
        if (modified != null) {
            out.write("<lastmod>" + modified.truncatedTo(ChronoUnit.SECONDS) + "</lastmod>");
        }
        out.write("</url>\n");
    }
}
