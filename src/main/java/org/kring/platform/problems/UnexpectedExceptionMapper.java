package org.kring.platform.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kring.platform.logging.RequestId;

/**
 * The last line of defence: log the failure with its request id, answer without a stack trace. A database that cannot
 * be reached is not a bug: a 503 (see {@link DatabaseUnavailable}), so clients retry and an outage does not fill the log.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        if (DatabaseUnavailable.causedBy(exception)) {
            return DatabaseUnavailable.answer(exception);
        }
        LOG.log(Level.SEVERE, "Unexpected failure in request " + RequestId.current(), exception);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Quote request id " + RequestId.current() + " when you report it.")
                .toResponse();
    }
}
