package org.kring.platform.problems;

/** Nobody is logged in, or the credentials are wrong: 401 with a bearer challenge. */
public final class NotAuthenticated extends Refusal {

    public NotAuthenticated(String message) {
        super(message);
    }
}
