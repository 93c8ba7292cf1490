package org.kring.platform.http;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kring.platform.logging.RequestId;

/**
 * Payara's operational endpoints, /metrics, /openapi and /health, only for the monitoring: clients from
 * kring.operations.addresses (default loopback) or with "Authorization: Bearer" kring.metrics.token. Others get a 403
 * problem, except on /health, where a load balancer may still learn UP or DOWN (the status code and
 * {@code {"status":"UP"}}) but not which check failed or the outbox figures.
 * <p>
 * Payara adds these endpoints' servlets to the web module at the root context, so this filter guards them only where
 * Kring is deployed at "/" (bin/run, bench/run, the tests, the Docker image); elsewhere it says so at start.
 */
@WebFilter(urlPatterns = {"/metrics/*", "/openapi/*", "/health/*"}, asyncSupported = true)
public class OperationsAccess extends HttpFilter {

    static final String LOOPBACK = "127.0.0.0/8, ::1";
    private static final Logger LOG = Logger.getLogger(OperationsAccess.class.getName());

    @Inject
    ClientAddress clientAddress;

    @Inject
    @ConfigProperty(name = "kring.operations.addresses", defaultValue = LOOPBACK)
    String addresses;

    @Inject
    @ConfigProperty(name = "kring.metrics.token")
    Optional<String> token;

    private AddressRanges allowed;

    @Override
    public void init() {
        allowed = AddressRanges.parse("kring.operations.addresses", addresses);
        if (!getServletContext().getContextPath().isEmpty()) {
            LOG.warning(() -> "Kring is deployed at " + getServletContext().getContextPath() + ", not at /: Payara's "
                    + "/metrics, /openapi and /health are outside it and open to every client");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (allows(allowed, token.orElse(""), clientAddress.of(request), request.getHeader("Authorization"))) {
            chain.doFilter(request, response);
        } else if (request.getServletPath().startsWith("/health")) {
            StatusOnly statusOnly = new StatusOnly(response);
            chain.doFilter(request, statusOnly);
            response.resetBuffer();
            write(response, statusOnly.getStatus(), "application/json",
                    Json.createObjectBuilder().add("status", statusOnly.getStatus() == 200 ? "UP" : "DOWN"));
        } else {
            JsonObjectBuilder problem = Json.createObjectBuilder().add("type", "about:blank").add("title", "Forbidden")
                    .add("status", 403).add("detail", "Operational endpoints answer only the monitoring: from the addresses in "
                            + "KRING_OPERATIONS_ADDRESSES or with the bearer token in KRING_METRICS_TOKEN.");
            if (RequestId.current() != null) { // the request log's filter may run after this one
                problem.add("requestId", RequestId.current());
            }
            write(response, 403, "application/problem+json", problem);
        }
    }

    /** Whether a client may read the endpoints: from an allowed address, or with the configured token (if any). */
    static boolean allows(AddressRanges allowed, String token, String client, String authorization) {
        if (allowed.contains(client)) {
            return true;
        }
        return !token.isBlank() && authorization != null && sameDigest(authorization, "Bearer " + token.strip());
    }

    /** Compares digests, so the time taken tells nothing about the token's length or first characters. */
    private static boolean sameDigest(String given, String expected) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] a = sha.digest(given.strip().getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(a, sha.digest(expected.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(HttpServletResponse response, int status, String type, JsonObjectBuilder body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.build().toString());
    }

    /** Lets the health servlet set its status and throws its body away. */
    private static final class StatusOnly extends HttpServletResponseWrapper {
        private final ServletOutputStream discard = new ServletOutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };

        StatusOnly(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return discard;
        }

        @Override
        public PrintWriter getWriter() {
            return new PrintWriter(OutputStream.nullOutputStream());
        }

        @Override
        public void setContentLength(int length) {
        }

        @Override
        public void setContentLengthLong(long length) {
        }

        @Override
        public void flushBuffer() {
        }
    }
}
