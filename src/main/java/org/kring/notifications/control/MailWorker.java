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
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.kring.notifications.entity.OutgoingMail;
import org.kring.platform.logging.StructuredLog;
import org.kring.platform.work.WorkerLoop;

/**
 * Sends the mail outbox on a thread of its own, once a second and then back to back while mails are due: batches of
 * {@link MailOutbox#BATCH} mails, each composed and sent on one of {@link #LANES} lanes with an SMTP connection each
 * (up to {@link #PER_CONNECTION} mails over one), or, without an SMTP server, written as {@code .eml} files in the
 * data folder. While the server is away, each failed mail waits its back-off (see {@link MailOutbox}) and
 * the round stops at the first failed batch.
 */
@ApplicationScoped
public class MailWorker {

    private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());
    /** Mails over one SMTP connection before it is closed and the worker looks again (a new connection per round). */
    static final int PER_CONNECTION = 200;
    /**
     * SMTP connections in use at once. On one connection a mail waits for four answers of the server one after the
     * other; two connections halve those waits' share of the time (the waits, not the CPU, held the rate on a busy
     * machine, issue 13). A batch still ends before it is marked sent, so at most {@link MailOutbox#BATCH} mails are in
     * flight in all.
     */
    static final int LANES = 2;

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

    private MailLanes lanes;

    /**
     * Woken by each transaction that queued mail (rounds at least 1 s apart), else every 5 s (mails waiting for their
     * back-off are due then); while the server is away from 2 s up to 30 s between attempts.
     */
    private final WorkerLoop loop = new WorkerLoop("kring-mail-sender", Duration.ofSeconds(1), Duration.ofSeconds(5),
            Duration.ofSeconds(2), Duration.ofSeconds(30), this::send, MailWorker::failed);

    void start(@Observes Startup event) {
        pinStreamProvider();
        lanes = new MailLanes(threads, "kring-mail-sender-", LANES);
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
        if (lanes != null) {
            lanes.close();
        }
    }

    /** Sends the worker to the queue once the caller's transaction has committed. */
    public void wakeAfterCommit() {
        loop.wakeAfterCommit(transactions);
    }

    private WorkerLoop.Outcome send() {
        int sent = sendBatches();
        return sent < 0 ? WorkerLoop.Outcome.FAILED : sent >= PER_CONNECTION * LANES ? WorkerLoop.Outcome.MORE : WorkerLoop.Outcome.IDLE;
    }

    private static void failed(Exception e, Duration retryIn) {
        LOG.log(Level.WARNING, StructuredLog.line("mail-outbox-failed", "error", e.getClass().getSimpleName() + ": " + e.getMessage(),
                "retryInMillis", retryIn.toMillis()));
    }

    /**
     * Sends batches of due mails over a connection per lane (each opened for its first mail) until none is due, a batch
     * had a failure, or {@link #PER_CONNECTION} per lane went out; answers how many went out, or -1 after a failure.
     */
    int sendBatches() {
        Session session = Session.getInstance(settings.sessionProperties());
        List<SmtpConnection> connections = IntStream.range(0, lanes.count()).mapToObj(i -> new SmtpConnection(session)).toList();
        int sent = 0;
        try {
            MailOutbox.Batch batch;
            do {
                batch = outbox.sendNext(mails -> deliver(session, connections, mails));
                sent += batch.sent();
                if (batch.failure() != null) {
                    LOG.log(Level.WARNING, StructuredLog.line("mail-send-failed", "error",
                            batch.failure().getClass().getSimpleName() + ": " + batch.failure().getMessage()));
                    return -1;
                }
            } while (batch.full() && sent < PER_CONNECTION * lanes.count());
        } finally {
            connections.forEach(SmtpConnection::close);
        }
        return sent;
    }

    /**
     * Hands each of the batch's mails to its lane, which writes it and sends it, so that two mails are written at once
     * as well. An account mail is written here, in the batch's transaction, as its one-time link is stored when it is
     * written (see {@link AccountMails}). Answers what became of each once the lanes are done.
     */
    private List<MailOutbox.Attempt> deliver(Session session, List<SmtpConnection> connections, List<OutgoingMail> mails) {
        MailLanes.Batch batch = lanes.batch();
        for (OutgoingMail mail : mails) {
            try {
                if (AccountMails.isAccountMail(mail)) {
                    MimeMessage message = composer.compose(session, mail);
                    batch.add(lane -> write(connections.get(lane), mail, message));
                } else {
                    batch.add(lane -> write(connections.get(lane), mail, composer.compose(session, mail)));
                }
            } catch (MessagingException | RuntimeException e) {
                // Written here and failed, or no lane took it (Kring stopping): the mails after it stay due.
                batch.failed(e);
                break;
            }
        }
        return batch.attempts(mails.size());
    }

    private void write(SmtpConnection smtp, OutgoingMail mail, MimeMessage message) throws MessagingException, IOException {
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

    /** One lane's SMTP connection for a round, opened when its first mail needs it (no mail due: no connection). */
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
