package org.kring.notifications.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kring.notifications.entity.OutgoingMail;
import org.kring.platform.logging.StructuredLog;
import org.kring.platform.work.WorkerLoop;

/**
 * Sends the mail outbox on a thread of its own, once a second: through one SMTP connection per batch (so hundreds of
 * mails a second), or, without an SMTP server, as {@code .eml} files in the data folder. While the server is away,
 * each mail waits its back-off (see {@link MailOutbox}) and the batch stops at the first failure.
 */
@ApplicationScoped
public class MailWorker {

    private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());
    private static final int BATCH = 200;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    MailOutbox outbox;

    @Inject
    MailComposer composer;

    @Inject
    MailSettings settings;

    /** Once a second; while the server is away from 2 s up to 30 s between attempts. */
    private final WorkerLoop loop = new WorkerLoop("kring-mail-sender", Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(30), this::send, MailWorker::failed);

    void start(@Observes Startup event) {
        LOG.info(() -> settings.smtp() ? "Notification e-mails go to the SMTP server " + settings.sessionProperties().get("mail.smtp.host")
                : "No KRING_SMTP_HOST: notification e-mails are written as .eml files to " + settings.mailFolder().toAbsolutePath());
        loop.start(threads);
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }

    private WorkerLoop.Outcome send() {
        int sent = sendBatch();
        return sent < 0 ? WorkerLoop.Outcome.FAILED : sent == BATCH ? WorkerLoop.Outcome.MORE : WorkerLoop.Outcome.IDLE;
    }

    private static void failed(Exception e, Duration retryIn) {
        LOG.log(Level.WARNING, StructuredLog.line("mail-outbox-failed", "error", e.getClass().getSimpleName() + ": " + e.getMessage(),
                "retryInMillis", retryIn.toMillis()));
    }

    /** Sends due mails until one fails; answers how many were due, or -1 when one failed. */
    int sendBatch() {
        List<Long> due = outbox.due(BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        Session session = Session.getInstance(settings.sessionProperties());
        Transport transport = null;
        try {
            if (settings.smtp()) {
                transport = session.getTransport("smtp");
                if (settings.user().isPresent()) {
                    transport.connect(settings.user().get(), settings.password());
                } else {
                    // Without a user: no AUTH at all (connect with a password would log in as the JVM's user name).
                    transport.connect();
                }
            }
            Transport connected = transport;
            for (long id : due) {
                outbox.send(id, mail -> deliver(session, connected, mail));
            }
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            // The first mail not sent (the others wait their turn; their back-off starts when they fail themselves).
            outbox.due(1).forEach(id -> outbox.failed(id, error));
            LOG.log(Level.WARNING, StructuredLog.line("mail-send-failed", "error", error));
            return -1;
        } finally {
            close(transport);
        }
        return due.size();
    }

    private void deliver(Session session, Transport transport, OutgoingMail mail) throws MessagingException, IOException {
        MimeMessage message = composer.compose(session, mail);
        if (transport != null) {
            transport.sendMessage(message, message.getAllRecipients());
            return;
        }
        Path folder = settings.mailFolder();
        Files.createDirectories(folder);
        Path file = folder.resolve("mail-" + mail.getId() + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
        LOG.info(() -> "Mail to " + mail.getToAddress() + " written to " + file.toAbsolutePath());
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "closing the SMTP connection", e);
            }
        }
    }
}
