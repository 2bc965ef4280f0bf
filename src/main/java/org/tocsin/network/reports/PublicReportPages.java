package org.tocsin.network.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;
import org.tocsin.network.reports.ActionReports.Confirmation;
import org.tocsin.network.reports.ActionReports.ConfirmationState;
import org.tocsin.network.reports.PublicReporting.PublicForm;
import org.tocsin.network.reports.PublicReporting.Result;
import org.tocsin.network.reports.PublicReporting.ThrottledException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.NotFoundException;

/**
 * The report form of the public take-action page (loaded there with htmx, or as a page of its
 * own without JavaScript) and the confirmation link mailed for it. Open without login.
 */
@Controller
class PublicReportPages {

    private final ActionReports reports;
    private final PublicReporting reporting;
    private final UrgentActions actions;
    private final MessageSource messages;

    PublicReportPages(ActionReports reports, PublicReporting reporting, UrgentActions actions, MessageSource messages) {
        this.reports = reports;
        this.reporting = reporting;
        this.actions = actions;
        this.messages = messages;
    }

    @GetMapping("/take-action/{id}/report")
    String form(@PathVariable long id, @RequestParam(required = false) String m,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                @RequestHeader(value = "HX-Current-URL", required = false) String currentUrl, Model model,
                Locale locale) {
        // A member's notification link carries ?m= on the take-action page; htmx tells us that page's address.
        String token = m != null ? m : currentUrl == null ? null
                : UriComponentsBuilder.fromUriString(currentUrl).build().getQueryParams().getFirst("m");
        String memberToken = reporting.member(token, id).isPresent() ? token : null;
        PublicForm empty = new PublicForm("", List.of(), "1", actions.today().toString(), "", "", memberToken);
        return render(id, empty, Map.of(), htmx != null, model, locale);
    }

    @PostMapping("/take-action/{id}/report")
    String submit(@PathVariable long id, @ModelAttribute PublicForm form,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletRequest request,
                  HttpServletResponse response, Model model, Locale locale) {
        boolean fragment = htmx != null;
        UrgentAction action;
        try {
            action = reports.open(id);
        } catch (ReportRefusedException e) {
            if (!fragment) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
            return render(id, form, Map.of(), fragment, model, locale);
        }
        try {
            Result result = reporting.submit(action, form, request.getRemoteAddr(), locale);
            model.addAttribute("done", result.name().toLowerCase(Locale.ROOT));
            PublicForm next = new PublicForm("", List.of(), "1", actions.today().toString(), "", "", form.m());
            return render(id, next, Map.of(), fragment, model, locale);
        } catch (InvalidInputException e) {
            // htmx swaps only successful answers: the fragment with its errors comes as 200, the page as 400.
            if (!fragment) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            return render(id, form, errors(e, locale), fragment, model, locale);
        } catch (ThrottledException e) {
            if (!fragment) {
                response.setStatus(429);
            }
            model.addAttribute("throttled", true);
            return render(id, form, Map.of(), fragment, model, locale);
        } catch (PublicReporting.MailNotSentException e) {
            if (!fragment) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
            model.addAttribute("mailFailed", true);
            return render(id, form, Map.of(), fragment, model, locale);
        }
    }

    private String render(long id, PublicForm form, Map<String, String> errors, boolean fragment, Model model,
                          Locale locale) {
        UrgentAction action = reports.issued(id).orElseThrow(() -> new NotFoundException("action", id));
        try {
            reports.open(id);
        } catch (ReportRefusedException e) {
            model.addAttribute("refused", refusal(e, locale));
        }
        model.addAttribute("a", new PublicUa(action.id(), action.code(), action.title()));
        model.addAttribute("total", reports.chainTotal(id));
        model.addAttribute("targets", actions.targets(id));
        model.addAttribute("channels", ActionReports.CHANNELS);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", actions.today());
        model.addAttribute("max", ActionReports.MEMBER_MAX);
        return fragment ? "reports/public :: report" : "reports/public-page";
    }

    /** Only what the public may see of a UA. */
    record PublicUa(long id, String code, String title) {
    }

    @GetMapping("/take-action/report/confirm/{token}")
    String confirmation(@PathVariable String token, Model model) {
        return confirmationPage(token, reports.check(token), false, model);
    }

    @PostMapping("/take-action/report/confirm/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        Confirmation result = reports.confirm(token);
        if (result.state() != ConfirmationState.CONFIRMED) {
            response.setStatus(HttpServletResponse.SC_GONE);
        }
        return confirmationPage(token, result, result.state() == ConfirmationState.CONFIRMED, model);
    }

    private String confirmationPage(String token, Confirmation c, boolean done, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("state", c.state().name().toLowerCase(Locale.ROOT));
        model.addAttribute("done", done);
        model.addAttribute("count", c.count());
        if (c.actionId() != null) {
            UrgentAction action = reports.issued(c.actionId()).orElseThrow(() -> new NotFoundException("action", c.actionId()));
            model.addAttribute("a", new PublicUa(action.id(), action.code(), action.title()));
            model.addAttribute("total", reports.chainTotal(action.id()));
        }
        return "reports/confirm";
    }

    String refusal(ReportRefusedException e, Locale locale) {
        String since = e.closedSince() == null ? ""
                : e.closedSince().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        return messages.getMessage(e.messageKey(), new Object[] {e.code(), since}, locale);
    }

    Map<String, String> errors(InvalidInputException e, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        e.errors().forEach(error -> byField.putIfAbsent(error.field(),
                messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale)));
        return byField;
    }
}
