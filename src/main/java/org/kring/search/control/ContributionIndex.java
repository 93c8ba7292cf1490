package org.kring.search.control;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * The contributions index: one versioned index (contributions-v1, ...) behind the alias
 * "contributions", defined by the JSON files in elasticsearch/index/ (copied into the WAR).
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
            }
            LOG.info(() -> "Created index " + index + " behind alias " + alias());
        }
        ready = true;
    }

    private static InputStream definition(String version) {
        InputStream in = ContributionIndex.class.getResourceAsStream("/elasticsearch/index/" + version + ".json");
        if (in == null) {
            throw new UncheckedIOException(new IOException("Index definition " + version + ".json is missing from the WAR"));
        }
        return in;
    }
}
