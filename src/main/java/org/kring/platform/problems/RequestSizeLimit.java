package org.kring.platform.problems;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies larger than kring.api.max-body-bytes (default 256 KiB; an idea is at most
 * 10,000 characters) with a 413 problem, whether the client announced the size or streams it.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "kring.api.max-body-bytes", defaultValue = "262144")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > maxBytes) {
            // Read the body away first: answering before it was read leaves the client writing into a
            // connection nobody reads, and it sees a broken connection instead of the 413. Absurd sizes
            // are not read; their senders get the broken connection.
            if (request.getLength() <= DRAIN_LIMIT) {
                request.getEntityStream().transferTo(OutputStream.nullOutputStream());
            }
            request.abortWith(tooLarge());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
        }
    }

    private Response tooLarge() {
        return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "The request body is larger than " + maxBytes + " bytes.").toResponse();
    }

    /** Counts what is read and stops at the limit. */
    private final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int bytes) {
            left -= bytes;
            if (left < 0) {
                throw new WebApplicationException(tooLarge());
            }
        }
    }
}
