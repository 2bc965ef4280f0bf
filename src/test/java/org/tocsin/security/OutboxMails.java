package org.tocsin.security;

import java.util.List;

/** The outbox seals each address, so tests find a recipient's mail by opening the outbox as administrators do. */
public final class OutboxMails {

    private OutboxMails() {
    }

    public static List<Mailer.OutboxMail> to(Mailer mailer, String address) {
        return mailer.outbox(0, 100_000).stream().filter(mail -> address.equals(mail.recipient())).toList();
    }
}
