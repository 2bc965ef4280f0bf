package org.tocsin.network.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.network.reports.ActionReports.Origin;
import org.tocsin.network.reports.ActionReports.Recorded;
import org.tocsin.network.reports.ActionReports.Report;
import org.tocsin.network.reports.ActionReports.Submission;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.NotFoundException;

/** Staff report actions through the API (counted at once) and read the totals. */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Action reports")
class ReportApi {

    record ReportRequest(String code, String channel, List<Long> targetIds, String count, String takenOn,
                         Long sectionId, String note) {
    }

    static class NotYourSectionException extends RuntimeException {
        NotYourSectionException() {
            super("not a section of this user");
        }
    }

    private final ActionReports reports;
    private final Coordinators coordinators;
    private final MessageSource messages;

    ReportApi(ActionReports reports, Coordinators coordinators, MessageSource messages) {
        this.reports = reports;
        this.coordinators = coordinators;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Record actions taken for an urgent action, by its code; counted at once",
            description = "Body {code, channel (letter, email, fax, phone, social_media, other), targetIds (optional),"
                    + " count (1 to 100000), takenOn (YYYY-MM-DD), sectionId (optional), note (optional)}. 201 with"
                    + " Location. 400: fields named in errors. 403: a section the caller does not coordinate."
                    + " 404: no urgent action with this code. 409: the action is closed.")
    ResponseEntity<Report> create(@RequestBody ReportRequest r, Authentication user) {
        if (r.code() == null || r.code().isBlank()) {
            throw InvalidInputException.of("code", "validation.required");
        }
        if (r.sectionId() != null && reports.section(r.sectionId()).isPresent()
                && !coordinators.mayReportFor(user, r.sectionId())) {
            throw new NotYourSectionException();
        }
        Recorded recorded = reports.recordStaff(reports.openByCode(r.code()),
                new Submission(r.channel(), r.targetIds(), r.count(), r.takenOn(), r.sectionId(), r.note()),
                Origin.API, user.getName());
        return ResponseEntity.created(URI.create("/api/reports/" + recorded.id()))
                .body(reports.recorded(recorded.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One report; 404 if unknown")
    Report get(@PathVariable long id) {
        return reports.find(id).orElseThrow(() -> new NotFoundException("actionReport", id));
    }

    @GetMapping("/actions/{actionId}")
    @Operation(summary = "Confirmed actions of a UA's chain: total, goal, by channel, section, country and day")
    ActionReports.Dashboard dashboard(@PathVariable long actionId) {
        return reports.dashboard(actionId);
    }

    @ExceptionHandler(ReportRefusedException.class)
    ProblemDetail refused(ReportRefusedException e, Locale locale) {
        return PublicReportApi.refusal(e, locale, messages);
    }

    @ExceptionHandler(NotYourSectionException.class)
    ProblemDetail notYourSection(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("reports.error.notYourSection", null, locale));
        problem.setTitle(messages.getMessage("reports.api.forbidden.title", null, locale));
        problem.setType(URI.create("urn:tocsin:problem:not-your-section"));
        return problem;
    }
}
