package org.tocsin.network.notifications;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tocsin.actions.ActionIssued;
import org.tocsin.network.members.Members;
import org.tocsin.network.members.SecretLinkMail;
import org.tocsin.security.crypto.Vault;

/**
 * The notification outbox: one row per mail to one member, queued in the same transaction as
 * what caused it (a UA issued, a localisation published, a sign-up) and worked by
 * {@link MailWorker}. Fan-out is one INSERT ... SELECT per event, and the unique key on (member,
 * kind, UA or localisation) means a member never gets the same mail twice for one UA version.
 * Rows hold no address and no body: the mail is rendered when it is sent or viewed.
 */
@Service
public class Outbox {

    /** One row of the outbox as administrators list it: no address, no body. */
    public record Entry(long id, long memberId, String kind, String status, int attempts, String about,
                        OffsetDateTime createdAt, OffsetDateTime runAt, OffsetDateTime sentAt, String error) {
    }

    public record Listing(List<Entry> items, long total) {
    }

    /** A mail as it reads, rendered now for an administrator: nothing of it is stored. */
    public record Preview(Entry entry, String to, String subject, String body, String unsubscribe) {
    }

    private final JdbcClient db;
    private final Vault vault;
    private final MailWorker worker;
    private final MailRenderer renderer;
    private final Members members;

    Outbox(JdbcClient db, Vault vault, MailWorker worker, MailRenderer renderer, Members members) {
        this.db = db;
        this.vault = vault;
        this.worker = worker;
        this.renderer = renderer;
        this.members = members;
    }

    /** Whether mail goes out by SMTP; without it, the outbox is where administrators read it. */
    public boolean sends() {
        return worker.sends();
    }

    public Optional<Preview> preview(long id) {
        return entry(id).flatMap(entry -> {
            MailRenderer.Row row = db.sql("""
                            select id, member_id, kind, action_id, localisation_id, payload_sealed, attempts
                            from notification where id = ?""").param(id).query(MailRenderer.Row.class).single();
            Members.Recipient to = members.recipients(List.of(row.memberId())).get(row.memberId());
            if (to == null) {
                return Optional.empty();
            }
            MailRenderer.Rendered mail = renderer.render(row, to, renderer.batch());
            return Optional.of(new Preview(entry, mail.to(), mail.subject(), mail.body(), mail.unsubscribe()));
        });
    }

    /** A one-time link for a member (confirmation, data page): sealed, bound to its row. */
    @EventListener
    public void onSecretLink(SecretLinkMail mail) {
        long id = db.sql("select nextval(pg_get_serial_sequence('notification', 'id'))").query(Long.class).single();
        db.sql("insert into notification (id, member_id, kind, payload_sealed) values (?, ?, ?, ?)")
                .params(id, mail.memberId(), mail.kind(), vault.encrypt(mail.token(), payloadContext(id)))
                .update();
    }

    /**
     * An original goes to members outside sections whose countries match (none chosen: all);
     * a follow-up goes, at once whatever their frequency, to everyone who was sent any earlier
     * mail of the chain and to everyone who reported an action on it.
     */
    @EventListener
    public void onActionIssued(ActionIssued issued) {
        if (issued.isFollowUp()) {
            queueFollowUp(issued.actionId(), issued.chainId());
        } else {
            queueOriginal(issued.actionId());
        }
    }

    /**
     * A section published a localisation: its members in that language hear of it, with the
     * same country and theme filters as an original, and only once per UA: a member who already
     * had the main-language version (or the UA itself) gets no second mail for their own language.
     */
    @Transactional
    public int notifyLocalisation(long localisationId) {
        return db.sql("""
                        insert into notification (member_id, kind, localisation_id, status)
                        select m.id, 'localisation', l.id, case when m.frequency = 'weekly' then 'held' else 'queued' end
                        from localisation l join section s on s.id = l.section_id
                        join urgent_action u on u.id = l.action_id
                        join member m on m.section_id = l.section_id and m.status = 'active'
                        where l.id = :id and l.status = 'published'
                          and (cardinality(m.countries) = 0 or u.country_code = any(m.countries))
                          and (cardinality(m.themes) = 0 or u.themes && m.themes)
                          and (m.language = l.language
                               or (l.language = s.languages[1] and not exists (
                                      select 1 from localisation o where o.action_id = l.action_id and o.section_id = l.section_id
                                      and o.language = m.language and o.status = 'published')))
                          and not exists (
                                select 1 from notification e
                                where e.member_id = m.id
                                  and (e.action_id = l.action_id
                                       or e.localisation_id in (select o.id from localisation o where o.action_id = l.action_id)))
                        on conflict do nothing""")
                .param("id", localisationId).update();
    }

    @TransactionalEventListener
    void wakeAfterIssue(ActionIssued issued) {
        worker.wake();
    }

    @TransactionalEventListener
    void wakeAfterLink(SecretLinkMail mail) {
        worker.wake();
    }

    /**
     * A member hears of a new UA when they chose no country or the UA's country is one of theirs,
     * and they chose no theme or the UA shares one of theirs ("leave empty to receive all").
     */
    int queueOriginal(long actionId) {
        return db.sql("""
                        insert into notification (member_id, kind, action_id, status)
                        select m.id, 'action', u.id, case when m.frequency = 'weekly' then 'held' else 'queued' end
                        from urgent_action u join member m on m.status = 'active' and m.section_id is null
                        where u.id = :id and (cardinality(m.countries) = 0 or u.country_code = any(m.countries))
                          and (cardinality(m.themes) = 0 or u.themes && m.themes)
                        on conflict do nothing""")
                .param("id", actionId).update();
    }

    int queueFollowUp(long actionId, long chainId) {
        return db.sql("""
                        with chain as (select id from urgent_action where id = :chain or root_id = :chain)
                        insert into notification (member_id, kind, action_id, status)
                        select m.id, 'action', :id, 'queued' from member m
                        where m.status = 'active' and (
                              exists (select 1 from notification n where n.member_id = m.id and n.kind in ('action', 'reminder')
                                      and n.action_id in (select id from chain) and n.action_id <> :id
                                      and n.status in ('queued', 'held', 'digested', 'sent'))
                           or exists (select 1 from notification n join localisation l on l.id = n.localisation_id
                                      where n.member_id = m.id and l.action_id in (select id from chain)
                                      and n.status in ('queued', 'held', 'digested', 'sent'))
                           or exists (select 1 from action_report r where r.member_id = m.id and r.action_id in (select id from chain)))
                        on conflict do nothing""")
                .param("id", actionId).param("chain", chainId).update();
    }

    public Listing list(String status, int offset, int limit) {
        String where = status == null || status.isBlank() ? "" : " where n.status = :status";
        var query = db.sql("""
                        select n.id, n.member_id, n.kind, n.status, n.attempts,
                               coalesce(u.title, l.title) as about, n.created_at, n.run_at, n.sent_at, n.error
                        from notification n left join urgent_action u on u.id = n.action_id
                        left join localisation l on l.id = n.localisation_id""" + where + " order by n.id desc limit :limit offset :offset")
                .param("limit", limit).param("offset", offset);
        if (!where.isEmpty()) {
            query = query.param("status", status);
        }
        List<Entry> items = query.query(Entry.class).list();
        var count = db.sql("select count(*) from notification n" + where);
        if (!where.isEmpty()) {
            count = count.param("status", status);
        }
        return new Listing(items, count.query(Long.class).single());
    }

    public Optional<Entry> entry(long id) {
        return db.sql("""
                        select n.id, n.member_id, n.kind, n.status, n.attempts, coalesce(u.title, l.title) as about,
                               n.created_at, n.run_at, n.sent_at, n.error
                        from notification n left join urgent_action u on u.id = n.action_id
                        left join localisation l on l.id = n.localisation_id where n.id = ?""")
                .param(id).query(Entry.class).optional();
    }

    static String payloadContext(long id) {
        return "notification.payload:" + id;
    }
}
