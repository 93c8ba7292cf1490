package org.kring.platform.problems;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Which failures the API answers with 503 (database away) and which stay a 500 (a bug). */
class DatabaseUnavailableTest {

    @Test
    void aLostOrRefusedConnectionDeepInTheChainIsTheDatabaseBeingAway() {
        var refused = new PSQLException("Connection to 127.0.0.1:25432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        var lost = new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE);
        assertThat(DatabaseUnavailable.causedBy(new PersistenceException("Exception [EclipseLink-4002]",
                new SQLException("Error in allocating a connection", refused)))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException(new PersistenceException(lost)))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLTransientConnectionException("pool timeout")))).isTrue();
        // The connection died during the commit: the transaction manager says so with a SystemException.
        assertThat(DatabaseUnavailable.causedBy(new TransactionalException("encountered exception during commit",
                new SystemException("commit failed")))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNot() {
        var duplicate = new PSQLException("duplicate key value violates unique constraint", PSQLState.UNIQUE_VIOLATION);
        assertThat(DatabaseUnavailable.causedBy(new PersistenceException(duplicate))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new NullPointerException())).isFalse();
    }
}
