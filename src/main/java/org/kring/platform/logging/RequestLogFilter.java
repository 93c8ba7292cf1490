package org.kring.platform.logging;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the caller's X-Request-Id when it is sane, a new one otherwise),
 * returns it in the response header and writes one structured JSON line per request (through {@link RequestLog}, off
 * the request's thread).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestLogFilter extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Inject
    RequestLog log;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String offered = request.getHeader(HEADER);
        String id = offered != null && SANE_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        long start = System.nanoTime();
        RequestId.set(id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            long micros = (System.nanoTime() - start) / 1000;
            if (log.enabled()) { // made here: the request and response objects are reused once this request ends
                log.write(StructuredLog.line("request", "requestId", id, "method", request.getMethod(),
                        "path", request.getRequestURI(), "status", response.getStatus(), "micros", micros));
            }
            RequestId.clear();
        }
    }
}
