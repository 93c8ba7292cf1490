package org.kring.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Cache headers for Faces resources (scripts, style sheets, images). A versioned URL ({@code v=}, e.g. PrimeFaces'
 * {@code ?ln=primefaces&v=15.0.13}) changes whenever its content does, so a browser may keep it for a year without
 * asking again. Any other resource (Kring's style sheet, Faces' script) is revalidated on every use: Faces answers
 * 304 Not Modified to the browser's If-Modified-Since while it is unchanged. Faces' own week-long max-age and
 * Expires are dropped: with them a changed style sheet would reach readers a week late.
 */
@WebFilter("/jakarta.faces.resource/*")
public class ResourceCaching extends HttpFilter {

    static final String VERSIONED = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", cacheControl(request.getParameter("v")));
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!isOurs(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!isOurs(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!isOurs(name)) {
                    super.setDateHeader(name, date);
                }
            }

            @Override
            public void addDateHeader(String name, long date) {
                if (!isOurs(name)) {
                    super.addDateHeader(name, date);
                }
            }
        });
    }

    static String cacheControl(String version) {
        return version == null || version.isBlank() ? REVALIDATE : VERSIONED;
    }

    private static boolean isOurs(String header) {
        return "Cache-Control".equalsIgnoreCase(header) || "Expires".equalsIgnoreCase(header);
    }
}
