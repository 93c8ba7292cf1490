package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where notification e-mails go: the SMTP server of {@code KRING_SMTP_HOST} (port, login, STARTTLS, sender), or,
 * without one (bin/run's zero setup), an {@code .eml} file per mail under {@code <KRING_DATA_DIR>/mail/}.
 * {@code KRING_PUBLIC_URL} is where the mails' links point.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "kring.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "kring.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "kring.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "kring.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "kring.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "kring.smtp.from", defaultValue = "kring@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "kring.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "kring.data.dir", defaultValue = "./data")
    String dataDir;

    /** True when mails go to an SMTP server; false: they are written as files. */
    public boolean smtp() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Jakarta Mail's settings for the SMTP server (short timeouts: a server that is down must not hold the worker). */
    Properties sessionProperties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host.orElse("localhost"));
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        p.put("mail.smtp.starttls.required", String.valueOf(startTls));
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        return p;
    }

    Optional<String> user() {
        return user;
    }

    String password() {
        return password.orElse("");
    }

    String from() {
        return from;
    }

    /** The site's address without a trailing slash, for links in mails (and in webhook deliveries). */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    Path mailFolder() {
        return Path.of(dataDir, "mail");
    }
}
