package org.kring.platform.problems;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The API's answer to each {@link Refusal}: its status, the refusal's message as detail, and the headers it needs. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    /** The bearer challenge of every 401 (RFC 6750). */
    public static final String CHALLENGE = "Bearer realm=\"kring\"";

    /** 422, which Jakarta REST 3.1's Status does not name. */
    private static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Status.Family getFamily() {
            return Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    @Override
    public Response toResponse(Refusal refusal) {
        return switch (refusal) {
            case InvalidInput invalid when invalid.unprocessable() ->
                    Problem.of(UNPROCESSABLE, "Some fields do not hold against the data.", invalid.errors()).toResponse();
            case InvalidInput invalid -> Problem.of(Status.BAD_REQUEST, "Some fields are not valid.", invalid.errors()).toResponse();
            case TooManyRequests tooMany -> problem(Status.TOO_MANY_REQUESTS, refusal)
                    .header("Retry-After", tooMany.retryAfterSeconds()).build();
            case NotAuthenticated ignored -> problem(Status.UNAUTHORIZED, refusal).header("WWW-Authenticate", CHALLENGE).build();
            case Forbidden ignored -> problem(Status.FORBIDDEN, refusal).build();
            case NotFound ignored -> problem(Status.NOT_FOUND, refusal).build();
            case Conflict conflict -> Problem.of(Status.CONFLICT, conflict.getMessage(), conflict.errors()).toResponse();
        };
    }

    private static Response.ResponseBuilder problem(Status status, Refusal refusal) {
        return Problem.of(status, refusal.getMessage()).toResponseBuilder();
    }
}
