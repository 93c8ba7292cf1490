package org.kring.platform.problems;

/** The caller is known but may not do this: 403. */
public final class Forbidden extends Refusal {

    public Forbidden(String message) {
        super(message);
    }
}
