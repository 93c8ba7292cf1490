package org.kring.platform.privacy;

import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.stream.Stream;

/** The statements every {@link PersonalData} share runs: export one member's rows, hand them over on erasure. */
public final class PersonalRows {

    private PersonalRows() {
    }

    /** Runs a native update where ?1 is the member and ?2 (when used) the former member who takes their place. */
    public static void update(EntityManager em, String sql, long memberId, long formerMemberId) {
        var query = em.createNativeQuery(sql).setParameter(1, memberId);
        if (sql.contains("?2")) {
            query.setParameter(2, formerMemberId);
        }
        query.executeUpdate();
    }

    /**
     * Runs {@code sql} (its one parameter, ?1, is the member) and writes each row as an object whose fields are
     * {@code names}, in column order; rows are streamed, not collected.
     */
    public static void write(EntityManager em, JsonGenerator out, String sql, long memberId, String... names) {
        out.writeStartArray();
        @SuppressWarnings("unchecked")
        Stream<Object> rows = em.createNativeQuery(sql).setParameter(1, memberId).getResultStream();
        try (rows) {
            rows.forEach(row -> {
                Object[] columns = row instanceof Object[] many ? many : new Object[] {row};
                out.writeStartObject();
                for (int i = 0; i < names.length; i++) {
                    field(out, names[i], columns[i]);
                }
                out.writeEnd();
            });
        }
        out.writeEnd();
    }

    private static void field(JsonGenerator out, String name, Object value) {
        switch (value) {
            case null -> out.writeNull(name);
            case Boolean b -> out.write(name, b);
            case Integer i -> out.write(name, i);
            case Long l -> out.write(name, l);
            case Number n -> out.write(name, n.longValue());
            case Timestamp t -> out.write(name, t.toInstant().toString());
            case OffsetDateTime t -> out.write(name, t.toInstant().toString());
            case TemporalAccessor t -> out.write(name, t.toString());
            default -> out.write(name, value.toString());
        }
    }
}
