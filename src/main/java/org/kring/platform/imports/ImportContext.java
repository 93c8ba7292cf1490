package org.kring.platform.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Loading content that members wrote elsewhere or earlier (the demo community) goes through the members' own
 * write methods, with two differences decided here on the server, for the current thread only: every write is
 * stamped with the moment the content was written, and the write limits do not apply (they brake a person, not
 * a loader). No request can start an import: only server code holding this bean can.
 */
@ApplicationScoped
public class ImportContext {

    private final ThreadLocal<Instant> writtenAt = new ThreadLocal<>();

    /** Runs the writes of {@code work} as an import of content written at {@code at}. */
    public void runAt(Instant at, Runnable work) {
        Instant outer = writtenAt.get();
        writtenAt.set(at);
        try {
            work.run();
        } finally {
            if (outer == null) {
                writtenAt.remove();
            } else {
                writtenAt.set(outer);
            }
        }
    }

    /** True inside {@link #runAt}. */
    public boolean importing() {
        return writtenAt.get() != null;
    }

    /** The moment of a write: the imported content's own, or now. */
    public Instant now() {
        Instant at = writtenAt.get();
        return at != null ? at : Instant.now();
    }
}
