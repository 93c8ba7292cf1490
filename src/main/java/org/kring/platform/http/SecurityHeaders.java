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
 * The browser-side defences on every answer. Pages get {@link #PAGE_POLICY}: everything from Kring itself only, no
 * plugins, no framing by other sites, forms only to Kring; API answers get {@link #API_POLICY}, which lets nothing
 * load or run should a browser ever render one. HSTS only where Kring is reached through HTTPS (request or
 * configuration): over plain HTTP the header means nothing.
 * <p>
 * Inline scripts and eval stay allowed on pages: Faces and PrimeFaces write event handlers inline and evaluate the
 * scripts of Ajax answers (without eval the similar-ideas list and every Ajax update stopped), and PrimeFaces' nonce
 * mode ({@code primefaces.CSP}) moves them into calls of PrimeFaces' own script, which the fast pages for
 * visitors do not load (issue 17): tried, it broke the home page and every form. Script injection is stopped where
 * it starts: Facelets escapes all output and user Markdown is sanitised (SecurityIT shows no payload runs).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";
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
        response.setHeader("Content-Security-Policy", ApiPaths.isApi(request) ? API_POLICY : PAGE_POLICY);
        if (request.isSecure() || config.secureSessionCookie()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
