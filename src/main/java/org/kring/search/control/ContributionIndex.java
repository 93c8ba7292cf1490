package org.kring.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The contributions index: one versioned index (contributions-v1, then contributions-v&lt;millis&gt; after
 * a rebuild) behind the alias "contributions", defined by the JSON file in elasticsearch/index/
 * (copied into the WAR).
 */
@ApplicationScoped
public class ContributionIndex {

    public static final String ALIAS = "contributions";
    static final String CURRENT_VERSION = "contributions-v1";
    private static final Logger LOG = Logger.getLogger(ContributionIndex.class.getName());

    @Inject
    SearchClient search;

    private volatile boolean ready;

    /** The alias searches and writes go through. */
    public String alias() {
        return search.name(ALIAS);
    }

    /** Creates the current index version and its alias when the cluster has neither; cheap once done. */
    public void ensureExists() throws IOException {
        if (ready) {
            return;
        }
        ElasticsearchClient client = search.client();
        if (!client.indices().existsAlias(a -> a.name(alias())).value()) {
            String index = search.name(CURRENT_VERSION);
            try (InputStream definition = definition(CURRENT_VERSION)) {
                client.indices().create(c -> c.index(index).withJson(definition).aliases(alias(), a -> a));
                LOG.info(() -> "Created index " + index + " behind alias " + alias());
            } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                // Another thread (the indexer, a search) or instance created it a moment ago: that is what we want.
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
        ready = true;
    }

    /** Creates a new, empty index from the current definition, not behind the alias (yet). */
    void createVersion(String index) throws IOException {
        try (InputStream definition = definition(CURRENT_VERSION)) {
            search.client().indices().create(c -> c.index(index).withJson(definition));
        }
    }

    /** An index's refresh interval and replica count, as its definition set them. */
    record Settings(Time refreshInterval, String replicas) {
    }

    /** For a bulk load: no refreshes and no replicas; returns what to {@link #restore} afterwards. */
    Settings pauseRefresh(String index) throws IOException {
        IndexSettings now = search.client().indices().getSettings(g -> g.index(index)).get(index).settings().index();
        Settings defined = new Settings(now.refreshInterval() == null ? Time.of(t -> t.time("1s")) : now.refreshInterval(),
                now.numberOfReplicas() == null ? "0" : now.numberOfReplicas());
        search.client().indices().putSettings(p -> p.index(index).settings(s -> s
                .refreshInterval(Time.of(t -> t.time("-1"))).numberOfReplicas("0")));
        return defined;
    }

    void restore(String index, Settings settings) throws IOException {
        search.client().indices().putSettings(p -> p.index(index).settings(s -> s
                .refreshInterval(settings.refreshInterval()).numberOfReplicas(settings.replicas())));
    }

    /** The indices the alias points at now (one, normally). */
    public List<String> indicesBehindAlias() throws IOException {
        return new ArrayList<>(search.client().indices().getAlias(g -> g.name(alias())).aliases().keySet());
    }

    /** Points the alias at the new index and away from the old ones, in one atomic update_aliases call. */
    void moveAliasTo(String index, List<String> old) throws IOException {
        List<Action> actions = new ArrayList<>();
        for (String o : old) {
            actions.add(Action.of(a -> a.remove(r -> r.index(o).alias(alias()))));
        }
        actions.add(Action.of(a -> a.add(ad -> ad.index(index).alias(alias()).isWriteIndex(true))));
        search.client().indices().updateAliases(u -> u.actions(actions));
        LOG.info(() -> "Alias " + alias() + " moved from " + old + " to " + index);
    }

    private static InputStream definition(String version) {
        InputStream in = ContributionIndex.class.getResourceAsStream("/elasticsearch/index/" + version + ".json");
        if (in == null) {
            throw new UncheckedIOException(new IOException("Index definition " + version + ".json is missing from the WAR"));
        }
        return in;
    }
}
