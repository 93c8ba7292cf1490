package org.kring.platform.ratelimit;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.kring.platform.problems.Problem;

/** 429 problem+json with Retry-After in seconds. */
@Provider
public class TooManyRequestsMapper implements ExceptionMapper<TooManyRequests> {

    @Override
    public Response toResponse(TooManyRequests exception) {
        return Problem.of(Response.Status.TOO_MANY_REQUESTS, exception.getMessage()).toResponseBuilder()
                .header("Retry-After", exception.retryAfterSeconds()).build();
    }
}
