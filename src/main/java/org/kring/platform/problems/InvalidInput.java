package org.kring.platform.problems;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects what is wrong with a request's input, field by field, and throws once with all of it
 * (a 400 problem that names each field). Used instead of Bean Validation annotations on JAX-RS
 * parameters: Payara's OpenAPI generator fails on those (NullPointerException in visitMax).
 */
public final class InvalidInput extends Refusal {

    private final List<Problem.FieldError> errors;
    private final boolean unprocessable;
    private final Map<String, PageText> pageTexts;

    /**
     * What a page shows next to a refused field, in the reader's language: a message key and its arguments. Pages show
     * a general text per field unless a check names one (the API's reason is English and for developers).
     */
    public record PageText(String key, List<Object> arguments) {
    }

    private InvalidInput(List<Problem.FieldError> errors, boolean unprocessable, Map<String, PageText> pageTexts) {
        super("Some fields are not valid: " + errors);
        this.errors = List.copyOf(errors);
        this.unprocessable = unprocessable;
        this.pageTexts = Map.copyOf(pageTexts);
    }

    private InvalidInput(List<Problem.FieldError> errors) {
        this(errors, false, Map.of());
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** The page text a check gave this field's refusal, if it gave one. */
    public Optional<PageText> pageText(String field) {
        return Optional.ofNullable(pageTexts.get(field));
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
        return new InvalidInput(List.of(new Problem.FieldError(field, reason)), true, Map.of());
    }

    /** One bad field. */
    public static InvalidInput of(String field, String reason) {
        return new InvalidInput(List.of(new Problem.FieldError(field, reason)));
    }

    /** One bad field, shown on pages with this message key. */
    public static InvalidInput of(String field, String reason, String pageKey) {
        return new InvalidInput(List.of(new Problem.FieldError(field, reason)), false, Map.of(field, new PageText(pageKey, List.of())));
    }

    public static Checks check() {
        return new Checks();
    }

    /** A period from the fields {@code from} and {@code to}; either end may be open (null). */
    public record Period(Instant from, Instant to) {
    }

    /** A list of checks; {@link #orThrow()} throws when any failed. */
    public static final class Checks {
        private final List<Problem.FieldError> errors = new ArrayList<>();
        private final Map<String, PageText> pageTexts = new HashMap<>();

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

        /** {@link #that(String, boolean, String)}, and pages show the field's refusal with this message key and arguments. */
        public Checks that(String field, boolean ok, String reason, String pageKey, Object... arguments) {
            if (!ok) {
                that(field, false, reason);
                pageTexts.putIfAbsent(field, new PageText(pageKey, List.of(arguments)));
            }
            return this;
        }

        /**
         * A period's end (its {@code from} and {@code to} fields): each a date (the whole day: its start for from, its
         * end for to) or an instant, absent when blank, and to not before from.
         */
        public Period period(String from, String to) {
            Period period = new Period(moment("from", from, false), moment("to", to, true));
            that("to", period.from() == null || period.to() == null || !period.to().isBefore(period.from()),
                    "must not be before from");
            return period;
        }

        private Instant moment(String field, String value, boolean endOfDay) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                if (value.strip().length() == 10) {
                    LocalDate day = LocalDate.parse(value.strip());
                    return endOfDay ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1)
                            : day.atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                return Instant.parse(value.strip());
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError(field, "must be a real date (2026-11-01) or instant (2026-11-01T10:00:00Z)"));
                return null;
            }
        }

        public void orThrow() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors, false, pageTexts);
            }
        }
    }
}
