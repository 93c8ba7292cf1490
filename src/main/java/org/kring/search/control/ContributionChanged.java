package org.kring.search.control;

/**
 * Fired by {@link SearchOutbox} inside the transaction of every change that is indexed (not for counters-only
 * changes such as votes): one contribution ({@code entityId}), or, for {@link SearchOutbox#changedWhere}, all of a
 * type at once ({@code entityId} null). Features that show contributions elsewhere (the Atom feeds) learn of every
 * change through this one door.
 */
public record ContributionChanged(String entityType, Long entityId) {

    public boolean many() {
        return entityId == null;
    }
}
