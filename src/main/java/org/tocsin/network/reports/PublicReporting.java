package org.tocsin.network.reports;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tocsin.actions.UrgentAction;
import org.tocsin.network.reports.ActionReports.Recorded;
import org.tocsin.network.reports.ActionReports.Submission;
import org.tocsin.security.Mailer;
import org.tocsin.web.PublicAddress;

/**
 * A report from someone without an account (the take-action page or the public API): rate
 * limited, honeypot checked, then counted at once for a member's link or else mailed a
 * single-use confirmation link. The address it is mailed to is used for that and forgotten.
 */
@Component
class PublicReporting {

    /** What the public form and API send. {@code website} is the honeypot; {@code m} a member's link token. */
    record PublicForm(String channel, List<Long> targetIds, String count, String takenOn, String email, String website,
                      String m) {

        public List<Long> targets() {
            return targetIds == null ? List.of() : targetIds;
        }
    }

    enum Result { CONFIRMED, PENDING }

    static class ThrottledException extends RuntimeException {
        ThrottledException() {
            super("too many reports");
        }
    }

    /** The mail server refused the confirmation: the report was not kept. */
    static class MailNotSentException extends RuntimeException {
        MailNotSentException() {
            super("confirmation not sent");
        }
    }

    private final ActionReports reports;
    private final ReportThrottle throttle;
    private final Optional<ReportingMembers> members;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PublicAddress address;

    PublicReporting(ActionReports reports, ReportThrottle throttle, Optional<ReportingMembers> members, Mailer mailer,
                    MessageSource messages, PublicAddress address) {
        this.reports = reports;
        this.throttle = throttle;
        this.members = members;
        this.mailer = mailer;
        this.messages = messages;
        this.address = address;
    }

    /** The member a link token names for this UA, if the members work is wired in and it is valid. */
    Optional<Long> member(String token, long actionId) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return members.flatMap(m -> m.memberForLink(token.strip(), actionId));
    }

    /**
     * Records the report on {@code action} (already checked open). A filled honeypot gets the
     * same answer as a real report and nothing is stored.
     */
    Result submit(UrgentAction action, PublicForm form, String clientAddress, Locale locale) {
        if (!throttle.attempt(clientAddress, action.chainId())) {
            throw new ThrottledException();
        }
        if (form.website() != null && !form.website().isBlank()) {
            return Result.PENDING;
        }
        Long member = member(form.m(), action.id()).orElse(null);
        Recorded recorded = reports.recordPublic(action.id(),
                new Submission(form.channel(), form.targets(), form.count(), form.takenOn(), null, null), member,
                form.email());
        if (recorded.confirmationToken() == null) {
            return Result.CONFIRMED;
        }
        if (!mailConfirmation(form.email().strip(), action, recorded, locale)) {
            // The server refused: the address is kept nowhere, and a report nobody can confirm is not kept either.
            reports.discardPending(recorded.id());
            throw new MailNotSentException();
        }
        return Result.PENDING;
    }

    private boolean mailConfirmation(String to, UrgentAction action, Recorded r, Locale locale) {
        String link = address.forSecretLinks() + "/take-action/report/confirm/" + r.confirmationToken();
        String code = action.code() == null ? action.title() : action.code();
        String subject = messages.getMessage("reports.mail.subject", new Object[] {code}, locale);
        String body = messages.getMessage("reports.mail.body", new Object[] {
                action.title(), code, r.count(), messages.getMessage("reports.channel." + r.channel(), null, locale),
                r.takenOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)), link,
                ActionReports.CONFIRMATION_DAYS}, locale);
        return mailer.sendWithoutKeeping(to, subject, body);
    }
}
