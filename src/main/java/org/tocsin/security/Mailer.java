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
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
        } catch (MailException e) {
            // Neither the address nor the text: both may be personal or a secret link.
            log.warn("SMTP refused a message; it waits in the outbox ({})", e.getClass().getSimpleName());
            keep(to, subject, text, e.getClass().getSimpleName());
        }
    }

    /**
     * Sends by SMTP or not at all: for a recipient whose address must not be kept anywhere (a
     * member confirming a report). False when no server is configured or it refused; the outbox
     * keeps nothing.
     */
    public boolean sendNow(String to, String subject, String text) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("SMTP refused a message that is not kept ({})", e.getClass().getSimpleName());
            return false;
        }
    }

    public List<OutboxMail> outbox(int offset, int limit) {
        return db.sql("select id, recipient, subject, body, created_at, error from outbox_mail order by id desc limit ? offset ?")
                .params(limit, offset)
                .query((rs, row) -> new OutboxMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        vault.decrypt(rs.getBytes("body"), context(rs.getLong("id"))),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getString("error")))
                .list();
    }

    public long outboxSize() {
        return db.sql("select count(*) from outbox_mail").query(Long.class).single();
    }

    // The body may hold a live reset or invitation link: sealed, so a copied database opens none.
    @Transactional
    void keep(String to, String subject, String text, String error) {
        long id = db.sql("insert into outbox_mail (recipient, subject, body, error) values (?, ?, ''::bytea, ?) returning id")
                .params(to, subject, error).query(Long.class).single();
        db.sql("update outbox_mail set body = ? where id = ?").params(vault.encrypt(text, context(id)), id).update();
    }

    private static String context(long id) {
        return "outbox_mail.body:" + id;
    }
}
