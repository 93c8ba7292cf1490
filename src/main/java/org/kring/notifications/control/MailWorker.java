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
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kring.notifications.entity.OutgoingMail;
import org.kring.platform.logging.StructuredLog;

/**
 * Sends the mail outbox on a thread of its own, once a second: through one SMTP connection per batch (so hundreds of
 * mails a second), or, without an SMTP server, as {@code .eml} files in the data folder. While the server is away,
 * each mail waits its back-off (see {@link MailOutbox}) and the batch stops at the first failure.
 */
@ApplicationScoped
public class MailWorker {

    private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());
    private static final int BATCH = 200;
    private static final long PAUSE_MILLIS = 1000;
    /** While the server is away the worker tries once per pause, the pause doubling up to this. */
    private static final long MAX_PAUSE_MILLIS = 30_000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    MailOutbox outbox;

    @Inject
    MailComposer composer;

    @Inject
    MailSettings settings;

    private Thread worker;
    private volatile boolean running;

    void start(@Observes Startup event) {
        running = true;
        LOG.info(() -> settings.smtp() ? "Notification e-mails go to the SMTP server " + settings.sessionProperties().get("mail.smtp.host")
                : "No KRING_SMTP_HOST: notification e-mails are written as .eml files to " + settings.mailFolder().toAbsolutePath());
        worker = threads.newThread(this::loop);
        worker.setName("kring-mail-sender");
        worker.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void loop() {
        long pause = PAUSE_MILLIS;
        while (running) {
            try {
                int sent;
                do {
                    sent = sendBatch();
                } while (running && sent == BATCH);
                pause = sent < 0 ? Math.min(pause * 2, MAX_PAUSE_MILLIS) : PAUSE_MILLIS;
            } catch (RuntimeException e) {
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
                LOG.log(Level.WARNING, StructuredLog.line("mail-outbox-failed", "error", e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
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
