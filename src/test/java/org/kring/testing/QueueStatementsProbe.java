package org.kring.testing;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.kring.moderation.control.ModerationQueue;

/**
 * Test-only endpoint (in every IT's deployment, never shipped, left out of /openapi): reads a page of the moderation
 * queue as this moderator and answers "items=N statements=M", M being the SQL statements EclipseLink sent to the
 * database for it on this thread (its session's execute-call events; Kring's background workers run on other threads).
 */
@Path("test-probes/moderation-queue-statements")
public class QueueStatementsProbe {

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();
    private static boolean listening;

    @PersistenceContext
    EntityManager em;

    @Inject
    ModerationQueue queue;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String count(@QueryParam("moderator") long moderatorId, @QueryParam("limit") int limit) {
        listen(em);
        int[] statements = {0};
        COUNTING.set(statements);
        try {
            int items = queue.list(moderatorId, new ModerationQueue.Filter(null, null, null, null, null, null), null, null, limit)
                    .items().size();
            return "items=" + items + " statements=" + statements[0];
        } finally {
            COUNTING.remove();
        }
    }

    /** Once per deployment: sessions acquired later copy the listener (those in use keep their own list). */
    private static synchronized void listen(EntityManager em) {
        if (!listening) {
            JpaHelper.getServerSession(em.getEntityManagerFactory()).getEventManager().addListener(new Counter());
            listening = true;
        }
    }

    /** Counts each statement executed on a thread that is counting. */
    public static class Counter extends SessionEventAdapter {

        @Override
        public void postExecuteCall(SessionEvent event) {
            int[] statements = COUNTING.get();
            if (statements != null) {
                statements[0]++;
            }
        }
    }
}
