package org.kring.platform.problems;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns JAX-RS's own refusals (unknown path, wrong method, wrong media type, ...) into problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder answer = Problem.of(status, detail(exception)).toResponseBuilder();
        // Keep headers that tell the client what to do next (Allow on 405, Retry-After on 429/503,
        // WWW-Authenticate on 401).
        original.getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("Retry-After")
                    || name.equalsIgnoreCase("WWW-Authenticate")) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.build();
    }

    /** The exception's own message when a resource gave one, otherwise a plain sentence per kind. */
    private String detail(WebApplicationException exception) {
        String message = exception.getMessage();
        if (message != null && !message.startsWith("HTTP ")) {
            return message;
        }
        if (exception instanceof NotFoundException) {
            return "Nothing here: " + uriInfo.getRequestUri().getPath();
        }
        if (exception instanceof NotSupportedException) {
            return "This endpoint does not accept that Content-Type; send application/json.";
        }
        if (exception instanceof NotAllowedException) {
            return "This endpoint does not support that HTTP method.";
        }
        return exception.getResponse().getStatusInfo().getReasonPhrase();
    }
}
