package org.kring.platform.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kring.platform.config.KringConfig;

/**
 * The browser-side defences on every answer. Pages get their Content-Security-Policy from PrimeFaces (web.xml
 * {@code primefaces.CSP_POLICY}, to which it adds a fresh nonce per request for its scripts); API answers get
 * {@link #API_POLICY}, which lets nothing load or run should a browser ever render one. HSTS only where Kring is
 * reached through HTTPS (request or configuration): over plain HTTP the header means nothing.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    KringConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (ApiPaths.isApi(request)) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        }
        if (request.isSecure() || config.secureSessionCookie()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
