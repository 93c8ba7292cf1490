package org.kring.platform.problems;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey wraps a request body that JSON-B cannot read (malformed JSON, a string where a number
 * belongs) in a ProcessingException; without this mapper the client would get a 500 HTML page.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        // A refusal raised while the body was read (e.g. 413 from RequestSizeLimit) keeps its own answer.
        for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof WebApplicationException refusal) {
                return refusal.getResponse();
            }
        }
        return Problem.of(Response.Status.BAD_REQUEST,
                "The request body is not valid JSON for this endpoint: " + rootMessage(exception)).toResponse();
    }

    /** The parser's own words (line and column) without class names or a stack trace. */
    private static String rootMessage(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "unreadable body" : cause.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
