package org.kring.platform.problems;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@code @Transactional} call whose transaction could not be finished (the commit failed) reaches the API as a
 * TransactionalException. Jersey's own mapper for it only handles a WebApplicationException inside and throws anything
 * else on, which became a bare 500 (seen when PostgreSQL crashed during a commit): Kring answers it itself, the same
 * way as every other failure.
 */
@Provider
@Priority(Priorities.USER)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    private final UnexpectedExceptionMapper failures = new UnexpectedExceptionMapper();

    @Override
    public Response toResponse(TransactionalException exception) {
        return failures.toResponse(exception);
    }
}
