package org.tocsin.network.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;
import org.tocsin.cases.CaseFiles;
import org.tocsin.network.reports.ActionReports.Dashboard;
import org.tocsin.network.reports.ActionReports.Origin;
import org.tocsin.network.reports.ActionReports.Recorded;
import org.tocsin.network.reports.ActionReports.SectionRef;
import org.tocsin.network.reports.ActionReports.Submission;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.NotFoundException;

/** Staff pages: a UA chain's dashboard and goal, a section's totals, the case page's totals, and a coordinator's aggregate. */
@Controller
@RequestMapping("/reports")
class ReportPages {

    /** What a coordinator types for their section's aggregate. */
    record AggregateForm(Long sectionId, String code, String channel, String count, String takenOn, String note) {
    }

    private final ActionReports reports;
    private final UrgentActions actions;
    private final CaseFiles cases;
    private final Coordinators coordinators;
    private final PublicReportPages publicPages;
    private final MessageSource messages;

    ReportPages(ActionReports reports, UrgentActions actions, CaseFiles cases, Coordinators coordinators,
                PublicReportPages publicPages, MessageSource messages) {
        this.reports = reports;
        this.actions = actions;
        this.cases = cases;
        this.coordinators = coordinators;
        this.publicPages = publicPages;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- dashboard

    @GetMapping("/actions/{id}")
    String dashboard(@PathVariable long id, Model model) {
        UrgentAction action = actions.get(id);
        Dashboard d = reports.dashboard(id);
        model.addAttribute("a", actions.get(d.chainId()));
        model.addAttribute("asked", action);
        model.addAttribute("d", d);
        model.addAttribute("chart", DayChart.of(d.byDay()));
        if (!model.containsAttribute("goalForm")) {
            model.addAttribute("goalForm", Map.of("goal", String.valueOf(d.goal().goal())));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "reports/action";
    }

    @PostMapping("/actions/{id}/goal")
    String setGoal(@PathVariable long id, @RequestParam(required = false) String goal,
                   @RequestParam(required = false) Integer version, Model model, HttpServletResponse response,
                   Locale locale, RedirectAttributes redirect) {
        try {
            reports.setGoal(id, goal, version);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", publicPages.errors(e, locale));
            model.addAttribute("goalForm", Map.of("goal", goal == null ? "" : goal));
            return dashboard(id, model);
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            model.addAttribute("goalForm", Map.of("goal", goal == null ? "" : goal));
            return dashboard(id, model);
        }
        redirect.addFlashAttribute("goalSaved", true);
        return "redirect:/reports/actions/" + id;
    }

    // ---------------------------------------------------------------- section and case

    @GetMapping("/sections/{id}")
    String section(@PathVariable long id, Model model) {
        SectionRef section = reports.section(id).orElseThrow(() -> new NotFoundException("section", id));
        List<ActionReports.ChainTotal> rows = reports.sectionTotals(id);
        model.addAttribute("section", section);
        model.addAttribute("rows", rows);
        model.addAttribute("total", rows.stream().mapToLong(ActionReports.ChainTotal::total).sum());
        return "reports/section";
    }

    /** The case's totals per UA chain, for the case page to include (hx-get). */
    @GetMapping("/for-case/{caseId}")
    String forCase(@PathVariable long caseId, Model model) {
        cases.get(caseId);
        model.addAttribute("totals", reports.caseTotals(caseId));
        return "reports/for-case :: totals";
    }

    // ---------------------------------------------------------------- a coordinator's aggregate

    @GetMapping("/new")
    String newAggregate(@RequestParam(required = false) Long actionId, Authentication user, Model model) {
        List<SectionRef> sections = sectionsOrDeny(user);
        String code = actionId == null ? "" : actions.find(actionId).map(UrgentAction::code).orElse("");
        return aggregateForm(new AggregateForm(sections.getFirst().id(), code, "", "", actions.today().toString(), ""),
                sections, Map.of(), model);
    }

    @PostMapping("/new")
    String recordAggregate(@ModelAttribute("form") AggregateForm form, Authentication user, Model model,
                           HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        List<SectionRef> sections = sectionsOrDeny(user);
        if (form.sectionId() != null && reports.section(form.sectionId()).isPresent()
                && !coordinators.mayReportFor(user, form.sectionId())) {
            throw new AccessDeniedException("not a section of this user");
        }
        Recorded recorded;
        try {
            if (form.sectionId() == null) {
                throw InvalidInputException.of("sectionId", "validation.required");
            }
            if (form.code() == null || form.code().isBlank()) {
                throw InvalidInputException.of("code", "reports.error.code");
            }
            recorded = reports.recordStaff(reports.openByCode(form.code()), new Submission(form.channel(), List.of(),
                    form.count(), form.takenOn(), form.sectionId(), form.note()), Origin.COORDINATOR, user.getName());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return aggregateForm(form, sections, publicPages.errors(e, locale), model);
        } catch (ReportRefusedException e) {
            response.setStatus(e.reason() == ReportRefusedException.Reason.UNKNOWN ? 404 : 409);
            return aggregateForm(form, sections, Map.of("code", publicPages.refusal(e, locale)), model);
        }
        // Reporting goes by the public code: the UA may belong to a case this coordinator does not see.
        UrgentAction action = reports.issued(recorded.actionId()).orElseThrow();
        redirect.addFlashAttribute("saved", messages.getMessage("reports.new.saved",
                new Object[] {recorded.count(), action.code() == null ? action.title() : action.code()}, locale));
        return "redirect:/reports/sections/" + form.sectionId();
    }

    private List<SectionRef> sectionsOrDeny(Authentication user) {
        List<SectionRef> sections = coordinators.sectionsFor(user);
        if (sections.isEmpty()) {
            throw new AccessDeniedException("coordinates no section");
        }
        return sections;
    }

    private String aggregateForm(AggregateForm form, List<SectionRef> sections, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("sections", sections);
        model.addAttribute("channels", ActionReports.CHANNELS);
        model.addAttribute("errors", errors);
        model.addAttribute("today", actions.today());
        model.addAttribute("max", ActionReports.AGGREGATE_MAX);
        return "reports/new";
    }

    static String longDate(java.time.LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
}
