package org.tocsin.network.notifications;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal SMTP server: answers RCPT as told, answers the end of DATA as told (given the
 * transaction's last RCPT line), counts accepted messages, remembers when the last one ended.
 */
final class SmtpSink implements AutoCloseable {
    final AtomicInteger messages = new AtomicInteger();
    final AtomicLong lastAt = new AtomicLong();
    private final ServerSocket server;
    private final java.util.function.Function<String, String> rcpt;
    private final java.util.function.Function<String, String> endOfData;

    SmtpSink(java.util.function.Function<String, String> rcpt) {
        this(rcpt, lastRcpt -> "250 OK queued");
    }

    SmtpSink(java.util.function.Function<String, String> rcpt, java.util.function.Function<String, String> endOfData) {
        this.rcpt = rcpt;
        this.endOfData = endOfData;
        try {
            server = new ServerSocket(0, 100);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread.ofPlatform().daemon().start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofPlatform().daemon().start(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII), 65536)) {
            OutputStream out = socket.getOutputStream();
            reply(out, "220 sink ESMTP");
            String line;
            boolean data = false;
            String lastRcpt = "";
            while ((line = in.readLine()) != null) {
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        String answer = endOfData.apply(lastRcpt);
                        if (answer.startsWith("2")) {
                            messages.incrementAndGet();
                            lastAt.set(System.nanoTime());
                        }
                        reply(out, answer);
                    }
                    continue;
                }
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-sink\r\n250 8BITMIME");
                    case "DATA" -> {
                        data = true;
                        reply(out, "354 go ahead");
                    }
                    case "RCPT" -> {
                        lastRcpt = line;
                        reply(out, rcpt.apply(line));
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // The client went away.
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
