package org.kring.platform.database;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A timestamp column read outside an entity (a native query, or an aggregate such as min() that EclipseLink does not
 * pass through {@link InstantConverter}): PostgreSQL's driver answers a {@link Timestamp}, H2 an {@link OffsetDateTime}.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** The value as an instant; null for null. */
    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp t -> t.toInstant();
            case OffsetDateTime t -> t.toInstant();
            case Instant t -> t;
            default -> throw new IllegalArgumentException("Not a timestamp: " + value.getClass().getName());
        };
    }
}
