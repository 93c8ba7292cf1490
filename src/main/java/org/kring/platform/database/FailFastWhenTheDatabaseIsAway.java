package org.kring.platform.database;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read outside a transaction that failed for a lost connection, by default several times 5 s
 * apart: while the database was down each request (every login check is such a read) hung for 10 s before its 503, and
 * held a request thread that long. The connection pool already validates each connection it hands out (see
 * DatabaseMigration), so one immediate retry covers a connection that died in between; a database that is away answers
 * at once (503 with Retry-After, see platform.problems.DatabaseUnavailable). Named in persistence.xml.
 */
public class FailFastWhenTheDatabaseIsAway implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
