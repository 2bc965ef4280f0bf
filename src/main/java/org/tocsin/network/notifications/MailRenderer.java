package org.tocsin.network.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;
import org.tocsin.network.members.Members.Recipient;
import org.tocsin.security.crypto.Vault;
import org.tocsin.web.PublicAddress;

/**
 * Writes a notification as the member reads it, in their language, from what the outbox row
 * names. Plain text: nothing a member typed can become markup.
 */
@Component
class MailRenderer {

    /** A mail ready to go. {@code unsubscribe} is the one-click address for the List-Unsubscribe header. */
    record Rendered(String to, String subject, String body, String unsubscribe) {
    }

    /** A claimed or listed outbox row: what to render. */
    record Row(long id, long memberId, String kind, Long actionId, Long localisationId, byte[] payloadSealed, int attempts) {
    }

    private record Localisation(long id, long actionId, String title, String summary, List<String> recommendedActions,
                                LocalDate localDeadline, String section) {
    }

    private final MessageSource messages;
    private final UrgentActions actions;
    private final JdbcClient db;
    private final Vault vault;
    private final PublicAddress address;

    MailRenderer(MessageSource messages, UrgentActions actions, JdbcClient db, Vault vault, PublicAddress address) {
        this.messages = messages;
        this.actions = actions;
        this.db = db;
        this.vault = vault;
        this.address = address;
    }

    /** A cache of UAs and localisations for one batch: one query per UA, not per mail. */
    final class Batch {
        private final Map<Long, UrgentAction> uas = new ConcurrentHashMap<>();
        private final Map<Long, Localisation> localisations = new ConcurrentHashMap<>();
        // What every member in one language reads alike: written once per batch, not once per mail.
        private final Map<String, String[]> shared = new ConcurrentHashMap<>();

        UrgentAction ua(long id) {
            return uas.computeIfAbsent(id, actions::get);
        }

        Localisation localisation(long id) {
            return localisations.computeIfAbsent(id, MailRenderer.this::loadLocalisation);
        }
    }

    Batch batch() {
        return new Batch();
    }

    Rendered render(Row row, Recipient to, Batch batch) {
        Locale locale = Locale.forLanguageTag(to.language());
        String base = address.forSecretLinks();
        String unsubscribe = base + "/members/unsubscribe/" + to.unsubscribeToken();
        StringBuilder body = new StringBuilder();
        // Anyone can sign up with anyone's address: a confirmation or my-data mail must carry none of
        // the text typed into the form, or it becomes a phishing mail sent from our own domain.
        boolean typedByAnyone = "confirm".equals(row.kind()) || "data_link".equals(row.kind());
        body.append(to.name() == null || typedByAnyone ? text("members.mail.hello", locale) : text("members.mail.dear", locale, to.name()))
                .append("\n\n");
        String subject = switch (row.kind()) {
            case "confirm" -> {
                body.append(text("members.mail.confirm.body", locale, org.tocsin.network.members.Members.CONFIRM_DAYS)).append("\n\n")
                        .append(base).append("/join/confirm/").append(payload(row)).append("\n\n")
                        .append(text("members.mail.confirm.ignore", locale)).append('\n');
                yield text("members.mail.confirm.subject", locale);
            }
            case "data_link" -> {
                body.append(text("members.mail.data.body", locale)).append("\n\n")
                        .append(base).append("/members/my-data/").append(payload(row)).append("\n\n")
                        .append(text("members.mail.confirm.ignore", locale)).append('\n');
                yield text("members.mail.data.subject", locale);
            }
            case "action" -> {
                String[] shared = batch.shared.computeIfAbsent("action:" + row.actionId() + ":" + to.language(), key -> {
                    UrgentAction ua = batch.ua(row.actionId());
                    StringBuilder text = new StringBuilder();
                    text.append(text(ua.isFollowUp() ? "members.mail.action.followUpIntro" : "members.mail.action.intro", locale))
                            .append("\n\n");
                    describe(text, ua, locale);
                    text.append(text("members.mail.takeAction", locale)).append(' ').append(base).append("/take-action/").append(ua.id());
                    return new String[] {text(ua.isFollowUp() ? "members.mail.action.followUpSubject" : "members.mail.action.subject",
                            locale, ua.code() == null ? "" : ua.code(), ua.title()), text.toString()};
                });
                body.append(shared[1]).append("?m=").append(to.linkToken()).append('\n');
                yield shared[0];
            }
            case "localisation" -> {
                String[] shared = batch.shared.computeIfAbsent("localisation:" + row.localisationId() + ":" + to.language(), key -> {
                    Localisation l = batch.localisation(row.localisationId());
                    StringBuilder text = new StringBuilder();
                    text.append(text("members.mail.localisation.intro", locale, l.section())).append("\n\n");
                    describe(text, l, locale);
                    text.append(text("members.mail.takeAction", locale)).append(' ').append(base).append("/take-action/local/").append(l.id());
                    return new String[] {text("members.mail.localisation.subject", locale, l.title()), text.toString()};
                });
                body.append(shared[1]).append("?m=").append(to.linkToken()).append('\n');
                yield shared[0];
            }
            case "reminder" -> {
                UrgentAction ua = batch.ua(row.actionId());
                body.append(text("members.mail.reminder.intro", locale, ua.title(), date(ua.deadline(), locale))).append("\n\n")
                        .append(text("members.mail.takeAction", locale)).append(' ')
                        .append(takeAction(base, "/take-action/" + ua.id(), to)).append('\n');
                yield text("members.mail.reminder.subject", locale, ua.title());
            }
            case "digest" -> {
                body.append(text("members.mail.digest.intro", locale)).append("\n\n");
                List<Row> items = digestItems(row.id());
                for (Row item : items) {
                    body.append("* ");
                    if (item.actionId() != null) {
                        UrgentAction ua = batch.ua(item.actionId());
                        body.append(ua.code() == null ? "" : ua.code() + ": ").append(ua.title()).append('\n');
                        line(body, "members.mail.deadline", date(ua.deadline(), locale), locale);
                        body.append("  ").append(takeAction(base, "/take-action/" + ua.id(), to)).append("\n\n");
                    } else {
                        Localisation l = batch.localisation(item.localisationId());
                        body.append(l.title()).append('\n');
                        line(body, "members.mail.deadline", date(l.localDeadline(), locale), locale);
                        body.append("  ").append(takeAction(base, "/take-action/local/" + l.id(), to)).append("\n\n");
                    }
                }
                yield text("members.mail.digest.subject", locale, items.size());
            }
            default -> throw new IllegalStateException("unknown notification kind " + row.kind());
        };
        body.append(batch.shared.computeIfAbsent("footer:" + to.language(), key -> new String[] {"\n-- \n"
                + text("members.mail.footer", locale) + "\n" + text("members.mail.unsubscribe", locale) + " "})[0])
                .append(unsubscribe).append('\n');
        return new Rendered(to.email(), subject, body.toString(), unsubscribe);
    }

    private void describe(StringBuilder body, UrgentAction ua, Locale locale) {
        body.append(ua.title()).append('\n');
        line(body, "members.mail.code", ua.code(), locale);
        line(body, "members.mail.country", ua.country(), locale);
        line(body, "members.mail.deadline", date(ua.deadline(), locale), locale);
        body.append('\n');
        if (ua.summary() != null && !ua.summary().isBlank()) {
            body.append(ua.summary().strip()).append("\n\n");
        }
        recommended(body, ua.recommendedActions(), locale);
    }

    private void describe(StringBuilder body, Localisation l, Locale locale) {
        body.append(l.title()).append('\n');
        line(body, "members.mail.deadline", date(l.localDeadline(), locale), locale);
        body.append('\n');
        if (l.summary() != null && !l.summary().isBlank()) {
            body.append(l.summary().strip()).append("\n\n");
        }
        recommended(body, l.recommendedActions(), locale);
    }

    private void recommended(StringBuilder body, List<String> recommended, Locale locale) {
        List<String> steps = recommended == null ? List.of() : recommended.stream().filter(s -> s != null && !s.isBlank()).toList();
        if (!steps.isEmpty()) {
            body.append(text("members.mail.recommended", locale)).append('\n');
            steps.forEach(step -> body.append("- ").append(step.strip()).append('\n'));
            body.append('\n');
        }
    }

    private void line(StringBuilder body, String key, String value, Locale locale) {
        if (value != null && !value.isBlank()) {
            body.append(text(key, locale)).append(' ').append(value).append('\n');
        }
    }

    private static String takeAction(String base, String path, Recipient to) {
        return base + path + "?m=" + to.linkToken();
    }

    private String payload(Row row) {
        return vault.decrypt(row.payloadSealed(), Outbox.payloadContext(row.id()));
    }

    private List<Row> digestItems(long digestId) {
        return db.sql("""
                        select id, member_id, kind, action_id, localisation_id, null::bytea as payload_sealed, attempts
                        from notification where digest_id = ? order by id""")
                .param(digestId).query(Row.class).list();
    }

    private Localisation loadLocalisation(long id) {
        return db.sql("""
                        select l.id, l.action_id, l.title, l.summary, l.recommended_actions, l.local_deadline, s.name as section
                        from localisation l join section s on s.id = l.section_id where l.id = ?""")
                .param(id)
                .query((rs, n) -> new Localisation(rs.getLong("id"), rs.getLong("action_id"), rs.getString("title"),
                        rs.getString("summary"), List.of((String[]) rs.getArray("recommended_actions").getArray()),
                        rs.getObject("local_deadline", LocalDate.class), rs.getString("section")))
                .single();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String date(LocalDate date, Locale locale) {
        return date == null ? null : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
}
