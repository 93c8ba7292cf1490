package org.kring.platform.database;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The positional parameters of a native statement about a whole selection ({@code id in (?1, ?2, …)}, a multi-row
 * {@code values} list), written as the statement is put together. Plain SQL that PostgreSQL and H2 (zero setup)
 * both run, where an array parameter would not be.
 */
public final class Positional {

    private final List<Object> values = new ArrayList<>();

    /** A placeholder for this value. */
    public String add(Object value) {
        values.add(value);
        return "?" + values.size();
    }

    /** A parenthesised list of placeholders, one per value: {@code (?3, ?4, ?5)}. */
    public String list(Collection<?> each) {
        return each.stream().map(this::add).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The query with every value bound. */
    public Query bind(Query query) {
        for (int n = 0; n < values.size(); n++) {
            query.setParameter(n + 1, values.get(n));
        }
        return query;
    }
}
