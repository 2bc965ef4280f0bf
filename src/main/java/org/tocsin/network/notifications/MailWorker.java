package org.tocsin.network.notifications;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.tocsin.database.PollingWorkers;
import org.tocsin.network.members.Members;
import org.tocsin.network.members.Members.Recipient;
import org.tocsin.network.notifications.MailRenderer.Row;

/**
 * Works the outbox: each worker thread claims due rows with {@code FOR UPDATE SKIP LOCKED} (so
 * several threads and service instances never take the same row), sends them over one SMTP
 * connection per batch, and marks each sent right after the server accepted it. A claim is a
 * lease: rows a crashed instance held become due again when it runs out, and a stopping worker
 * hands back what it has not sent. Failures wait with exponential backoff; a permanent 5xx
 * refusal of the address suppresses the member. Without SMTP settings nothing is sent: the rows
 * wait, and administrators read them on /admin/notifications.
 */
@Component
class MailWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

    private final JdbcClient db;
    private final javax.sql.DataSource dataSource;
    private final Members members;
    private final MailRenderer renderer;
    private final ObjectProvider<JavaMailSenderImpl> smtp;
    private final String from;
    private final int batchSize;
    private final int maxAttempts;
    private final int leaseSeconds;
    private final boolean autostart;
    private final PollingWorkers workers;

    MailWorker(JdbcClient db, javax.sql.DataSource dataSource, Members members, MailRenderer renderer, ObjectProvider<JavaMailSenderImpl> smtp,
               @Value("${tocsin.mail.from:${TOCSIN_MAIL_FROM:tocsin@localhost}}") String from,
               @Value("${tocsin.notifications.poll-millis:5000}") long pollMillis,
               @Value("${tocsin.notifications.workers:2}") int threads,
               @Value("${tocsin.notifications.batch:200}") int batchSize,
               @Value("${tocsin.notifications.max-attempts:8}") int maxAttempts,
               @Value("${tocsin.notifications.lease-seconds:300}") int leaseSeconds,
               @Value("${tocsin.notifications.autostart:true}") boolean autostart) {
        this.db = db;
        this.dataSource = dataSource;
        this.members = members;
        this.renderer = renderer;
        this.smtp = smtp;
        this.from = from;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.leaseSeconds = leaseSeconds;
        this.autostart = autostart;
        this.workers = new PollingWorkers("tocsin-mail", threads, pollMillis, () -> runBatch(batchSize) > 0);
    }

    /** Whether mail can go out at all (SMTP configured). */
    boolean sends() {
        return smtp.getIfAvailable() != null;
    }

    /** Something was queued: stop waiting for the next poll. */
    void wake() {
        workers.wake();
    }

    @Override
    public boolean isAutoStartup() {
        return autostart;
    }

    @Override
    public void start() {
        if (sends()) {
            workers.start();
        }
    }

    @Override
    public void stop() {
        workers.stop();
    }

    @Override
    public boolean isRunning() {
        return workers.isRunning();
    }

    /** Claims up to {@code limit} due rows and sends them; returns how many it claimed. */
    int runBatch(int limit) {
        JavaMailSenderImpl sender = smtp.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        List<Row> rows = claim(limit);
        if (rows.isEmpty()) {
            return 0;
        }
        send(sender, rows);
        return rows.size();
    }

    /** Sends claimed rows, skipping each one whose claim another worker has taken over since. */
    void send(JavaMailSenderImpl sender, List<Row> rows) {
        Map<Long, Recipient> recipients = members.recipients(rows.stream().map(Row::memberId).distinct().toList());
        MailRenderer.Batch cache = renderer.batch();
        Set<Long> handled = new HashSet<>();
        Transport transport = null;
        try (Marks marks = new Marks()) {
            for (Row row : rows) {
                if (workers.stopping()) {
                    break;
                }
                handled.add(row.id());
                if (!stillClaimed(row.id())) {
                    continue;
                }
                Recipient to = recipients.get(row.memberId());
                if (to == null || !mayReceive(row, to)) {
                    finish(row.id(), "cancelled", null);
                    continue;
                }
                MimeMessage message;
                try {
                    message = message(sender, renderer.render(row, to, cache));
                } catch (AddressException e) {
                    finish(row.id(), "failed", "AddressException");
                    continue;
                } catch (MessagingException | RuntimeException e) {
                    retry(row, e.getClass().getSimpleName());
                    continue;
                }
                try {
                    if (transport == null || !transport.isConnected()) {
                        transport = connect(sender);
                    }
                    transport.sendMessage(message, message.getAllRecipients());
                    marks.sent(row.id());
                } catch (MessagingException e) {
                    int code = returnCode(e);
                    if (recipientRefused(e)) {
                        members.suppressMember(row.memberId(), "rejected");
                        finish(row.id(), "failed", e.getClass().getSimpleName() + " " + code);
                    } else {
                        // Any other refusal (530 at MAIL FROM, 552 too large, 554 content at DATA) says
                        // nothing about this member: retry later on a fresh connection, never suppress.
                        retry(row, e.getClass().getSimpleName() + (code > 0 ? " " + code : ""));
                        transport = close(transport);
                    }
                }
            }
        } finally {
            close(transport);
            release(rows.stream().map(Row::id).filter(id -> !handled.contains(id)).toList());
        }
    }

    /** This worker's claims: a fresh one per worker, so a lease taken over by another is seen as lost. */
    private final java.util.UUID claimToken = java.util.UUID.randomUUID();

    private boolean stillClaimed(long id) {
        return db.sql("select exists (select 1 from notification where id = ? and claimed_by = ? and status = 'queued')")
                .params(id, claimToken).query(Boolean.class).single();
    }

    /**
     * Marks rows sent on one connection held for the batch, each in its own commit right after
     * the server took the mail. The commit does not wait for the WAL to reach the disk
     * (synchronous_commit off, for these updates only): a crash of this service loses nothing,
     * and a crash of PostgreSQL itself could resend at most the mails of its last moments.
     */
    private final class Marks implements AutoCloseable {
        private final java.sql.Connection connection;
        private final java.sql.PreparedStatement update;

        Marks() {
            try {
                connection = dataSource.getConnection();
                try (var statement = connection.createStatement()) {
                    statement.execute("set synchronous_commit = off");
                }
                update = connection.prepareStatement(
                        "update notification set status = 'sent', sent_at = now(), locked_until = null, error = null where id = ? and claimed_by = ?");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot reach the database", e);
            }
        }

        void sent(long id) {
            try {
                update.setLong(1, id);
                update.setObject(2, claimToken);
                update.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot mark a notification sent", e);
            }
        }

        @Override
        public void close() {
            try (connection; update; var statement = connection.createStatement()) {
                statement.execute("reset synchronous_commit");
            } catch (java.sql.SQLException e) {
                log.warn("Mail worker: could not return its connection cleanly ({})", e.getClass().getSimpleName());
            }
        }
    }

    List<Row> claim(int limit) {
        return db.sql("""
                        update notification n set locked_until = now() + make_interval(secs => :lease), attempts = n.attempts + 1, claimed_by = :token
                        where n.id in (select id from notification
                                       where status = 'queued' and run_at <= now() and (locked_until is null or locked_until < now())
                                       order by run_at, id limit :limit for update skip locked)
                        returning n.id, n.member_id, n.kind, n.action_id, n.localisation_id, n.payload_sealed, n.attempts""")
                .param("lease", leaseSeconds).param("limit", limit).param("token", claimToken)
                .query(Row.class).list();
    }

    private static boolean mayReceive(Row row, Recipient to) {
        if ("suppressed".equals(to.status())) {
            return false;
        }
        return to.isActive() || "confirm".equals(row.kind()) || "data_link".equals(row.kind());
    }

    private MimeMessage message(JavaMailSenderImpl sender, MailRenderer.Rendered mail) throws MessagingException {
        MimeMessage message = new MimeMessage(sender.getSession());
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        // RFC 2369 and RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this address.
        message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }

    private static Transport connect(JavaMailSenderImpl sender) throws MessagingException {
        Transport transport = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
        transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
        return transport;
    }

    private static Transport close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // The connection is gone either way.
            }
        }
        return null;
    }

    private void finish(long id, String status, String error) {
        db.sql("""
                update notification set status = ?, sent_at = case when ? = 'sent' then now() end, locked_until = null, error = ?
                where id = ? and claimed_by = ?""").params(status, status, error, id, claimToken).update();
    }

    // Exponential backoff from 30 seconds, capped at six hours; the last attempt fails for good.
    private void retry(Row row, String error) {
        if (row.attempts() >= maxAttempts) {
            log.warn("Mail worker: notification {} failed after {} attempts ({})", row.id(), row.attempts(), error);
            finish(row.id(), "failed", error);
            return;
        }
        long delay = Math.min(30L << Math.min(row.attempts() - 1, 20), 6 * 3600L);
        db.sql("""
                update notification set run_at = now() + make_interval(secs => ?), locked_until = null, error = ? where id = ? and claimed_by = ?""")
                .params(delay, error, row.id(), claimToken).update();
    }

    // A stopping worker gives back what it claimed but did not send; the claim does not count as an attempt.
    private void release(List<Long> ids) {
        if (!ids.isEmpty()) {
            db.sql("update notification set locked_until = null, attempts = attempts - 1 where id = any(?) and status = 'queued' and claimed_by = ?")
                    .params(ids.toArray(Long[]::new), claimToken).update();
        }
    }

    /**
     * True only when the server refused the recipient's address itself at RCPT (550, 551, 553):
     * Angus Mail reports that as an SMTPAddressFailedException (a runtime dependency only, so
     * matched by name); an SMTPSendFailedException from MAIL FROM or DATA is not a refusal of the address.
     */
    static boolean recipientRefused(MessagingException e) {
        Exception current = e;
        while (current != null) {
            if (current.getClass().getSimpleName().equals("SMTPAddressFailedException")) {
                int code = returnCode(current);
                return code == 550 || code == 551 || code == 553;
            }
            current = current instanceof MessagingException m ? m.getNextException() : null;
        }
        return false;
    }

    private static int returnCode(Exception e) {
        Exception current = e;
        while (current != null) {
            // Angus Mail's SMTPAddressFailedException and SMTPSendFailedException (a runtime dependency only).
            try {
                Object code = current.getClass().getMethod("getReturnCode").invoke(current);
                if (code instanceof Integer number && number > 0) {
                    return number;
                }
            } catch (ReflectiveOperationException notSmtp) {
                // Not an SMTP exception with a reply code.
            }
            if (current instanceof SendFailedException failed) {
                Address[] invalid = failed.getInvalidAddresses();
                if (invalid != null && invalid.length > 0 && failed.getNextException() == null) {
                    return 550;
                }
            }
            current = current instanceof MessagingException m ? m.getNextException() : null;
        }
        return 0;
    }

    @Override
    public int getPhase() {
        // Stops before the database pool closes.
        return Integer.MAX_VALUE - 100;
    }
}
