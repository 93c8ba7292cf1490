package org.kring.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Compares, per type, how many contributions the database has with how many documents the index has. */
@ApplicationScoped
public class Consistency {

    /** drift = index - database: negative when the index misses documents, positive when it has extra ones. */
    public record TypeCount(String type, long database, long index, long drift) {
    }

    @Schema(name = "SearchConsistencyReport")
    public record Report(List<TypeCount> types, long totalDrift, long outboxBacklog, boolean consistent) {
    }

    @Inject
    Instance<IndexedContributions> sources;

    @Inject
    ContributionIndex index;

    @Inject
    SearchClient search;

    @Inject
    SearchOutbox outbox;

    public Report check() {
        try {
            index.ensureExists();
            List<TypeCount> types = new ArrayList<>();
            long totalDrift = 0;
            for (IndexedContributions source : sources) {
                long database = source.count();
                long indexed = search.client().count(c -> c.index(index.alias())
                        .query(q -> q.term(t -> t.field("type").value(source.type())))).count();
                types.add(new TypeCount(source.type(), database, indexed, indexed - database));
                totalDrift += Math.abs(indexed - database);
            }
            types.sort((a, b) -> a.type().compareTo(b.type()));
            return new Report(types, totalDrift, outbox.backlog(), totalDrift == 0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof co.elastic.clients.elasticsearch._types.ElasticsearchException refused && refused.status() < 500) {
                throw refused;
            }
            throw new Search.Unavailable(e);
        }
    }
}
