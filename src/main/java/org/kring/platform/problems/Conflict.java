package org.kring.platform.problems;

import java.util.List;

/**
 * Not in this state (a locked thread, a deleted post, an email address that has an account): 409,
 * naming the field when one field's value is the cause.
 */
public final class Conflict extends Refusal {

    private final List<Problem.FieldError> errors;

    public Conflict(String message) {
        super(message);
        this.errors = List.of();
    }

    public Conflict(String message, String field, String reason) {
        super(message);
        this.errors = List.of(new Problem.FieldError(field, reason));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
