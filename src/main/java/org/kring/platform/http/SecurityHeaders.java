package org.kring.platform.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kring.platform.config.KringConfig;

/**
 * The browser-side defences on every answer. Pages get {@link #PAGE_POLICY}: everything from Kring itself only, no
 * plugins, no framing by other sites, forms only to Kring; API answers get {@link #API_POLICY}, which lets nothing
 * load or run should a browser ever render one. The embeddable widget ({@link #WIDGET_PATH}) gets {@link #WIDGET_POLICY}:
 * no script at all, and framed only by Kring and the web sites an admin allowed (kring.widget.origins, e.g.
 * {@code https://www.example.com,https://shop.example.com}). HSTS only where Kring is reached through HTTPS (request or
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
    static final String WIDGET_PATH = "/widget";
    static final String WIDGET_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'self'";
    private static final Logger LOG = Logger.getLogger(SecurityHeaders.class.getName());
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    KringConfig config;

    @Inject
    @ConfigProperty(name = "kring.widget.origins")
    Optional<String> widgetOrigins;

    private volatile String widgetPolicy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        response.setHeader("Content-Security-Policy", ApiPaths.isApi(request) ? API_POLICY
                : WIDGET_PATH.equals(request.getServletPath()) ? widgetPolicy() : PAGE_POLICY);
        if (request.isSecure() || config.secureSessionCookie()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    private String widgetPolicy() {
        if (widgetPolicy == null) {
            List<String> origins = allowedOrigins(widgetOrigins.orElse(""));
            widgetPolicy = origins.isEmpty() ? WIDGET_POLICY : WIDGET_POLICY + " " + String.join(" ", origins);
        }
        return widgetPolicy;
    }

    /** The web sites that may frame the widget: origins (scheme, host, optional port); anything else is left out, and said so. */
    static List<String> allowedOrigins(String configured) {
        return Arrays.stream(configured.split(",")).map(String::strip).filter(o -> !o.isEmpty()).filter(origin -> {
            boolean valid = origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");
            if (!valid) {
                LOG.warning(() -> "kring.widget.origins: '" + origin + "' is not an origin such as https://www.example.com; left out");
            }
            return valid;
        }).toList();
    }
}
