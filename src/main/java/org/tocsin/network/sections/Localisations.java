package org.tocsin.network.sections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.actions.ActionIssued;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;
import org.tocsin.cases.CaseAccess;
import org.tocsin.actions.Views.ActionRow;
import org.tocsin.actions.Views.Details;
import org.tocsin.actions.letters.LetterTemplate;
import org.tocsin.actions.letters.Letters;
import org.tocsin.actions.targets.Target;
import org.tocsin.actions.targets.Targets;
import org.tocsin.security.audit.AuditLog;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.InvalidInputException.FieldError;
import org.tocsin.web.NotFoundException;
import org.tocsin.web.Text;

/**
 * Localisations of issued UAs: a section's coordinator starts one from the original (its text
 * and the model letter in that language), edits it, adds local targets and a local deadline,
 * and publishes it. When a later follow-up of the chain is issued, the localisation is marked
 * as needing an update; the coordinator localises the follow-up or marks it reviewed.
 */
@Service
public class Localisations {

    static final String KIND = "localisation";
    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 20000;
    static final int LINE_MAX = 2000;
    static final int ACTIONS_MAX = 30;
    private static final String COLUMNS = """
            id, action_id, section_id, language, title, summary, recommended_actions, letter_subject, letter_body,
            local_deadline, status, published_at, needs_update, version, created_at, updated_at""";

    private final JdbcClient db;
    private final AuditLog audit;
    private final UrgentActions actions;
    private final Sections sections;
    private final Targets targets;
    private final SectionAccess access;
    private final ApplicationEventPublisher events;
    private final Letters letters;
    private final CaseAccess cases;

    Localisations(JdbcClient db, AuditLog audit, UrgentActions actions, Sections sections, Targets targets,
                  SectionAccess access, ApplicationEventPublisher events, Letters letters, CaseAccess cases) {
        this.cases = cases;
        this.db = db;
        this.audit = audit;
        this.actions = actions;
        this.sections = sections;
        this.targets = targets;
        this.access = access;
        this.events = events;
        this.letters = letters;
    }

    // ---------------------------------------------------------------- reading

    /** A localisation with the name of its section, for lists. */
    public record Listed(Localisation localisation, String sectionName, String sectionCountry) {
    }

    public List<Listed> forAction(long actionId) {
        return listed("l.action_id = ?", actionId);
    }

    public List<Listed> forSection(long sectionId) {
        return listed("l.section_id = ?", sectionId);
    }

    /** The localisation if it exists and its UA's case may be seen by the viewer (a hidden one is not found). */
    public Optional<Localisation> find(long id) {
        return db.sql("select " + COLUMNS + " from localisation where id = ? and exists (select 1 from urgent_action a"
                        + " where a.id = localisation.action_id and " + cases.visibleCase("a.case_id") + ")")
                .param(id).query((rs, n) -> row(rs)).optional();
    }

    /** Any localisation, whoever asks: only for what is public once published. */
    private Optional<Localisation> findAny(long id) {
        return db.sql("select " + COLUMNS + " from localisation where id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    public Localisation get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    /** The local targets the localisation adds, in its order. */
    public List<Target> targets(long id) {
        return targets.getAll(targetIds(id));
    }

    public List<Long> targetIds(long id) {
        return db.sql("select target_id from localisation_target where localisation_id = ? order by position")
                .param(id).query(Long.class).list();
    }

    /** The latest issued follow-up after the localised UA in its chain, if any: what a needs-update notice links to. */
    public Optional<ActionRow> newerFollowUp(Localisation l) {
        UrgentAction action = actions.get(l.actionId());
        return actions.chain(l.actionId()).stream()
                .filter(r -> r.sequence() > action.sequence() && !"draft".equals(r.status()))
                .reduce((first, second) -> second);
    }

    /** What the public page of a published localisation shows; empty for drafts and unknown ids. */
    public record Published(Localisation localisation, Section section, Details original, List<Target> localTargets) {
    }

    @Transactional(readOnly = true)
    public Optional<Published> published(long id) {
        Optional<Localisation> found = findAny(id).filter(Localisation::isPublished);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Localisation l = found.get();
        return actions.published(l.actionId())
                .map(original -> new Published(l, sections.get(l.sectionId()), original, targets(id)));
    }

    /**
     * The starting text of a new localisation: the original's title, summary and recommended
     * actions, the UA's model letter in that language if it has one, the UA's deadline and every
     * target of the section's list.
     */
    public LocalisationInput prefill(long actionId, long sectionId, String language) {
        access.requireSectionWork();
        UrgentAction action = actions.get(actionId);
        Section section = sections.get(sectionId);
        access.requireManage(sectionId);
        checkStart(action, section, language);
        record Letter(String subject, String body) {
        }
        // The model letters are the letters work's table; only their text is read here, to start from.
        Optional<Letter> letter = db.sql("select subject, body from model_letter where action_id = ? and language = ?")
                .params(actionId, language).query(Letter.class).optional();
        return new LocalisationInput(language, action.title(), action.summary(), action.recommendedActions(),
                letter.map(Letter::subject).orElse(""), letter.map(Letter::body).orElse(""),
                action.deadline() == null ? "" : action.deadline().toString(),
                targets.forSection(sectionId).stream().map(Target::id).toList(), null);
    }

    // ---------------------------------------------------------------- writing

    @Transactional
    public Localisation create(long actionId, long sectionId, LocalisationInput input) {
        access.requireSectionWork();
        UrgentAction action = actions.get(actionId);
        Section section = sections.get(sectionId);
        access.requireManage(sectionId);
        String language = Text.blankToNull(input.language());
        checkStart(action, section, language);
        Clean c = check(input, language, action, sectionId);
        long id = db.sql("""
                        insert into localisation (action_id, section_id, language, title, summary, recommended_actions,
                                                  letter_subject, letter_body, local_deadline)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(actionId, sectionId, language, c.title(), c.summary(), c.actions().toArray(String[]::new),
                        c.letterSubject(), c.letterBody(), c.localDeadline())
                .query(Long.class).single();
        saveTargets(id, c.targetIds());
        Localisation created = get(id);
        List<String> fields = new ArrayList<>(AuditLog.filledFields(created));
        if (!c.targetIds().isEmpty()) {
            fields.add("targets");
        }
        audit.record("create", KIND, id, fields);
        return created;
    }

    /** Saves the input if the localisation is still at the version it was based on. */
    @Transactional
    public Localisation update(long id, LocalisationInput input) {
        access.requireSectionWork();
        Localisation before = get(id);
        access.requireManage(before.sectionId());
        List<Long> targetsBefore = targetIds(id);
        Clean c = check(input, before.language(), actions.get(before.actionId()), before.sectionId());
        if (input.version() == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        int changed = db.sql("""
                        update localisation set title = ?, summary = ?, recommended_actions = ?, letter_subject = ?,
                               letter_body = ?, local_deadline = ?, version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                .params(c.title(), c.summary(), c.actions().toArray(String[]::new), c.letterSubject(), c.letterBody(),
                        c.localDeadline(), id, input.version())
                .update();
        if (changed == 0) {
            throw new ConcurrentEditException(KIND, id);
        }
        db.sql("delete from localisation_target where localisation_id = ?").param(id).update();
        saveTargets(id, c.targetIds());
        Localisation after = get(id);
        List<String> fields = new ArrayList<>(AuditLog.changedFields(before, after));
        if (!targetsBefore.equals(c.targetIds())) {
            fields.add("targets");
        }
        audit.record("update", KIND, id, fields);
        return after;
    }

    /**
     * Publishes a draft: it needs a title, a summary, a recommended action and a letter (subject
     * and body); everything missing is reported at once. Announces {@link LocalisationPublished}.
     */
    @Transactional
    public Localisation publish(long id, Integer version) {
        access.requireSectionWork();
        Localisation l = get(id);
        access.requireManage(l.sectionId());
        if (version == null || version != l.version()) {
            throw new ConcurrentEditException(KIND, id);
        }
        if (l.isPublished()) {
            throw InvalidInputException.of("status", "sections.localisation.error.published");
        }
        List<FieldError> errors = new ArrayList<>();
        if (Text.blankToNull(l.title()) == null) {
            errors.add(new FieldError("title", "sections.localisation.error.titleMissing"));
        }
        if (Text.blankToNull(l.summary()) == null) {
            errors.add(new FieldError("summary", "sections.localisation.error.summaryMissing"));
        }
        if (l.recommendedActions().isEmpty()) {
            errors.add(new FieldError("recommendedActions", "sections.localisation.error.actionsMissing"));
        }
        if (Text.blankToNull(l.letterSubject()) == null) {
            errors.add(new FieldError("letterSubject", "sections.localisation.error.letterSubjectMissing"));
        }
        if (Text.blankToNull(l.letterBody()) == null) {
            errors.add(new FieldError("letterBody", "sections.localisation.error.letterBodyMissing"));
        }
        // Its letter goes out to members as it is: checked again, as one stored before the check may be wrong.
        checkLetter(l.language(), l.letterSubject(), l.letterBody(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int changed = db.sql("""
                        update localisation set status = 'published', published_at = now(), version = version + 1,
                               updated_at = now()
                        where id = ? and version = ? and status = 'draft'""")
                .params(id, version).update();
        if (changed == 0) {
            throw new ConcurrentEditException(KIND, id);
        }
        audit.record("publish", KIND, id, List.of("status", "publishedAt"));
        events.publishEvent(new LocalisationPublished(id, l.actionId(), l.sectionId(), l.language()));
        return get(id);
    }

    /** The coordinator has checked the localisation against the newer follow-up and keeps it as it is. */
    @Transactional
    public Localisation markReviewed(long id, Integer version) {
        access.requireSectionWork();
        Localisation l = get(id);
        access.requireManage(l.sectionId());
        int changed = db.sql("""
                        update localisation set needs_update = false, version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                .params(id, version == null ? -1 : version).update();
        if (changed == 0) {
            throw new ConcurrentEditException(KIND, id);
        }
        audit.record("review", KIND, id, List.of("needsUpdate"));
        return get(id);
    }

    /**
     * A follow-up was issued: every localisation of an earlier UA of its chain is out of date.
     * Runs in the issuing transaction, so the mark commits or rolls back with the issue.
     */
    @EventListener
    void onActionIssued(ActionIssued issued) {
        if (!issued.isFollowUp()) {
            return;
        }
        List<Long> marked = db.sql("""
                        update localisation set needs_update = true, updated_at = now()
                        where not needs_update and action_id in (
                            select id from urgent_action where (id = ? or root_id = ?) and sequence < ?)
                        returning id""")
                .params(issued.chainId(), issued.chainId(), issued.sequence()).query(Long.class).list();
        marked.forEach(id -> audit.record("needs-update", KIND, id, List.of("needsUpdate")));
    }

    // ---------------------------------------------------------------- checks

    private record Clean(String title, String summary, List<String> actions, String letterSubject, String letterBody,
                         LocalDate localDeadline, List<Long> targetIds) {
    }

    /** A localisation starts from an issued UA, in one of the section's languages, once per language. */
    private void checkStart(UrgentAction action, Section section, String language) {
        if (action.isDraft()) {
            throw InvalidInputException.of("actionId", "sections.localisation.error.draft");
        }
        if (language == null || !section.languages().contains(language)) {
            throw InvalidInputException.of("language", "sections.localisation.error.language",
                    String.join(", ", section.languages()));
        }
        if (db.sql("select exists (select 1 from localisation where action_id = ? and section_id = ? and language = ?)")
                .params(action.id(), section.id(), language).query(Boolean.class).single()) {
            throw InvalidInputException.of("language", "sections.localisation.error.exists");
        }
    }

    private Clean check(LocalisationInput in, String language, UrgentAction action, long sectionId) {
        List<FieldError> errors = new ArrayList<>();
        String title = text("title", in.title(), TITLE_MAX, errors);
        if (title == null) {
            errors.add(new FieldError("title", "validation.required"));
        }
        List<String> recommended = in.recommendedActions() == null ? List.of()
                : in.recommendedActions().stream().map(Text::blankToNull).filter(a -> a != null).toList();
        if (recommended.size() > ACTIONS_MAX) {
            errors.add(new FieldError("recommendedActions", "sections.localisation.error.tooManyActions", ACTIONS_MAX));
        }
        if (recommended.stream().anyMatch(a -> a.length() > LINE_MAX)) {
            errors.add(new FieldError("recommendedActions", "validation.tooLongCount", LINE_MAX));
        }
        LocalDate deadline = deadline(in.localDeadline(), action, errors);
        List<Long> targetIds = in.targetIds() == null ? List.of()
                : in.targetIds().stream().filter(t -> t != null).distinct().toList();
        Set<Long> own = Set.copyOf(targets.forSection(sectionId).stream().map(Target::id).toList());
        if (!own.containsAll(targetIds)) {
            errors.add(new FieldError("targetIds", "sections.localisation.error.target"));
        }
        String letterSubject = Text.blankToNull(in.letterSubject());
        String letterBody = Text.blankToNull(in.letterBody());
        checkLetter(language, letterSubject, letterBody, errors);
        Clean clean = new Clean(title, text("summary", in.summary(), TEXT_MAX, errors), recommended, letterSubject,
                letterBody, deadline, targetIds);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return clean;
    }

    /**
     * The letter as the letters work checks a model letter (lengths, no placeholder it cannot
     * fill), its errors named after the form's fields. A draft may still lack a subject or a
     * body; publishing asks for them.
     */
    private void checkLetter(String language, String subject, String body, List<FieldError> errors) {
        if (subject == null && body == null) {
            return;
        }
        try {
            letters.check(new LetterTemplate(language, subject, body));
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                String field = switch (error.field()) {
                    case "subject" -> "letterSubject";
                    case "body" -> "letterBody";
                    default -> null;
                };
                if (field != null && !"validation.required".equals(error.messageKey())) {
                    errors.add(new FieldError(field, error.messageKey(), error.arguments()));
                }
            }
        }
    }

    /** Not before the UA was issued (appeals cannot be asked for earlier), not after its deadline (they would come too late). */
    private static LocalDate deadline(String text, UrgentAction action, List<FieldError> errors) {
        String value = Text.blankToNull(text);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("localDeadline", "validation.date"));
            return null;
        }
        if (action.issuedOn() != null && date.isBefore(action.issuedOn())) {
            errors.add(new FieldError("localDeadline", "sections.localisation.error.deadlineBeforeIssue",
                    action.issuedOn().toString()));
        } else if (action.deadline() != null && date.isAfter(action.deadline())) {
            errors.add(new FieldError("localDeadline", "sections.localisation.error.deadlineAfterOriginal",
                    action.deadline().toString()));
        }
        return date;
    }

    private static String text(String field, String value, int max, List<FieldError> errors) {
        String stripped = Text.blankToNull(value);
        if (stripped != null && stripped.length() > max) {
            errors.add(new FieldError(field, "validation.tooLongCount", max));
        }
        return stripped;
    }

    private void saveTargets(long id, List<Long> targetIds) {
        for (int i = 0; i < targetIds.size(); i++) {
            db.sql("insert into localisation_target (localisation_id, target_id, position) values (?, ?, ?)")
                    .params(id, targetIds.get(i), i).update();
        }
    }

    private List<Listed> listed(String condition, long id) {
        return db.sql("select l.*, s.name as section_name, s.country_code as section_country"
                        + " from localisation l join section s on s.id = l.section_id"
                        + " join urgent_action ua on ua.id = l.action_id where " + cases.visibleCase("ua.case_id")
                        + " and " + condition
                        + " order by lower(s.name), l.language, l.id")
                .param(id)
                .query((rs, n) -> new Listed(row(rs), rs.getString("section_name"), rs.getString("section_country")))
                .list();
    }

    private static Localisation row(ResultSet rs) throws SQLException {
        return new Localisation(rs.getLong("id"), rs.getLong("action_id"), rs.getLong("section_id"),
                rs.getString("language"), rs.getString("title"), rs.getString("summary"),
                Sections.list(rs.getArray("recommended_actions")), rs.getString("letter_subject"),
                rs.getString("letter_body"), rs.getObject("local_deadline", LocalDate.class), rs.getString("status"),
                rs.getObject("published_at", OffsetDateTime.class), rs.getBoolean("needs_update"),
                rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
