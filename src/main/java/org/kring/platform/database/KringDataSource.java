package org.kring.platform.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source behind {@code java:app/jdbc/kring}: picks the JDBC driver from the URL, so that
 * switching between the embedded H2 and PostgreSQL is one setting (KRING_DB_URL) and no rebuild.
 * Payara pools the connections it hands out; this class only opens them.
 */
public class KringDataSource implements DataSource {

    /** URL prefix → driver class. H2 comes with Payara Micro, the PostgreSQL driver with the WAR. */
    private static final Map<String, String> DRIVERS = Map.of(
            "jdbc:postgresql:", "org.postgresql.Driver",
            "jdbc:h2:", "org.h2.Driver");

    private String url;
    private String user;
    private String password;
    private volatile Driver driver;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Connection connection = driver().connect(effectiveUrl(), properties);
        if (connection == null) {
            throw new SQLException("The driver does not accept the URL " + url);
        }
        return connection;
    }

    /**
     * H2 speaks PostgreSQL's dialect, so that one set of migrations and queries serves both; words that H2 reserves and
     * PostgreSQL does not (channel_count's {@code month}) are plain names to it too.
     */
    private String effectiveUrl() {
        if (url.startsWith("jdbc:h2:") && !url.toUpperCase().contains("MODE=")) {
            return url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=MONTH";
        }
        return url;
    }

    private Driver driver() throws SQLException {
        if (driver == null) {
            String className = DRIVERS.entrySet().stream()
                    .filter(e -> url != null && url.startsWith(e.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElseThrow(() -> new SQLException("Unsupported database URL '" + url
                            + "': Kring runs on PostgreSQL (jdbc:postgresql:...) or the embedded H2 (jdbc:h2:...)"));
            try {
                driver = (Driver) Class.forName(className, true, KringDataSource.class.getClassLoader())
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new SQLException("Cannot load JDBC driver " + className, e);
            }
        }
        return driver;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Kring logs through java.util.logging; a JDBC log writer is not used.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
