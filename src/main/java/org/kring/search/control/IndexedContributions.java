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
     * The ids of the contributions that have a document (exactly those {@link #documents} returns),
     * greater than {@code afterId}, in ascending order, at most {@code limit}: a reindex pages through them.
     */
    List<Long> idsAfter(long afterId, int limit);

    /** How many contributions have a document: the consistency check compares it with the index. */
    long count();
}
