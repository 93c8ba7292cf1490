package org.kring.search.control;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a feature offers the search index: the current indexed form of its contributions.
 * Implemented by each feature that has contributions (ideas, posts, threads) and found by CDI,
 * so that search does not depend on the features and the features do not depend on Elasticsearch.
 */
public interface IndexedContributions {

    /** The outbox entity type this source answers for, e.g. {@link SearchOutbox#IDEA}. */
    String type();

    /**
     * The documents of those ids that still exist, keyed by id; an id left out is deleted from the index.
     * Field names follow elasticsearch/index/contributions-v1.json.
     */
    Map<Long, Map<String, Object>> documents(Collection<Long> ids);

    /**
     * Only the counters of those ids (e.g. {@code vote_count}), keyed by id, for changes recorded with
     * {@link SearchOutbox#countersChanged}; an id left out no longer has a document. Sources without counters never
     * record such changes.
     */
    default Map<Long, Map<String, Object>> counters(Collection<Long> ids) {
        throw new UnsupportedOperationException(type() + " has no counters of its own");
    }

    /**
     * The ids of the contributions that have a document (exactly those {@link #documents} returns),
     * greater than {@code afterId}, in ascending order, at most {@code limit}: a reindex pages through them.
     */
    List<Long> idsAfter(long afterId, int limit);

    /** How many contributions have a document: the consistency check compares it with the index. */
    long count();
}
