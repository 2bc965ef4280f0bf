package org.tocsin.actions;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.actions.ActionForm.PersonEntry;
import org.tocsin.actions.StepForms.CloseForm;
import org.tocsin.actions.StepForms.ExtendForm;
import org.tocsin.actions.Views.ActionPerson;
import org.tocsin.actions.Views.ActionRow;
import org.tocsin.actions.Views.Correction;
import org.tocsin.actions.Views.DeadlineChange;
import org.tocsin.actions.Views.Details;
import org.tocsin.actions.targets.Target;
import org.tocsin.actions.targets.Targets;
import org.tocsin.cases.CaseFile;
import org.tocsin.cases.CaseAccess;
import org.tocsin.cases.CaseFiles;
import org.tocsin.cases.CaseOverview;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.InvalidInputException.FieldError;
import org.tocsin.web.NotFoundException;
import org.tocsin.security.audit.AuditLog;

/**
 * Urgent actions and their lifecycle: a draft is edited freely; issuing checks it is complete
 * and gives it its code; an issued UA's text changes only through a follow-up or a recorded
 * correction; its deadline can be extended (the history is kept); closing records the outcome.
 */
@Service
public class UrgentActions {

    static final String KIND = "action";

    private static final String COLUMNS = """
            a.id, a.case_id, a.parent_id, a.root_id, a.sequence, a.kind, a.code_scheme, a.code_base, a.code_note,
            a.country_code, a.issuer, a.title, a.issued_on, a.issued_precision, a.deadline, a.country, a.summary,
            a.background, a.recommended_actions, a.languages, a.themes, a.copies_to_diplomats, a.status, a.outcome_response,
            a.outcome_impact, a.outcome_note, a.closed_on, a.internal_note, a.version, a.created_at, a.updated_at""";

    private static final String ROW_COLUMNS = """
            a.id, a.case_id, a.root_id, a.sequence, a.kind, a.code_scheme, a.code_base, a.title, a.status, a.issued_on,
            a.issued_precision, a.deadline, a.country,
            (select count(*) from urgent_action_person p where p.action_id = a.id) as persons""";

    private final JdbcClient db;
    private final AuditLog audit;
    private final CaseFiles cases;
    private final CaseOverview caseOverview;
    private final Targets directory;
    private final CodeAllocator codes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    private final CaseAccess access;

    UrgentActions(JdbcClient db, CaseFiles cases, CaseOverview caseOverview, Targets directory, CodeAllocator codes,
                  Optional<Clock> clock, AuditLog audit, ApplicationEventPublisher events, CaseAccess access) {
        this.access = access;
        this.db = db;
        this.events = events;
        this.audit = audit;
        this.cases = cases;
        this.caseOverview = caseOverview;
        this.directory = directory;
        this.codes = codes;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- reading

    /** What the UA list can filter on; blank or null means any. {@code sort}: deadline, issued or code. */
    public record Filter(String status, String country, Integer dueWithinDays, Long caseId, String sort) {

        public static final List<String> SORTS = List.of("deadline", "issued", "code");

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    public record Listing(List<ActionRow> items, long total) {
    }

    public Listing list(Filter filter, int offset, int limit) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        where.add(access.visibleCase("a.case_id"));
        if (filter.status() != null && !filter.status().isBlank()) {
            where.add("a.status = ?");
            params.add(filter.status());
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            where.add("lower(coalesce(a.country, '')) like ?");
            params.add("%" + filter.country().strip().toLowerCase() + "%");
        }
        if (filter.dueWithinDays() != null) {
            // Open UAs whose deadline falls between today and N days from now.
            where.add("a.status = 'issued' and a.deadline between ? and ?");
            params.add(today());
            params.add(today().plusDays(Math.max(0, filter.dueWithinDays())));
        }
        if (filter.caseId() != null) {
            where.add("a.case_id = ?");
            params.add(filter.caseId());
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String order = switch (filter.sort() == null ? "" : filter.sort()) {
            case "issued" -> "a.issued_on desc nulls first, a.id desc";
            case "code" -> "a.code_base nulls last, a.sequence, a.id";
            default -> "a.deadline nulls last, a.issued_on desc nulls first, a.id desc";
        };
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(offset);
        pageParams.add(limit);
        List<ActionRow> items = db.sql("select " + ROW_COLUMNS + " from urgent_action a" + condition
                        + " order by " + order + " offset ? limit ?")
                .params(pageParams).query(ActionRow.class).list();
        long total = db.sql("select count(*) from urgent_action a" + condition).params(params)
                .query(Long.class).single();
        return new Listing(items, total);
    }

    /** A case's urgent actions and follow-ups, chain by chain, for the case page. */
    public List<ActionRow> forCase(long caseId) {
        return db.sql("select " + ROW_COLUMNS + " from urgent_action a where a.case_id = ? and "
                        + access.visibleCase("a.case_id") + "\n" + """
                        order by (select r.issued_on from urgent_action r where r.id = coalesce(a.root_id, a.id)) nulls last,
                                 coalesce(a.root_id, a.id), a.sequence""")
                .param(caseId).query(ActionRow.class).list();
    }

    /** Issued and closed UAs and follow-ups, newest first: what the Atom feed announces. Never a draft. */
    public List<UrgentAction> latestPublished(int limit) {
        return db.sql("select " + COLUMNS + """
                         from urgent_action a where a.status in ('issued', 'closed')
                        order by a.issued_on desc nulls last, a.sequence desc, a.id desc limit ?""")
                .param(limit).query((rs, row) -> action(rs)).list();
    }

    /** Issued UAs that have a deadline, soonest first: the deadlines calendar. Closed UAs and drafts are left out. */
    public List<UrgentAction> openDeadlines() {
        return db.sql("select " + COLUMNS + " from urgent_action a where a.status = 'issued' and a.deadline is not null"
                        + " order by a.deadline, a.id")
                .query((rs, row) -> action(rs)).list();
    }

    /** The UA if it exists and belongs to a case the viewer may see. */
    public Optional<UrgentAction> find(long id) {
        return db.sql("select " + COLUMNS + " from urgent_action a where a.id = ? and " + access.visibleCase("a.case_id"))
                .param(id).query((rs, row) -> action(rs)).optional();
    }

    /** Any UA, whoever asks: only for what is public once issued (the take-action page). */
    private Optional<UrgentAction> findAny(long id) {
        return db.sql("select " + COLUMNS + " from urgent_action a where a.id = ?").param(id)
                .query((rs, row) -> action(rs)).optional();
    }

    public UrgentAction get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    /** The original and every follow-up of {@code id}'s chain, in order. */
    public List<ActionRow> chain(long id) {
        return chainOf(get(id));
    }

    private List<ActionRow> chainOf(UrgentAction action) {
        long root = action.chainId();
        return db.sql("select " + ROW_COLUMNS + " from urgent_action a where a.id = ? or a.root_id = ? order by a.sequence, a.id")
                .params(root, root).query(ActionRow.class).list();
    }

    public List<ActionPerson> persons(long id) {
        return db.sql("""
                        select p.person_id, coalesce((select n.name from person_name n where n.person_id = p.person_id
                                                      order by n.position, n.id limit 1), '#' || p.person_id) as name,
                               p.gender
                        from urgent_action_person p where p.action_id = ? order by p.position""")
                .param(id).query(ActionPerson.class).list();
    }

    /** The authorities a UA asks members to write to, in its order. */
    public List<Target> targets(long id) {
        List<Long> ids = db.sql("select target_id from urgent_action_target where action_id = ? order by position")
                .param(id).query(Long.class).list();
        return directory.getAll(ids);
    }

    @Transactional(readOnly = true)
    public Details details(long id) {
        UrgentAction action = get(id);
        return detailsOf(action, cases.get(action.caseId()).title());
    }

    /** A UA's page; {@code caseTitle} is null where the case file is not to be shown. */
    private Details detailsOf(UrgentAction action, String caseTitle) {
        long id = action.id();
        List<ActionRow> refersTo = db.sql("select " + ROW_COLUMNS + """
                         from urgent_action_reference r join urgent_action a on a.id = r.refers_to_id
                        where r.action_id = ? order by a.issued_on, a.id""")
                .param(id).query(ActionRow.class).list();
        List<DeadlineChange> deadlines = db.sql("""
                        select previous, deadline, reason, changed_by, changed_at from urgent_action_deadline
                        where action_id = ? order by changed_at, id""")
                .param(id).query(DeadlineChange.class).list();
        List<Correction> corrections = db.sql("""
                        select id, note, follow_up_id, recorded_by, recorded_at from urgent_action_correction
                        where action_id = ? order by recorded_at, id""")
                .param(id).query(Correction.class).list();
        return new Details(action, caseTitle, persons(id), targets(id), chainOf(action), refersTo,
                deadlines, corrections);
    }

    /** An issued or closed UA as the public may see it; empty for drafts and unknown ids. */
    @Transactional(readOnly = true)
    public Optional<Details> published(long id) {
        // Public by nature once issued, whoever may see the case; the case file itself stays out of it.
        Optional<UrgentAction> action = findAny(id);
        if (action.isEmpty() || action.get().isDraft()) {
            return Optional.empty();
        }
        Details d = detailsOf(action.get(), null);
        // Drafts of the chain are not public either.
        List<ActionRow> chain = d.chain().stream().filter(r -> !"draft".equals(r.status())).toList();
        List<ActionRow> refersTo = d.refersTo().stream().filter(r -> !"draft".equals(r.status())).toList();
        return Optional.of(new Details(d.action(), d.caseTitle(), d.persons(), d.targets(), chain, refersTo,
                d.deadlines(), d.corrections()));
    }

    // ---------------------------------------------------------------- drafts

    @Transactional
    public UrgentAction create(ActionForm form) {
        if (form.caseId() == null) {
            throw InvalidInputException.of("caseId", "validation.required");
        }
        cases.find(form.caseId()).orElseThrow(() -> InvalidInputException.of("caseId", "actions.error.unknownCase"));
        Checked c = check(form, form.caseId(), null);
        long id = db.sql("""
                        insert into urgent_action (case_id, kind, code_scheme, code_base, code_note, country_code, issuer,
                            title, issued_on, issued_precision, deadline, country, summary, background,
                            recommended_actions, languages, themes, copies_to_diplomats, internal_note)
                        values (?, 'urgent_action', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(form.caseId(), form.codeScheme(), c.externalCode(), blankToNull(form.codeNote()),
                        c.countryCode(), blankToNull(form.issuer()), form.title().strip(), c.issuedOn(),
                        c.precision(), c.deadline(), blankToNull(form.country()), blankToNull(form.summary()),
                        blankToNull(form.background()), form.actions().toArray(String[]::new),
                        form.languageCodes().toArray(String[]::new), form.themeCodes().toArray(String[]::new),
                        form.copies(), blankToNull(form.internalNote()))
                .query(Long.class).single();
        writeLinks(id, form);
        UrgentAction after = get(id);
        audit.record("create", "urgent_action", id, AuditLog.filledFields(after));
        return after;
    }

    /** Saves a draft if it is still at the form's version; issued and closed UAs are refused. */
    @Transactional
    public UrgentAction updateDraft(long id, ActionForm form) {
        UrgentAction current = get(id);
        requireDraft(current);
        Checked c = check(form, current.caseId(), current);
        int changed = db.sql("""
                        update urgent_action set code_scheme = ?, code_base = ?, code_note = ?, country_code = ?,
                            issuer = ?, title = ?, issued_on = ?, issued_precision = ?, deadline = ?, country = ?,
                            summary = ?, background = ?, recommended_actions = ?, languages = ?, themes = ?,
                            copies_to_diplomats = ?, internal_note = ?, version = version + 1, updated_at = now()
                        where id = ? and version = ? and status = 'draft'""")
                .params(current.isFollowUp() ? current.codeScheme() : form.codeScheme(),
                        current.isFollowUp() ? current.codeBase() : c.externalCode(), blankToNull(form.codeNote()),
                        current.isFollowUp() ? current.countryCode() : c.countryCode(), blankToNull(form.issuer()),
                        form.title().strip(), c.issuedOn(), c.precision(), c.deadline(), blankToNull(form.country()),
                        blankToNull(form.summary()), blankToNull(form.background()),
                        form.actions().toArray(String[]::new), form.languageCodes().toArray(String[]::new),
                        form.themeCodes().toArray(String[]::new), form.copies(), blankToNull(form.internalNote()), id, form.version() == null ? -1 : form.version())
                .update();
        if (changed == 0) {
            throw new ConcurrentEditException(KIND, id);
        }
        db.sql("delete from urgent_action_person where action_id = ?").param(id).update();
        db.sql("delete from urgent_action_target where action_id = ?").param(id).update();
        writeLinks(id, form);
        UrgentAction after = get(id);
        audit.record("update", "urgent_action", id, AuditLog.changedFields(current, after));
        return after;
    }

    private record Checked(LocalDate issuedOn, String precision, LocalDate deadline, String externalCode,
                           String countryCode) {
    }

    /** The rules a saved UA (draft or not) keeps; every broken one is reported at once. */
    private Checked check(ActionForm form, long caseId, UrgentAction current) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate issuedOn = date(form.issuedOn(), "issuedOn", errors);
        LocalDate deadline = date(form.deadline(), "deadline", errors);
        if (issuedOn != null && deadline != null && !deadline.isAfter(issuedOn)) {
            errors.add(new FieldError("deadline", "actions.error.deadlineBeforeIssue"));
        }
        boolean followUp = current != null && current.isFollowUp();
        String scheme = followUp ? current.codeScheme() : form.codeScheme();
        String externalCode = null;
        if ("external".equals(scheme) && !followUp) {
            externalCode = blankToNull(form.code());
            if (externalCode == null) {
                errors.add(new FieldError("code", "actions.error.codeRequired"));
            } else if (codeTaken(externalCode, current == null ? null : current.id())) {
                errors.add(new FieldError("code", "actions.error.codeTaken", externalCode));
            }
        }
        String countryCode = blankToNull(form.countryCode()) == null ? null : form.countryCode().strip().toUpperCase();
        for (String language : form.languageCodes()) {
            if (!UrgentAction.LANGUAGES.contains(language)) {
                errors.add(new FieldError("languages", "validation.unknownValue"));
                break;
            }
        }
        if (form.themeCodes().stream().anyMatch(t -> !UrgentAction.THEMES.contains(t))) {
            errors.add(new FieldError("themes", "validation.unknownValue"));
        }
        Set<Long> casePersons = caseOverview.personsAtRisk(caseId).stream().map(CaseOverview.PersonAtRisk::id)
                .collect(Collectors.toSet());
        if (form.chosenPersons().stream().anyMatch(p -> !casePersons.contains(p.personId()))) {
            errors.add(new FieldError("persons", "actions.error.personNotInCase"));
        }
        if (directory.getAll(form.targets()).size() != form.targets().size()) {
            errors.add(new FieldError("targetIds", "actions.error.unknownTarget"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String precision = blankToNull(form.issuedPrecision()) == null ? "day" : form.issuedPrecision();
        return new Checked(issuedOn, precision, deadline, externalCode, countryCode);
    }

    private boolean codeTaken(String code, Long exceptId) {
        return db.sql("select exists (select 1 from urgent_action where upper(code_base) = upper(?) and sequence = 0 and id <> ?)")
                .params(code, exceptId == null ? -1 : exceptId).query(Boolean.class).single();
    }

    private void writeLinks(long id, ActionForm form) {
        int position = 0;
        for (PersonEntry p : form.chosenPersons()) {
            db.sql("insert into urgent_action_person (action_id, person_id, gender, position) values (?, ?, ?, ?)")
                    .params(id, p.personId(), blankToNull(p.gender()), position++).update();
        }
        position = 0;
        for (Long target : form.targets()) {
            db.sql("insert into urgent_action_target (action_id, target_id, position) values (?, ?, ?)")
                    .params(id, target, position++).update();
        }
    }

    // ---------------------------------------------------------------- received from elsewhere

    /**
     * An urgent action another organisation issued, as its document gives it (intake). Its code,
     * if any, is kept as an external code; with {@code followsId} it takes the next place in that
     * UA's chain instead. Without an issue date it stays a draft (the table requires one once issued).
     */
    public record Received(long caseId, String kind, String code, String codeNote, String issuer, String title,
                           LocalDate issuedOn, LocalDate deadline, String country, List<String> recommendedActions,
                           List<String> languages, boolean copiesToDiplomats, List<PersonEntry> persons,
                           List<Long> targetIds, Long followsId, List<Long> refersToIds) {
    }

    /** The original (sequence 0) whose code is {@code code}, compared without case; for linking a follow-up to it. */
    public Optional<UrgentAction> findByCode(String code) {
        if (blankToNull(code) == null) {
            return Optional.empty();
        }
        return db.sql("select " + COLUMNS + """
                         from urgent_action a where upper(a.code_base) = upper(?) and a.sequence = 0
                        order by a.id limit 1""")
                .param(code.strip()).query((rs, row) -> action(rs)).optional();
    }

    /** Records a received UA with its persons (made persons at risk of the case), targets and references. */
    @Transactional
    public UrgentAction record(Received r) {
        cases.find(r.caseId()).orElseThrow(() -> InvalidInputException.of("caseId", "actions.error.unknownCase"));
        if (blankToNull(r.title()) == null) {
            throw InvalidInputException.of("title", "validation.required");
        }
        if (r.issuedOn() != null && r.deadline() != null && !r.deadline().isAfter(r.issuedOn())) {
            throw InvalidInputException.of("deadline", "actions.error.deadlineBeforeIssue");
        }
        for (String language : r.languages()) {
            if (!UrgentAction.LANGUAGES.contains(language)) {
                throw InvalidInputException.of("languages", "validation.unknownValue");
            }
        }
        if (directory.getAll(r.targetIds()).size() != r.targetIds().stream().distinct().count()) {
            throw InvalidInputException.of("targetIds", "actions.error.unknownTarget");
        }
        String status = r.issuedOn() == null ? "draft" : "issued";
        long id;
        if (r.followsId() != null) {
            UrgentAction parent = get(r.followsId());
            long root = parent.chainId();
            db.sql("select id from urgent_action where id = ? for update").param(root).query(Long.class).single();
            int sequence = db.sql("select coalesce(max(sequence), 0) + 1 from urgent_action where id = ? or root_id = ?")
                    .params(root, root).query(Integer.class).single();
            String kind = UrgentAction.FOLLOW_UP_KINDS.contains(r.kind()) ? r.kind()
                    : CodeScheme.of(parent.codeScheme()).followUpKind();
            id = db.sql("""
                            insert into urgent_action (case_id, parent_id, root_id, sequence, kind, code_scheme, code_base,
                                code_note, country_code, issuer, title, issued_on, deadline, country, recommended_actions,
                                languages, copies_to_diplomats, status)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(r.caseId(), parent.id(), root, sequence, kind, parent.codeScheme(), parent.codeBase(),
                            blankToNull(r.codeNote()), parent.countryCode(), blankToNull(r.issuer()), r.title().strip(),
                            r.issuedOn(), r.deadline(), blankToNull(r.country()),
                            r.recommendedActions().toArray(String[]::new), r.languages().toArray(String[]::new),
                            r.copiesToDiplomats(), status)
                    .query(Long.class).single();
        } else {
            String code = blankToNull(r.code());
            if (code != null && codeTaken(code, null)) {
                throw InvalidInputException.of("code", "actions.error.codeTaken", code);
            }
            id = db.sql("""
                            insert into urgent_action (case_id, kind, code_scheme, code_base, code_note, issuer, title,
                                issued_on, deadline, country, recommended_actions, languages, copies_to_diplomats, status)
                            values (?, 'urgent_action', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(r.caseId(), code == null ? "none" : "external", code, blankToNull(r.codeNote()),
                            blankToNull(r.issuer()), r.title().strip(), r.issuedOn(), r.deadline(),
                            blankToNull(r.country()), r.recommendedActions().toArray(String[]::new),
                            r.languages().toArray(String[]::new), r.copiesToDiplomats(), status)
                    .query(Long.class).single();
        }
        for (PersonEntry p : r.persons()) {
            caseOverview.addPersonAtRisk(r.caseId(), p.personId());
        }
        ActionForm links = new ActionForm(r.caseId(), r.title(), "none", null, null, null, null, null, null, null, null,
                null, null, List.of(), List.of(), r.persons(), r.targetIds(), r.copiesToDiplomats(), null, null);
        writeLinks(id, links);
        for (Long refersTo : r.refersToIds().stream().distinct().toList()) {
            get(refersTo);
            db.sql("insert into urgent_action_reference (action_id, refers_to_id) values (?, ?)").params(id, refersTo).update();
        }
        if (r.deadline() != null && status.equals("issued")) {
            db.sql("insert into urgent_action_deadline (action_id, previous, deadline, reason) values (?, null, ?, null)")
                    .params(id, r.deadline()).update();
        }
        return get(id);
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Issues a draft: it must name a person at risk, a recommended action, a target and a
     * deadline after the issue date (a closure notice needs none of these); everything missing
     * is reported at once. An original in Tocsin's own schemes gets its code here, in this
     * transaction, so a failed issue gives the number back.
     */
    @Transactional
    public UrgentAction issue(long id, Integer version, String issuedOnText) {
        UrgentAction draft = lock(id, version);
        requireDraft(draft);
        List<FieldError> errors = new ArrayList<>();
        LocalDate issuedOn = blankToNull(issuedOnText) != null ? date(issuedOnText, "issuedOn", errors)
                : draft.issuedOn() != null ? draft.issuedOn() : today();
        if (!"closure".equals(draft.kind())) {
            if (persons(id).isEmpty()) {
                errors.add(new FieldError("persons", "actions.error.noPersons"));
            }
            if (draft.recommendedActions().isEmpty()) {
                errors.add(new FieldError("recommendedActions", "actions.error.noRecommendedActions"));
            }
            if (targets(id).isEmpty()) {
                errors.add(new FieldError("targetIds", "actions.error.noTargets"));
            }
            if (draft.deadline() == null) {
                errors.add(new FieldError("deadline", "actions.error.noDeadline"));
            } else if (issuedOn != null && !draft.deadline().isAfter(issuedOn)) {
                errors.add(new FieldError("deadline", "actions.error.deadlineBeforeIssue"));
            }
        }
        if ("observatory".equals(draft.codeScheme()) && draft.countryCode() == null) {
            errors.add(new FieldError("countryCode", "actions.error.countryCodeRequired"));
        }
        if (draft.isFollowUp() && get(draft.parentId()).isDraft()) {
            errors.add(new FieldError("status", "actions.error.followUpOfDraft"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String codeBase = draft.codeBase();
        if (!draft.isFollowUp() && CodeScheme.of(draft.codeScheme()).allocates()) {
            // A number already used by a code entered by hand (an imported UA) is passed over.
            do {
                codeBase = codes.allocate(CodeScheme.of(draft.codeScheme()), draft.countryCode(), issuedOn);
            } while (codeTaken(codeBase, id));
        }
        try {
            db.sql("""
                            update urgent_action set status = 'issued', issued_on = ?, code_base = ?,
                                version = version + 1, updated_at = now()
                            where id = ?""")
                    .params(issuedOn, codeBase, id).update();
        } catch (DuplicateKeyException e) {
            // Only when a code was entered by hand beyond the counter (an imported or external UA).
            throw InvalidInputException.of("code", "actions.error.codeTaken", codeBase);
        }
        if (draft.deadline() != null) {
            db.sql("insert into urgent_action_deadline (action_id, previous, deadline, reason) values (?, null, ?, null)")
                    .params(id, draft.deadline()).update();
        }
        UrgentAction after = get(id);
        audit.record("issue", "urgent_action", id, List.of("status", "code", "issue date"));
        events.publishEvent(new ActionIssued(id, after.chainId(), after.sequence(), after.kind()));
        return after;
    }

    /**
     * Starts the next follow-up of an issued (or closed) UA as a draft: it copies the text,
     * persons and targets of the UA it follows and takes the next place in the chain. The
     * deadline is left for the researcher to set: the old one is rarely still ahead.
     */
    @Transactional
    public UrgentAction followUp(long parentId, String kind) {
        UrgentAction parent = get(parentId);
        if (parent.isDraft()) {
            throw InvalidInputException.of("status", "actions.error.followUpOfDraft");
        }
        String followUpKind = blankToNull(kind) == null ? CodeScheme.of(parent.codeScheme()).followUpKind() : kind;
        if (!UrgentAction.FOLLOW_UP_KINDS.contains(followUpKind)) {
            throw InvalidInputException.of("kind", "validation.unknownValue");
        }
        long root = parent.chainId();
        // Lock the chain's original: two follow-ups started at once take places one after the other.
        db.sql("select id from urgent_action where id = ? for update").param(root).query(Long.class).single();
        int sequence = db.sql("select coalesce(max(sequence), 0) + 1 from urgent_action where id = ? or root_id = ?")
                .params(root, root).query(Integer.class).single();
        long id = db.sql("""
                        insert into urgent_action (case_id, parent_id, root_id, sequence, kind, code_scheme, code_base,
                            code_note, country_code, issuer, title, country, summary, background,
                            recommended_actions, languages, themes, copies_to_diplomats)
                        select case_id, id, ?, ?, ?, code_scheme, code_base, code_note, country_code, issuer, title,
                               country, summary, background, recommended_actions, languages, themes, copies_to_diplomats
                        from urgent_action where id = ? returning id""")
                .params(root, sequence, followUpKind, parentId).query(Long.class).single();
        db.sql("""
                insert into urgent_action_person (action_id, person_id, gender, position)
                select ?, person_id, gender, position from urgent_action_person where action_id = ?""")
                .params(id, parentId).update();
        db.sql("""
                insert into urgent_action_target (action_id, target_id, position)
                select ?, target_id, position from urgent_action_target where action_id = ?""")
                .params(id, parentId).update();
        UrgentAction after = get(id);
        audit.record("follow-up", "urgent_action", id, List.of("chain"));
        return after;
    }

    /** Moves an issued UA's deadline later and keeps the one it replaces. */
    @Transactional
    public UrgentAction extendDeadline(long id, ExtendForm form, String by) {
        UrgentAction action = lock(id, form.version());
        if (!action.isIssued()) {
            throw InvalidInputException.of("status", action.isClosed() ? "actions.error.closed" : "actions.error.notIssued");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate deadline = date(form.deadline(), "deadline", errors);
        if (deadline != null && action.deadline() != null && !deadline.isAfter(action.deadline())) {
            errors.add(new FieldError("deadline", "actions.error.extensionNotLater"));
        } else if (deadline != null && !deadline.isAfter(action.issuedOn())) {
            errors.add(new FieldError("deadline", "actions.error.deadlineBeforeIssue"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        db.sql("update urgent_action set deadline = ?, version = version + 1, updated_at = now() where id = ?")
                .params(deadline, id).update();
        db.sql("insert into urgent_action_deadline (action_id, previous, deadline, reason, changed_by) values (?, ?, ?, ?, ?)")
                .params(id, action.deadline(), deadline, blankToNull(form.reason()), by).update();
        UrgentAction after = get(id);
        audit.record("extend", "urgent_action", id, List.of("deadline"));
        return after;
    }

    /** Closes an issued UA with the authorities' response, the impact on the persons at risk and a note. */
    @Transactional
    public UrgentAction close(long id, CloseForm form) {
        UrgentAction action = lock(id, form.version());
        if (!action.isIssued()) {
            throw InvalidInputException.of("status", action.isClosed() ? "actions.error.closed" : "actions.error.notIssued");
        }
        List<FieldError> errors = new ArrayList<>();
        if (!UrgentAction.RESPONSES.contains(form.response())) {
            errors.add(new FieldError("response", "actions.error.outcomeRequired"));
        }
        if (!UrgentAction.IMPACTS.contains(form.impact())) {
            errors.add(new FieldError("impact", "actions.error.outcomeRequired"));
        }
        LocalDate closedOn = blankToNull(form.closedOn()) == null ? today() : date(form.closedOn(), "closedOn", errors);
        if (closedOn != null && closedOn.isBefore(action.issuedOn())) {
            errors.add(new FieldError("closedOn", "actions.error.closedBeforeIssue"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        db.sql("""
                        update urgent_action set status = 'closed', outcome_response = ?, outcome_impact = ?,
                            outcome_note = ?, closed_on = ?, version = version + 1, updated_at = now()
                        where id = ?""")
                .params(form.response(), form.impact(), blankToNull(form.note()), closedOn, id).update();
        UrgentAction after = get(id);
        audit.record("close", "urgent_action", id, List.of("status", "outcome"));
        return after;
    }

    /** Records a correction beside an issued or closed UA; its text stays as issued. */
    @Transactional
    public Correction correct(long id, String note, Long followUpId, String by) {
        UrgentAction action = get(id);
        if (action.isDraft()) {
            throw InvalidInputException.of("status", "actions.error.correctDraft");
        }
        if (blankToNull(note) == null) {
            throw InvalidInputException.of("note", "validation.required");
        }
        if (followUpId != null && find(followUpId).filter(f -> f.chainId() == action.chainId()).isEmpty()) {
            throw InvalidInputException.of("followUpId", "actions.error.notInChain");
        }
        return db.sql("""
                        insert into urgent_action_correction (action_id, note, follow_up_id, recorded_by)
                        values (?, ?, ?, ?) returning id, note, follow_up_id, recorded_by, recorded_at""")
                .params(id, note.strip(), followUpId, by).query(Correction.class).single();
    }

    /** The UA row locked for this transaction, if still at {@code version}. */
    private UrgentAction lock(long id, Integer version) {
        UrgentAction action = db.sql("select " + COLUMNS + " from urgent_action a where a.id = ? for update")
                .param(id).query((rs, row) -> action(rs)).optional()
                .orElseThrow(() -> new NotFoundException(KIND, id));
        if (version == null || action.version() != version) {
            throw new ConcurrentEditException(KIND, id);
        }
        return action;
    }

    private static void requireDraft(UrgentAction action) {
        if (!action.isDraft()) {
            throw InvalidInputException.of("status", action.isClosed() ? "actions.error.closed" : "actions.error.issuedText");
        }
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "validation.date"));
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static UrgentAction action(ResultSet rs) throws SQLException {
        return new UrgentAction(rs.getLong("id"), rs.getLong("case_id"), rs.getObject("parent_id", Long.class),
                rs.getObject("root_id", Long.class), rs.getInt("sequence"), rs.getString("kind"),
                rs.getString("code_scheme"), rs.getString("code_base"), rs.getString("code_note"),
                rs.getString("country_code"), rs.getString("issuer"), rs.getString("title"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("issued_precision"),
                rs.getObject("deadline", LocalDate.class), rs.getString("country"), rs.getString("summary"),
                rs.getString("background"), strings(rs.getArray("recommended_actions")),
                strings(rs.getArray("languages")), strings(rs.getArray("themes")), rs.getBoolean("copies_to_diplomats"),
                rs.getString("status"), rs.getString("outcome_response"), rs.getString("outcome_impact"),
                rs.getString("outcome_note"), rs.getObject("closed_on", LocalDate.class), rs.getString("internal_note"),
                rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
