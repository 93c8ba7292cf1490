package org.kring.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * A real SMTP server on localhost for the benchmark (bench/run starts it before Kring and points Kring's
 * KRING_SMTP_* at it): it accepts every mail and writes one line per mail to a log, {@code <epoch ms> TAB
 * <Message-ID> TAB <recipient>}, so that the fan-out step can time the mails and find any sent twice. Kring's
 * Message-IDs come from its mail outbox rows ({@code <kring-mail-ID@host>}).
 */
final class SmtpSink {

    private final Writer log;

    private SmtpSink(Writer log) {
        this.log = log;
    }

    static void run(int port, Path logFile) throws IOException {
        try (Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
             ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            SmtpSink sink = new SmtpSink(log);
            System.err.println("[bench] SMTP sink on 127.0.0.1:" + port + ", log " + logFile);
            while (true) {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> sink.serve(client));
            }
        }
    }

    private void serve(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
             OutputStream raw = client.getOutputStream()) {
            PrintWriter out = new PrintWriter(raw, false, StandardCharsets.UTF_8);
            reply(out, "220 bench SMTP sink");
            String recipient = "";
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "RCPT" -> {
                        recipient = line.substring(line.indexOf(':') + 1).strip();
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        received(messageId(in), recipient);
                        reply(out, "250 OK");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "250 OK"); // EHLO, HELO, MAIL, RSET, NOOP
                }
            }
        } catch (IOException e) {
            System.err.println("[bench] SMTP sink: a connection ended: " + e.getMessage());
        }
    }

    /** Reads the message up to its lone dot; answers its Message-ID header. */
    private static String messageId(BufferedReader in) throws IOException {
        String id = "";
        boolean headers = true;
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            if (line.isEmpty()) {
                headers = false;
            } else if (headers && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                id = line.substring(11).strip();
            }
        }
        return id;
    }

    private synchronized void received(String messageId, String recipient) throws IOException {
        log.write(System.currentTimeMillis() + "\t" + messageId + "\t" + recipient + "\n");
        log.flush();
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }
}
