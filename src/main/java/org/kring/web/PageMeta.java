package org.kring.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a page tells search engines and link previews: its description (its text, without markup, cut to what search
 * results show), its canonical address, absolute addresses for Open Graph.
 */
@Named
@ApplicationScoped
public class PageMeta {

    static final int MAX_LENGTH = 160;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** Inline markup (emphasis, links, code) joins the words it marks: removed without a space, unlike blocks. */
    private static final Pattern INLINE_TAG = Pattern.compile("</?(?:em|strong|a|code|del|s|b|i|u|span|sup|sub)\\b[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** The query parameters that choose what a page shows. */
    private static final List<String> CHOOSING = List.of("id", "slug", "challenge");

    /**
     * Plain text of HTML that Kring rendered itself (Markdown output, entities escaped), at most MAX_LENGTH
     * characters, cut at a word with an ellipsis. The page escapes it again when it writes the attribute.
     */
    public String summary(String html) {
        if (html == null) {
            return "";
        }
        String text = SPACE.matcher(unescape(TAG.matcher(INLINE_TAG.matcher(html).replaceAll("")).replaceAll(" ")))
                .replaceAll(" ").strip();
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
        return text.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1).strip() + "…";
    }

    /**
     * The page's one address for search engines and link previews: this page with only the parameters that choose
     * its content (an idea's id, a topic's slug and challenge), in a fixed order, without sorting or paging.
     */
    public String canonical() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        StringBuilder url = new StringBuilder(request.getRequestURL());
        String separator = "?";
        for (String name : CHOOSING) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                url.append(separator).append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = "&";
            }
        }
        return url.toString();
    }

    /** An absolute address of a path of this site, e.g. the brand image for link previews. */
    public String absolute(String path) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + path;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
