package org.kring.platform.problems;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a request's input, field by field, and throws once with all of it
 * (a 400 problem that names each field). Used instead of Bean Validation annotations on JAX-RS
 * parameters: Payara's OpenAPI generator fails on those (NullPointerException in visitMax).
 */
public final class InvalidInput extends Refusal {

    private final List<Problem.FieldError> errors;
    private final boolean unprocessable;

    private InvalidInput(List<Problem.FieldError> errors, boolean unprocessable) {
        super("Some fields are not valid: " + errors);
        this.errors = List.copyOf(errors);
        this.unprocessable = unprocessable;
    }

    private InvalidInput(List<Problem.FieldError> errors) {
        this(errors, false);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** True for a well-formed request whose content is not true of the data (a 422, not a 400). */
    public boolean unprocessable() {
        return unprocessable;
    }

    /**
     * One field whose value is well-formed but does not hold against the data (e.g. a quote that its source does not
     * contain): a 422 that names the field.
     */
    public static InvalidInput unprocessable(String field, String reason) {
        return new InvalidInput(List.of(new Problem.FieldError(field, reason)), true);
    }

    /** One bad field. */
    public static InvalidInput of(String field, String reason) {
        return new InvalidInput(List.of(new Problem.FieldError(field, reason)));
    }

    public static Checks check() {
        return new Checks();
    }

    /** A list of checks; {@link #orThrow()} throws when any failed. */
    public static final class Checks {
        private final List<Problem.FieldError> errors = new ArrayList<>();

        public Checks range(String field, long value, long min, long max) {
            if (value < min || value > max) {
                errors.add(new Problem.FieldError(field, "must be between " + min + " and " + max));
            }
            return this;
        }

        public Checks text(String field, String value, int min, int max) {
            int length = value == null ? 0 : value.strip().length();
            if (length < min) {
                errors.add(new Problem.FieldError(field, min <= 1 ? "must not be empty" : "must be at least " + min + " characters"));
            } else if (length > max) {
                errors.add(new Problem.FieldError(field, "must be at most " + max + " characters"));
            }
            return this;
        }

        /** A rule of its own: when {@code ok} is false the field is refused with this reason. */
        public Checks that(String field, boolean ok, String reason) {
            if (!ok) {
                errors.add(new Problem.FieldError(field, reason));
            }
            return this;
        }

        public void orThrow() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
    }
}
