package org.tocsin.security;

import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.security.crypto.Vault;

/**
 * Sends plain-text mail by SMTP when a server is configured ({@code TOCSIN_SMTP_HOST}); without
 * one, or when the server refuses, the message waits in the outbox that administrators read.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    public record OutboxMail(long id, String recipient, String subject, String body, OffsetDateTime createdAt, String error) {
    }

    private final JdbcClient db;
    private final Vault vault;
    private final ObjectProvider<JavaMailSender> smtp;
    private final String from;

    Mailer(JdbcClient db, Vault vault, ObjectProvider<JavaMailSender> smtp,
           @Value("${tocsin.mail.from:${TOCSIN_MAIL_FROM:tocsin@localhost}}") String from) {
        this.db = db;
        this.vault = vault;
        this.smtp = smtp;
        this.from = from;
    }

    public void send(String to, String subject, String text) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            keep(to, subject, text, null);
            return;
        }
        try {
            sender.send(message(to, subject, text));
        } catch (MailException e) {
            // Neither the address nor the text: both may be personal or a secret link.
            log.warn("SMTP refused a message; it waits in the outbox ({})", e.getClass().getSimpleName());
            keep(to, subject, text, e.getClass().getSimpleName());
        }
    }

    /**
     * For an address that must not be kept once mail can go out (a member confirming a report):
     * sent by SMTP when a server is configured, and when that server refuses, kept nowhere (false:
     * the caller says so and keeps nothing either). Without a server (an install being tried out)
     * it waits, sealed, in the outbox like any other mail.
     */
    public boolean sendWithoutKeeping(String to, String subject, String text) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            keep(to, subject, text, null);
            return true;
        }
        try {
            sender.send(message(to, subject, text));
            return true;
        } catch (MailException e) {
            log.warn("SMTP refused a message that is not kept ({})", e.getClass().getSimpleName());
            return false;
        }
    }

    private SimpleMailMessage message(String to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        return message;
    }

    public List<OutboxMail> outbox(int offset, int limit) {
        return db.sql("""
                        select id, recipient, recipient_sealed, subject, body, created_at, error from outbox_mail
                        order by id desc limit ? offset ?""")
                .params(limit, offset)
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    byte[] sealed = rs.getBytes("recipient_sealed");
                    String recipient = sealed == null ? rs.getString("recipient") : vault.decrypt(sealed, recipientContext(id));
                    return new OutboxMail(id, recipient, rs.getString("subject"), vault.decrypt(rs.getBytes("body"), context(id)),
                            rs.getObject("created_at", OffsetDateTime.class), rs.getString("error"));
                })
                .list();
    }

    public long outboxSize() {
        return db.sql("select count(*) from outbox_mail").query(Long.class).single();
    }

    // The body may hold a live reset or invitation link, the address is personal: both sealed,
    // so a copied database opens neither.
    @Transactional
    void keep(String to, String subject, String text, String error) {
        long id = db.sql("select nextval(pg_get_serial_sequence('outbox_mail', 'id'))").query(Long.class).single();
        db.sql("""
                        insert into outbox_mail (id, recipient_sealed, subject, body, error)
                        overriding system value values (?, ?, ?, ?, ?)""")
                .params(id, vault.encrypt(to, recipientContext(id)), subject, vault.encrypt(text, context(id)), error)
                .update();
    }

    private static String recipientContext(long id) {
        return "outbox_mail.recipient:" + id;
    }

    private static String context(long id) {
        return "outbox_mail.body:" + id;
    }
}
