package org.tocsin.cases.people;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.cases.CaseAccess;
import org.tocsin.cases.DatePrecision;
import org.tocsin.security.FieldSensitivity;
import org.tocsin.security.audit.AuditLog;
import org.tocsin.security.crypto.Vault;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.NotFoundException;
import org.tocsin.web.Text;

/**
 * Persons of the case file and their names in every spelling and script. A person's description
 * is confidential: it is stored sealed by the {@link Vault}, opened only by {@link #reveal} (which
 * the audit log records), and never searched.
 */
@Service
public class Persons {

    private static final int MAX_MATCHES = 20;
    private static final int MAX_SEARCH_WORDS = 5;
    private static final String SELECT = """
            select p.id, coalesce(p.gender, 'unknown') as gender, p.roles, p.organisation_id,
                   o.name as organisation_name, p.version, p.created_at, p.updated_at
            from person p left join organisation o on o.id = p.organisation_id""";
    private static final String DISPLAY_ORDER =
            " order by (select lower(n.name) from person_name n where n.person_id = p.id order by n.position, n.id limit 1)"
                    + " nulls last, p.id";

    private final JdbcClient db;
    private final PersonNameKeys keys;
    private final Organisations organisations;
    private final Vault vault;
    private final AuditLog audit;
    private final CaseAccess access;

    Persons(JdbcClient db, PersonNameKeys keys, Organisations organisations, Vault vault, AuditLog audit,
            CaseAccess access) {
        this.access = access;
        this.db = db;
        this.keys = keys;
        this.organisations = organisations;
        this.vault = vault;
        this.audit = audit;
    }

    public record Listing(List<Person> items, long total) {
    }

    /** An incident the person is a party to, and in which role. */
    public record Appearance(long incidentId, long caseId, String title, LocalDate occurredOn, String datePrecision,
                             String role) {
    }

    /** A case the person belongs to. */
    public record CaseMembership(long caseId, String title, boolean atRisk) {
    }

    public Optional<Person> find(long id) {
        return db.sql(SELECT + " where p.id = ? and " + access.visiblePerson("p.id")).param(id).query(this::row).optional()
                .map(p -> withNames(List.of(p)).getFirst());
    }

    public Person get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    /**
     * The person with their confidential description opened; a view of a description goes to the
     * audit log. For an account that may not read confidential fields nothing is opened or audited:
     * the person comes back with the description withheld.
     */
    @Transactional
    public Person reveal(long id) {
        if (!mayReadDescription()) {
            return get(id).withDescriptionWithheld();
        }
        Person person = get(id).withDescription(description(id));
        if (person.description() != null) {
            audit.record("view", "person", id, List.of("description"));
        }
        return person;
    }

    /** Whether the current account may open persons' descriptions (see {@link FieldSensitivity}). */
    public boolean mayReadDescription() {
        return FieldSensitivity.readableNow(FieldSensitivity.PERSON_DESCRIPTION);
    }

    public String displayName(long id) {
        return get(id).displayName();
    }

    /**
     * Persons with a name containing every word of {@code query}, in any script and spelling
     * variant, without regard to case or accents ("каляпин" finds "Igor Kalyapin"); all when blank.
     */
    public Listing list(String query, int offset, int limit) {
        keys.ensureAll();
        StringBuilder where = new StringBuilder(" where " + access.visiblePerson("p.id"));
        Map<String, Object> params = new HashMap<>();
        List<String> words = searchWords(query);
        for (int i = 0; i < words.size(); i++) {
            where.append(" and exists (select 1 from person_name pn join person_name_key k on k.name = pn.name")
                    .append(" where pn.person_id = p.id and (k.folded like :f").append(i)
                    .append(" escape '\\' or k.latin like :l").append(i).append(" escape '\\'))");
            params.put("f" + i, like(PersonNameMatcher.fold(words.get(i))));
            params.put("l" + i, like(String.join(" ", PersonNameMatcher.tokens(words.get(i)))));
        }
        List<Person> items = db.sql(SELECT + where + DISPLAY_ORDER + " offset :offset limit :limit")
                .params(params).param("offset", offset).param("limit", limit)
                .query(this::row).list();
        long total = db.sql("select count(*) from person p" + where).params(params).query(Long.class).single();
        return new Listing(withNames(items), total);
    }

    /** Persons who may be the one named {@code name}, each with why; strongest match first. */
    public List<PersonMatch> findMatches(String name) {
        return findMatches(List.of(name), null);
    }

    /**
     * Persons with a name that may be one of {@code names}, strongest match first; {@code except}
     * (may be null) is left out, e.g. the person being edited.
     */
    public List<PersonMatch> findMatches(Collection<String> names, Long except) {
        List<String> asked = names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        if (asked.isEmpty()) {
            return List.of();
        }
        keys.ensureAll();
        Set<String> tokens = new HashSet<>();
        Set<String> sounds = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (String name : asked) {
            PersonNameMatcher.Keys k = PersonNameMatcher.keys(name);
            tokens.addAll(k.tokens());
            sounds.addAll(k.sounds());
            prefixes.addAll(k.prefixes());
        }
        record Candidate(long personId, String name) {
        }
        List<Candidate> candidates = db.sql("""
                        select pn.person_id, pn.name from person_name pn join person_name_key k on k.name = pn.name
                        where (k.tokens && cast(:tokens as text[]) or k.sounds && cast(:sounds as text[])
                               or k.prefixes && cast(:prefixes as text[]))
                          and pn.person_id <> :except and""" + " " + access.visiblePerson("pn.person_id")
                        + " order by pn.person_id, pn.position, pn.id")
                .param("tokens", tokens.toArray(String[]::new)).param("sounds", sounds.toArray(String[]::new))
                .param("prefixes", prefixes.toArray(String[]::new)).param("except", except == null ? -1L : except)
                .query(Candidate.class).list();
        Map<Long, List<PersonNameMatcher.Reason>> reasons = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            asked.stream()
                    .flatMap(name -> PersonNameMatcher.compare(name, candidate.name()).stream())
                    .min(Comparator.comparing(PersonNameMatcher.Reason::strength))
                    .ifPresent(reason -> reasons.computeIfAbsent(candidate.personId(), id -> new ArrayList<>()).add(reason));
        }
        return reasons.entrySet().stream()
                .map(e -> new PersonMatch(get(e.getKey()),
                        e.getValue().stream().sorted(Comparator.comparing(PersonNameMatcher.Reason::strength)).toList()))
                .sorted(Comparator.comparing(PersonMatch::strength)
                        .thenComparing(m -> m.person().displayName(), String.CASE_INSENSITIVE_ORDER))
                .limit(MAX_MATCHES)
                .toList();
    }

    /**
     * Records a new person. Unless {@code confirmNew} is set, refuses with the candidates when
     * a name matches someone already recorded, writing nothing.
     */
    @Transactional
    public Person create(PersonForm form) {
        List<PersonForm.NameInput> names = validate(form);
        if (!form.confirmed()) {
            List<PersonMatch> matches = findMatches(form.nonBlankNames(), null);
            if (!matches.isEmpty()) {
                throw new PossibleDuplicateException(matches);
            }
        }
        long id = db.sql("""
                        insert into person (gender, roles, organisation_id)
                        values (?, cast(? as text[]), ?) returning id""")
                .params(gender(form.gender()), PersonNameKeys.array(roles(form)), form.organisationId())
                .query(Long.class).single();
        String description = Text.blankToNull(form.description());
        // The context holds the id, so the value is sealed once the row has one.
        db.sql("update person set description_sealed = ? where id = ?")
                .params(vault.encrypt(description, descriptionContext(id)), id).update();
        replaceNames(id, names);
        Person created = get(id).withDescription(description);
        audit.record("create", "person", id, filledFields(created));
        return mayReadDescription() ? created : created.withDescriptionWithheld();
    }

    /** Saves the form if the person is still at the version it was based on; names are replaced together. */
    @Transactional
    public Person update(long id, PersonForm form) {
        List<PersonForm.NameInput> names = validate(form);
        Person before = get(id);
        if (!mayReadDescription()) {
            // The form could not show the description, so its empty field says nothing: keep the stored one.
            return updateKeepingDescription(id, form, names, before);
        }
        String oldDescription = description(id);
        String description = Text.blankToNull(form.description());
        int changed = db.sql("""
                        update person set gender = ?, roles = cast(? as text[]), organisation_id = ?, description = null,
                               description_sealed = ?, version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                .params(gender(form.gender()), PersonNameKeys.array(roles(form)), form.organisationId(),
                        vault.encrypt(description, descriptionContext(id)), id,
                        form.version() == null ? -1 : form.version())
                .update();
        if (changed == 0) {
            throw new ConcurrentEditException("person", id);
        }
        replaceNames(id, names);
        Person after = get(id).withDescription(description);
        audit.record("update", "person", id, changedFields(before.withDescription(oldDescription), after));
        return after;
    }

    private Person updateKeepingDescription(long id, PersonForm form, List<PersonForm.NameInput> names, Person before) {
        int changed = db.sql("""
                        update person set gender = ?, roles = cast(? as text[]), organisation_id = ?,
                               version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                .params(gender(form.gender()), PersonNameKeys.array(roles(form)), form.organisationId(), id,
                        form.version() == null ? -1 : form.version())
                .update();
        if (changed == 0) {
            throw new ConcurrentEditException("person", id);
        }
        replaceNames(id, names);
        Person after = get(id);
        audit.record("update", "person", id, changedFields(before, after));
        return after.withDescriptionWithheld();
    }

    /**
     * Seals descriptions written in plaintext by plain SQL (data from before encryption, the demo
     * script) and empties the plaintext column; the number sealed.
     */
    @Transactional
    public int sealPlaintextDescriptions() {
        record Plain(long id, String description) {
        }
        List<Plain> plain = db.sql("select id, description from person where description is not null for update")
                .query(Plain.class).list();
        for (Plain row : plain) {
            db.sql("update person set description_sealed = ?, description = null where id = ?")
                    .params(vault.encrypt(row.description(), descriptionContext(row.id())), row.id()).update();
        }
        return plain.size();
    }

    /** Where a person's description belongs: a sealed value copied to another person does not open. */
    static String descriptionContext(long id) {
        return "person.description:" + id;
    }

    private String description(long id) {
        record Stored(byte[] sealed, String plain) {
        }
        Stored stored = db.sql("select description_sealed as sealed, description as plain from person where id = ?")
                .param(id).query(Stored.class).optional().orElseThrow(() -> new NotFoundException("person", id));
        // Plaintext left by plain SQL is newer than any sealed value; it is sealed at the next start.
        return stored.plain() != null ? stored.plain() : vault.decrypt(stored.sealed(), descriptionContext(id));
    }

    private static List<String> filledFields(Person person) {
        List<String> fields = new ArrayList<>(List.of("names"));
        if (person.gender() != null && !person.gender().equals("unknown")) {
            fields.add("gender");
        }
        if (!person.roles().isEmpty()) {
            fields.add("roles");
        }
        if (person.organisationId() != null) {
            fields.add("organisation");
        }
        if (person.description() != null) {
            fields.add("description");
        }
        return fields;
    }

    private static List<String> changedFields(Person before, Person after) {
        List<String> fields = new ArrayList<>();
        if (!before.names().equals(after.names())) {
            fields.add("names");
        }
        if (!before.gender().equals(after.gender())) {
            fields.add("gender");
        }
        if (!before.roles().equals(after.roles())) {
            fields.add("roles");
        }
        if (!Objects.equals(before.organisationId(), after.organisationId())) {
            fields.add("organisation");
        }
        if (!Objects.equals(before.description(), after.description())) {
            fields.add("description");
        }
        return fields;
    }

    /** Adds spellings to a person after their existing names; spellings they already have are skipped. */
    @Transactional
    public Person addNames(long id, List<PersonForm.NameInput> names) {
        Person person = get(id);
        List<PersonForm.NameInput> given = validateNames(names);
        Set<String> known = new HashSet<>(person.names().stream().map(PersonName::name).toList());
        int position = person.names().size();
        List<String> added = new ArrayList<>();
        for (PersonForm.NameInput name : given) {
            String text = name.name().strip();
            if (known.add(text)) {
                insertName(id, text, name.sourceId(), position++);
                added.add(text);
            }
        }
        if (!added.isEmpty()) {
            db.sql("update person set version = version + 1, updated_at = now() where id = ?").param(id).update();
            keys.store(added);
            audit.record("update", "person", id, List.of("names"));
        }
        return get(id);
    }

    public List<Appearance> appearances(long id) {
        // In the order of the case timeline.
        return db.sql("""
                        select i.id as incident_id, i.case_id, i.title, i.occurred_on, i.date_precision, ip.role
                        from incident_party ip join incident i on i.id = ip.incident_id
                        where ip.person_id = ? and""" + " " + access.visibleCase("i.case_id") + " order by " + DatePrecision.periodEndSql("i.occurred_on", "i.date_precision")
                        + ", i.occurred_time nulls last, i.id, ip.position")
                .param(id).query(Appearance.class).list();
    }

    public List<CaseMembership> cases(long id) {
        return db.sql("""
                        select c.id as case_id, c.title, cp.at_risk
                        from case_person cp join case_file c on c.id = cp.case_id
                        where cp.person_id = ? and""" + " " + access.visibleCase("c.id") + " order by c.title, c.id")
                .param(id).query(CaseMembership.class).list();
    }

    /** Sources for a select list: publisher and title. */
    public List<Option> sourceOptions() {
        return db.sql("select id, publisher || ' — ' || title as label from source where " + access.visibleSource("source.id")
                        + " order by publisher, published_on, title")
                .query(Option.class).list();
    }

    /** The non-blank names of the form, after the rules bean validation cannot check. */
    private List<PersonForm.NameInput> validate(PersonForm form) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>(nameErrors(form.names()));
        if (form.gender() != null && !form.gender().isBlank() && !Person.GENDERS.contains(form.gender())) {
            errors.add(new InvalidInputException.FieldError("gender", "validation.unknownValue"));
        }
        if (form.organisationId() != null && !organisations.exists(form.organisationId())) {
            errors.add(new InvalidInputException.FieldError("organisationId", "people.validation.unknownOrganisation"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return form.names().stream().filter(n -> !n.isBlank()).toList();
    }

    private List<PersonForm.NameInput> validateNames(List<PersonForm.NameInput> names) {
        List<InvalidInputException.FieldError> errors = nameErrors(names);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return names.stream().filter(n -> !n.isBlank()).toList();
    }

    /** Errors name the row as the form has it ({@code names[2].name}), blank rows included. */
    private List<InvalidInputException.FieldError> nameErrors(List<PersonForm.NameInput> names) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            PersonForm.NameInput row = names.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            String text = row.name().strip();
            boolean fresh = seen.add(text);
            if (text.length() > 300) {
                errors.add(new InvalidInputException.FieldError("names[" + i + "].name", "people.validation.nameTooLong"));
            } else if (!fresh) {
                errors.add(new InvalidInputException.FieldError("names[" + i + "].name", "people.validation.duplicateName"));
            }
            if (row.sourceId() != null && !sourceExists(row.sourceId())) {
                errors.add(new InvalidInputException.FieldError("names[" + i + "].sourceId", "people.validation.unknownSource"));
            }
        }
        if (seen.isEmpty()) {
            errors.addFirst(new InvalidInputException.FieldError("names", "people.validation.nameRequired"));
        }
        return errors;
    }

    private boolean sourceExists(long id) {
        return db.sql("select count(*) from source where id = ? and " + access.visibleSource("source.id")).param(id)
                .query(Long.class).single() > 0;
    }

    private void replaceNames(long personId, List<PersonForm.NameInput> names) {
        db.sql("delete from person_name where person_id = ?").param(personId).update();
        for (int i = 0; i < names.size(); i++) {
            insertName(personId, names.get(i).name().strip(), names.get(i).sourceId(), i);
        }
        keys.store(names.stream().map(n -> n.name().strip()).toList());
    }

    private void insertName(long personId, String name, Long sourceId, int position) {
        db.sql("insert into person_name (person_id, name, script, source_id, position) values (?, ?, ?, ?, ?)")
                .params(personId, name, PersonNameMatcher.script(name), sourceId, position)
                .update();
    }

    private List<Person> withNames(List<Person> persons) {
        if (persons.isEmpty()) {
            return persons;
        }
        Map<Long, List<PersonName>> names = new HashMap<>();
        db.sql("""
                        select pn.person_id, pn.name, pn.script, pn.source_id, pn.position,
                               s.publisher || ' — ' || s.title as source_label
                        from person_name pn left join source s on s.id = pn.source_id and""" + " "
                        + access.visibleSource("s.id") + "\n" + """
                        where pn.person_id = any(cast(:ids as bigint[])) order by pn.position, pn.id""")
                .param("ids", persons.stream().map(Person::id).toArray(Long[]::new))
                .query(rs -> {
                    names.computeIfAbsent(rs.getLong("person_id"), id -> new ArrayList<>()).add(new PersonName(
                            rs.getString("name"), rs.getString("script"), rs.getObject("source_id", Long.class),
                            rs.getString("source_label"), rs.getInt("position")));
                });
        return persons.stream().map(p -> new Person(p.id(), List.copyOf(names.getOrDefault(p.id(), List.of())),
                p.gender(), p.roles(), p.organisationId(), p.organisationName(), null, p.version(),
                p.createdAt(), p.updatedAt(), false)).toList();
    }

    private Person row(ResultSet rs, int n) throws SQLException {
        return new Person(rs.getLong("id"), List.of(), rs.getString("gender"), strings(rs.getArray("roles")),
                rs.getObject("organisation_id", Long.class), rs.getString("organisation_name"),
                null, rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), false);
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static List<String> searchWords(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.strip().split("\\s+")).filter(w -> !PersonNameMatcher.fold(w).isEmpty())
                .limit(MAX_SEARCH_WORDS).toList();
    }

    private static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static List<String> roles(PersonForm form) {
        return form.roles().stream().filter(r -> r != null && !r.isBlank()).map(String::strip).distinct().toList();
    }

    private static String gender(String gender) {
        return gender == null || gender.isBlank() || gender.equals("unknown") ? null : gender;
    }

}
