package org.kring.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoint (in every IT's deployment, never shipped, left out of /openapi): a call whose transaction cannot
 * be had, so that {@code @Transactional} throws a TransactionalException, as it does when a commit fails because the
 * database died in it. PlatformIT checks that Kring's own mapper answers it, not Jersey's (which answered a bare 500).
 */
@Path("test-probes/transaction-failure")
public class TransactionFailureProbe {

    @Inject
    NeedsATransaction bean;

    @POST
    @Operation(hidden = true)
    public String fail() {
        return bean.run();
    }

    /** Must run inside a caller's transaction; the probe has none. */
    @ApplicationScoped
    public static class NeedsATransaction {

        @Transactional(Transactional.TxType.MANDATORY)
        public String run() {
            return "never";
        }
    }
}
