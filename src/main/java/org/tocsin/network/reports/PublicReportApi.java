package org.tocsin.network.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.actions.UrgentAction;
import org.tocsin.network.reports.PublicReporting.PublicForm;
import org.tocsin.network.reports.PublicReporting.Result;
import org.tocsin.network.reports.PublicReporting.ThrottledException;
import org.tocsin.web.InvalidInputException;

/** Reports from members' own tools, without an account: the same rules and limits as the take-action page. */
@RestController
@RequestMapping("/api/public/reports")
@Tag(name = "Action reports (public)")
class PublicReportApi {

    record PublicReportRequest(String code, String channel, List<Long> targetIds, String count, String takenOn,
                               String email, String memberToken) {
    }

    private final ActionReports reports;
    private final PublicReporting reporting;
    private final MessageSource messages;

    PublicReportApi(ActionReports reports, PublicReporting reporting, MessageSource messages) {
        this.reports = reports;
        this.reporting = reporting;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Report actions taken for an urgent action, quoting its code; no account needed",
            description = "Body {code, channel (letter, email, fax, phone, social_media, other), targetIds (ids of the"
                    + " UA's targets, optional), count (1 to 500), takenOn (YYYY-MM-DD, not in the future nor before"
                    + " the UA was issued), email}. 202: a confirmation link was mailed; the report counts once it is"
                    + " followed (with a member's memberToken it counts at once). 400: fields named in errors."
                    + " 404: no urgent action with this code. 409: the action is closed. 429: too many reports."
                    + " 503: the confirmation could not be mailed (nothing was kept).")
    ResponseEntity<Map<String, String>> report(@RequestBody PublicReportRequest r, HttpServletRequest request,
                                               Locale locale) {
        if (r.code() == null || r.code().isBlank()) {
            throw InvalidInputException.of("code", "validation.required");
        }
        UrgentAction action = reports.openByCode(r.code());
        Result result = reporting.submit(action, new PublicForm(r.channel(), r.targetIds(), r.count(), r.takenOn(),
                r.email(), null, r.memberToken()), request.getRemoteAddr(), locale);
        String message = result == Result.PENDING ? "reports.api.accepted" : "reports.public.confirmed";
        return ResponseEntity.accepted().body(Map.of("status", result.name().toLowerCase(Locale.ROOT),
                "message", messages.getMessage(message, null, locale)));
    }

    @ExceptionHandler(ReportRefusedException.class)
    ProblemDetail refused(ReportRefusedException e, Locale locale) {
        return refusal(e, locale, messages);
    }

    @ExceptionHandler(ThrottledException.class)
    ProblemDetail throttled(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("reports.public.throttled", null, locale));
        problem.setTitle(messages.getMessage("reports.api.throttled.title", null, locale));
        problem.setType(URI.create("urn:tocsin:problem:too-many-reports"));
        return problem;
    }

    @ExceptionHandler(PublicReporting.MailNotSentException.class)
    ProblemDetail mailNotSent(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("reports.public.mailFailed", null, locale));
        problem.setTitle(messages.getMessage("reports.api.mailFailed.title", null, locale));
        problem.setType(URI.create("urn:tocsin:problem:confirmation-not-sent"));
        return problem;
    }

    /** 404 for an unknown code, 409 for a closed action, each with a title that says which. */
    static ProblemDetail refusal(ReportRefusedException e, Locale locale, MessageSource messages) {
        boolean unknown = e.reason() == ReportRefusedException.Reason.UNKNOWN;
        String since = e.closedSince() == null ? ""
                : e.closedSince().format(java.time.format.DateTimeFormatter.ofLocalizedDate(
                        java.time.format.FormatStyle.LONG).withLocale(locale));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(unknown ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT,
                messages.getMessage(e.messageKey(), new Object[] {e.code(), since}, locale));
        problem.setTitle(messages.getMessage(unknown ? "reports.refused.title.unknown" : "reports.refused.title.closed",
                null, locale));
        problem.setType(URI.create(unknown ? "urn:tocsin:problem:unknown-action-code" : "urn:tocsin:problem:action-closed"));
        if (!unknown && e.closedSince() != null) {
            problem.setProperty("closedSince", e.closedSince().toString());
        }
        return problem;
    }
}
