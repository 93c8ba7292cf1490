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
import jakarta.mail.util.StreamProvider;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kring.notifications.entity.OutgoingMail;
import org.kring.platform.logging.StructuredLog;
import org.kring.platform.work.WorkerLoop;

/**
 * Sends the mail outbox on a thread of its own, once a second and then back to back while mails are due: batches of
 * {@link MailOutbox#BATCH} mails, up to {@link #PER_CONNECTION} over one SMTP connection, or, without an SMTP server,
 * as {@code .eml} files in the data folder. While the server is away, each mail waits its back-off (see
 * {@link MailOutbox}) and the round stops at the first failure.
 */
@ApplicationScoped
public class MailWorker {

    private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());
    /** Mails over one SMTP connection before it is closed and the worker looks again (a new connection per round). */
    static final int PER_CONNECTION = 200;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    MailOutbox outbox;

    @Inject
    MailComposer composer;

    @Inject
    MailSettings settings;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Woken by each transaction that queued mail (rounds at least 1 s apart), else every 5 s (mails waiting for their
     * back-off are due then); while the server is away from 2 s up to 30 s between attempts.
     */
    private final WorkerLoop loop = new WorkerLoop("kring-mail-sender", Duration.ofSeconds(1), Duration.ofSeconds(5),
            Duration.ofSeconds(2), Duration.ofSeconds(30), this::send, MailWorker::failed);

    void start(@Observes Startup event) {
        pinStreamProvider();
        LOG.info(() -> settings.smtp() ? "Notification e-mails go to the SMTP server " + settings.sessionProperties().get("mail.smtp.host")
                : "No KRING_SMTP_HOST: notification e-mails are written as .eml files to " + settings.mailFolder().toAbsolutePath());
        loop.start(threads);
    }

    /**
     * Jakarta Mail 2.1 looks up its StreamProvider with a ServiceLoader on every use (each body part, each encoded
     * header, each write: about ten times per mail), which searched all of the application's jars and took a third of
     * the sender's CPU time per mail (issue 13). The lookup reads a system property of that name first: naming the
     * provider it found makes each later lookup a load of a class that is already loaded. Left alone when set.
     */
    static void pinStreamProvider() {
        String name = StreamProvider.class.getName();
        if (System.getProperty(name) == null) {
            System.setProperty(name, StreamProvider.provider().getClass().getName());
        }
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }

    /** Sends the worker to the queue once the caller's transaction has committed. */
    public void wakeAfterCommit() {
        loop.wakeAfterCommit(transactions);
    }

    private WorkerLoop.Outcome send() {
        int sent = sendBatches();
        return sent < 0 ? WorkerLoop.Outcome.FAILED : sent >= PER_CONNECTION ? WorkerLoop.Outcome.MORE : WorkerLoop.Outcome.IDLE;
    }

    private static void failed(Exception e, Duration retryIn) {
        LOG.log(Level.WARNING, StructuredLog.line("mail-outbox-failed", "error", e.getClass().getSimpleName() + ": " + e.getMessage(),
                "retryInMillis", retryIn.toMillis()));
    }

    /**
     * Sends batches of due mails over one connection (opened for the first mail) until none is due, one fails, or
     * {@link #PER_CONNECTION} went out; answers how many went out, or -1 when one failed.
     */
    int sendBatches() {
        Session session = Session.getInstance(settings.sessionProperties());
        SmtpConnection smtp = new SmtpConnection(session);
        int sent = 0;
        try {
            MailOutbox.Batch batch;
            do {
                batch = outbox.sendNext(mail -> deliver(session, smtp, mail));
                sent += batch.sent();
                if (batch.failure() != null) {
                    LOG.log(Level.WARNING, StructuredLog.line("mail-send-failed", "error",
                            batch.failure().getClass().getSimpleName() + ": " + batch.failure().getMessage()));
                    return -1;
                }
            } while (batch.full() && sent < PER_CONNECTION);
        } finally {
            smtp.close();
        }
        return sent;
    }

    private void deliver(Session session, SmtpConnection smtp, OutgoingMail mail) throws MessagingException, IOException {
        MimeMessage message = composer.compose(session, mail);
        if (settings.smtp()) {
            smtp.open().sendMessage(message, message.getAllRecipients());
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

    /** One SMTP connection for a round, opened when the first mail needs it (no mail due: no connection). */
    private final class SmtpConnection {

        private final Session session;
        private Transport transport;

        SmtpConnection(Session session) {
            this.session = session;
        }

        Transport open() throws MessagingException {
            if (transport == null) {
                Transport fresh = session.getTransport("smtp");
                if (settings.user().isPresent()) {
                    fresh.connect(settings.user().get(), settings.password());
                } else {
                    // Without a user: no AUTH at all (connect with a password would log in as the JVM's user name).
                    fresh.connect();
                }
                transport = fresh;
            }
            return transport;
        }

        void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.log(Level.FINE, "closing the SMTP connection", e);
                }
            }
        }
    }
}
