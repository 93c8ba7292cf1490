package org.kring.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Kring's settings, in one place. Each comes from an environment variable (KRING_ES_URL) or the
 * equivalent system property (-Dkring.es.url); MicroProfile Config maps one onto the other.
 * The database settings are read by {@link org.kring.platform.database.KringDataSource} as well,
 * because a data source is defined before CDI runs.
 */
@ApplicationScoped
public class KringConfig {

    private static final Logger LOG = Logger.getLogger(KringConfig.class.getName());

    @Inject
    @ConfigProperty(name = "kring.db.url", defaultValue = "jdbc:h2:./data/db/kring")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "kring.db.user", defaultValue = "kring")
    String databaseUser;

    @Inject
    @ConfigProperty(name = "kring.es.url", defaultValue = "http://127.0.0.1:9200")
    String elasticsearchUrl;

    @Inject
    @ConfigProperty(name = "kring.es.index-prefix")
    Optional<String> indexPrefix;

    @Inject
    @ConfigProperty(name = "kring.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "kring.http.port", defaultValue = "8080")
    int httpPort;

    @Inject
    @ConfigProperty(name = "kring.seed-demo", defaultValue = "true")
    boolean seedDemo;

    /** Printed once at start (CDI beans are lazy; the Startup event makes this one eager). */
    void printEffectiveConfiguration(@Observes Startup event) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("kring.db.url", withoutSecrets(databaseUrl));
        shown.put("kring.db.user", databaseUser);
        shown.put("kring.es.url", withoutSecrets(elasticsearchUrl));
        shown.put("kring.es.index-prefix", indexPrefix());
        shown.put("kring.data.dir", dataDir);
        shown.put("kring.http.port", httpPort);
        shown.put("kring.seed-demo", seedDemo);
        LOG.info(() -> "Effective configuration (passwords left out): " + shown);
    }

    /** Drops user:password@ and password=... from a URL before it is logged. */
    static String withoutSecrets(String url) {
        return url.replaceAll("//[^/@]*@", "//***@").replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    public String databaseUrl() {
        return databaseUrl;
    }

    public String elasticsearchUrl() {
        return elasticsearchUrl;
    }

    /** Lets several Kring installations (or test runs) share one Elasticsearch cluster. */
    public String indexPrefix() {
        return indexPrefix.orElse("");
    }

    public boolean seedDemo() {
        return seedDemo;
    }
}
