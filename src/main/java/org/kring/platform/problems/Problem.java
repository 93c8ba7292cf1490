package org.kring.platform.problems;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.kring.platform.logging.RequestId;

/**
 * An RFC 9457 problem detail: the one shape of every refusal Kring's API gives.
 * {@code errors} names each rejected field with its reason; {@code requestId} matches the logs.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      String requestId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One rejected input field: its name as the client sent it, and why it was refused. */
    public record FieldError(String field, String reason) {
    }

    public static Problem of(Response.StatusType status, String detail) {
        return of(status, detail, null);
    }

    public static Problem of(Response.StatusType status, String detail, List<FieldError> errors) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null,
                RequestId.current(), errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(PROBLEM_JSON).entity(this);
    }

    public Response toResponse() {
        return toResponseBuilder().build();
    }
}
