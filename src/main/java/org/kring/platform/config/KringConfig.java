package org.kring.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kring.platform.settings.SettingOverrides;

/**
 * Kring's general settings (database, search, branding, session cookie), printed once at start. Each comes
 * from an environment variable (KRING_ES_URL) or the equivalent system property (-Dkring.es.url);
 * MicroProfile Config maps one onto the other. A setting that belongs to one rule is read next to that rule:
 * the write limits in {@code WriteRateLimiter}, the login throttle in {@code LoginThrottle}, the token lifetime
 * in {@code AuthTokens}, the trusted proxies in {@code ClientAddress}, the body size in {@code RequestSizeLimit}
 * (README's configuration table lists them all). The database settings are read by
 * {@link org.kring.platform.database.KringDataSource} as well, because a data source is defined before CDI runs.
 */
@ApplicationScoped
public class KringConfig {

    private static final Logger LOG = Logger.getLogger(KringConfig.class.getName());
    // Compiled once: the colour is checked on every page and in every mail (String.matches compiles on each call).
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern SAFE_URL = Pattern.compile("(https://|/(?!/))[^\\s\"'<>]*");

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

    /** The branding's names: the environment's (KRING_BRAND_NAME, ...) and the stored settings' that override them. */
    public static final String BRAND_NAME = "kring.brand.name";
    public static final String BRAND_LOGO = "kring.brand.logo";
    public static final String BRAND_COLOR = "kring.brand.color";
    public static final String BRAND_COLOR_DARK = "kring.brand.color-dark";

    @Inject
    @ConfigProperty(name = BRAND_NAME, defaultValue = "Kring")
    String brandName;

    @Inject
    @ConfigProperty(name = BRAND_LOGO)
    Optional<String> brandLogo;

    @Inject
    @ConfigProperty(name = BRAND_COLOR, defaultValue = DEFAULT_COLOR)
    String brandColor;

    @Inject
    @ConfigProperty(name = BRAND_COLOR_DARK, defaultValue = DEFAULT_COLOR_DARK)
    String brandColorDark;

    @Inject
    SettingOverrides overrides;

    @Inject
    @ConfigProperty(name = "kring.session.secure-cookie", defaultValue = "false")
    boolean secureSessionCookie;

    public static final String DEFAULT_COLOR = "#0b5cad";
    public static final String DEFAULT_COLOR_DARK = "#083f77";

    /** Printed once at start (CDI beans are lazy; the Startup event makes this one eager). */
    void printEffectiveConfiguration(@Observes Startup event) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("kring.db.url", withoutSecrets(databaseUrl));
        shown.put("kring.db.user", databaseUser);
        shown.put("kring.es.url", withoutSecrets(elasticsearchUrl));
        shown.put("kring.es.index-prefix", indexPrefix());
        shown.put("kring.data.dir", dataDir);
        shown.put("kring.http.port", httpPort);
        shown.put("kring.brand.name", brandName);
        shown.put("kring.brand.logo", brandLogo());
        shown.put("kring.brand.color", brandColor());
        shown.put("kring.brand.color-dark", brandColorDark());
        shown.put("kring.session.secure-cookie", secureSessionCookie);
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

    /** The branding below: what an admin stored on the settings page, else the environment's (KRING_BRAND_...). */
    public String brandName() {
        return overrides.get(BRAND_NAME).orElse(brandName);
    }

    /** The logo's URL (https or a path on this site), or empty: then the header shows the name. */
    public String brandLogo() {
        return overrides.get(BRAND_LOGO).or(() -> brandLogo).filter(KringConfig::isSafeUrl).orElse("");
    }

    /** The community's colour for the header and buttons (#rrggbb; white text on it must pass AA contrast). */
    public String brandColor() {
        return color(overrides.get(BRAND_COLOR).orElse(brandColor), DEFAULT_COLOR);
    }

    /** A darker shade of it, for hover and focus. */
    public String brandColorDark() {
        return color(overrides.get(BRAND_COLOR_DARK).orElse(brandColorDark), DEFAULT_COLOR_DARK);
    }

    /** Session cookies only over HTTPS: switch on wherever Kring is reached through HTTPS (e.g. behind nginx). */
    public boolean secureSessionCookie() {
        return secureSessionCookie;
    }

    /** Only #rrggbb reaches the page's style sheet; anything else falls back to the default. */
    public static String color(String value, String fallback) {
        return value != null && COLOR.matcher(value).matches() ? value : fallback;
    }

    public static boolean isSafeUrl(String url) {
        return SAFE_URL.matcher(url).matches();
    }
}
