package org.kring.platform.problems;

import jakarta.transaction.SystemException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Logger;
import org.kring.platform.logging.RequestId;

/**
 * Tells a failure that means "the database cannot be reached right now" (server down or restarting, connection lost,
 * the connection pool exhausted, or lost during the commit itself) from a bug, and answers it: the client's cue to try
 * again shortly (503 with Retry-After, one log line), where a bug is a 500 with its stack trace. Walks the whole cause
 * chain, since the failure arrives wrapped by JPA, the transaction and the container.
 */
public final class DatabaseUnavailable {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class.getName());
    private static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        return lostDuringCommit(failure) || unreachable(failure);
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQLSTATE class 08: connection exception (PostgreSQL's driver: 08001 cannot connect, 08006 connection lost).
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // The container's pool could not hand out a connection (exhausted, or none could be made): Jakarta
            // Connectors' ResourceException, named here because the web profile Kring compiles against lacks it.
            if (t.getClass().getName().startsWith("jakarta.resource.")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The transaction manager could not finish the commit (Kring's one resource, the database, failed in it): whether the
     * change was saved is not known.
     */
    private static boolean lostDuringCommit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SystemException) {
                return true;
            }
        }
        return false;
    }

    /** The API's answer to such a failure (logged as one line with the request id and the root cause). */
    public static Response answer(Throwable failure) {
        LOG.warning(() -> "Database unavailable in request " + RequestId.current() + ": " + rootCause(failure));
        String detail = lostDuringCommit(failure)
                ? "Kring lost its database while saving this, so it may or may not have been saved: look before you send it again"
                : "Kring cannot reach its database right now. Try again in a few seconds";
        return Problem.of(Response.Status.SERVICE_UNAVAILABLE, detail + " (request id " + RequestId.current() + ").")
                .toResponseBuilder().header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
