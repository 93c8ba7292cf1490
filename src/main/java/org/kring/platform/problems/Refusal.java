package org.kring.platform.problems;

/**
 * Kring says no for a reason the caller can act on. Controls throw the subclasses; {@link RefusalMapper}
 * turns each into its problem+json answer for the API, and the pages show it through
 * {@code platform.faces.PageMessages}. Neither web framework appears in a control that way.
 */
public abstract sealed class Refusal extends RuntimeException
        permits InvalidInput, TooManyRequests, NotAuthenticated, Forbidden, NotFound, Conflict {

    protected Refusal(String message) {
        super(message);
    }
}
