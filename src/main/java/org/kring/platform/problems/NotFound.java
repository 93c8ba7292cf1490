package org.kring.platform.problems;

/** What the caller asked for does not exist (or is not theirs to see): 404. */
public final class NotFound extends Refusal {

    public NotFound(String message) {
        super(message);
    }
}
