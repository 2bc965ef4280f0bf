package org.tocsin.network.sections;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.actions.targets.Target;
import org.tocsin.actions.targets.TargetInput;
import org.tocsin.actions.targets.Targets;
import org.tocsin.security.UserAccounts;
import org.tocsin.security.audit.AuditLog;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.InvalidInputException.FieldError;
import org.tocsin.web.NotFoundException;
import org.tocsin.web.Text;

/**
 * Country sections: administrators create and edit them and choose their coordinators; a
 * section's coordinators keep its own list of local targets (in the directory of authorities,
 * marked with the section).
 */
@Service
public class Sections {

    static final String KIND = "section";
    static final int NAME_MAX = 200;
    static final int LANGUAGES_MAX = 10;
    private static final String COLUMNS = "id, name, country_code, languages, version, created_at, updated_at";

    private final JdbcClient db;
    private final AuditLog audit;
    private final UserAccounts accounts;
    private final Targets targets;
    private final SectionAccess access;

    Sections(JdbcClient db, AuditLog audit, UserAccounts accounts, Targets targets, SectionAccess access) {
        this.db = db;
        this.audit = audit;
        this.accounts = accounts;
        this.targets = targets;
        this.access = access;
    }

    /** A list row: the section with how many coordinators, local targets and localisations it has. */
    public record Summary(Section section, int coordinators, int localTargets, int localisations) {
    }

    public record Listing(List<Summary> items, long total) {
    }

    /** Sections by name; a coordinator (who is not an administrator) sees only theirs. */
    public Listing list(int offset, int limit) {
        boolean onlyMine = access.isCoordinator() && !access.isAdministrator();
        Long[] mine = access.mySections().toArray(Long[]::new);
        String where = onlyMine ? " where s.id = any(:mine)" : "";
        List<Summary> items = db.sql("select " + prefixed() + """
                        , (select count(*) from section_coordinator c where c.section_id = s.id) as coordinators,
                          (select count(*) from target t where t.section_id = s.id) as local_targets,
                          (select count(*) from localisation l where l.section_id = s.id) as localisations
                        from section s""" + where + " order by lower(s.name), s.id offset :offset limit :limit")
                .param("mine", mine).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new Summary(row(rs), rs.getInt("coordinators"), rs.getInt("local_targets"),
                        rs.getInt("localisations")))
                .list();
        long total = db.sql("select count(*) from section s" + where).param("mine", mine).query(Long.class).single();
        return new Listing(items, total);
    }

    public Optional<Section> find(long id) {
        return db.sql("select " + COLUMNS + " from section where id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    public Section get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public List<Coordinator> coordinators(long sectionId) {
        List<Long> ids = db.sql("select user_id from section_coordinator where section_id = ? order by user_id")
                .param(sectionId).query(Long.class).list();
        return ids.stream().map(accounts::get).map(a -> new Coordinator(a.id(), a.username(), a.displayName()))
                .toList();
    }

    /** The accounts an administrator can make coordinators: those with the coordinator role. */
    public List<Coordinator> candidates() {
        return accounts.list(0, 10_000).items().stream()
                .filter(a -> a.role() == UserAccounts.Role.COORDINATOR)
                .map(a -> new Coordinator(a.id(), a.username(), a.displayName())).toList();
    }

    /** Sections the current user may localise for and keep targets of (all of them for an administrator). */
    public List<Section> manageable() {
        List<Section> all = db.sql("select " + COLUMNS + " from section order by lower(name), id").query((rs, n) -> row(rs)).list();
        return all.stream().filter(s -> access.canManage(s.id())).toList();
    }

    public boolean canManage(long sectionId) {
        return access.canManage(sectionId);
    }

    public boolean canAdminister() {
        return access.isAdministrator();
    }

    /** 403 unless the current user is an administrator. */
    public void requireAdministrator() {
        access.requireAdministrator();
    }

    /** 403, whatever the section, unless the current user is an administrator or a coordinator. */
    public void requireSectionWork() {
        access.requireSectionWork();
    }

    @Transactional
    public Section create(SectionInput input) {
        access.requireAdministrator();
        Clean c = check(input, null);
        long id;
        try {
            id = db.sql("insert into section (name, country_code, languages) values (?, ?, ?) returning id")
                    .params(c.name(), c.countryCode(), c.languages().toArray(String[]::new)).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "sections.error.nameTaken");
        }
        saveCoordinators(id, c.coordinatorIds());
        Section created = get(id);
        List<String> fields = new ArrayList<>(AuditLog.filledFields(created));
        if (!c.coordinatorIds().isEmpty()) {
            fields.add("coordinators");
        }
        audit.record("create", "section", id, fields);
        return created;
    }

    /** Saves the input if the section is still at the version it was based on; else {@link ConcurrentEditException}. */
    @Transactional
    public Section update(long id, SectionInput input) {
        access.requireAdministrator();
        Section before = get(id);
        List<Long> coordinatorsBefore = coordinators(id).stream().map(Coordinator::userId).toList();
        Clean c = check(input, id);
        if (input.version() == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        int changed;
        try {
            changed = db.sql("""
                            update section set name = ?, country_code = ?, languages = ?, version = version + 1, updated_at = now()
                            where id = ? and version = ?""")
                    .params(c.name(), c.countryCode(), c.languages().toArray(String[]::new), id, input.version()).update();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "sections.error.nameTaken");
        }
        if (changed == 0) {
            get(id);
            throw new ConcurrentEditException(KIND, id);
        }
        db.sql("delete from section_coordinator where section_id = ?").param(id).update();
        saveCoordinators(id, c.coordinatorIds());
        Section after = get(id);
        List<String> fields = new ArrayList<>(AuditLog.changedFields(before, after));
        if (!Set.copyOf(coordinatorsBefore).equals(Set.copyOf(c.coordinatorIds()))) {
            fields.add("coordinators");
        }
        audit.record("update", "section", id, fields);
        return after;
    }

    // ---------------------------------------------------------------- local targets

    /** The section's own targets, by name. */
    public List<Target> localTargets(long sectionId) {
        get(sectionId);
        return targets.forSection(sectionId);
    }

    /** A target of the section's own list; {@link NotFoundException} when it is not one. */
    public Target localTarget(long sectionId, long targetId) {
        if (!targets.sectionOf(targetId).map(s -> s == sectionId).orElse(false)) {
            throw new NotFoundException("target", targetId);
        }
        return targets.get(targetId);
    }

    @Transactional
    public Target addLocalTarget(long sectionId, TargetInput input) {
        access.requireSectionWork();
        get(sectionId);
        access.requireManage(sectionId);
        return targets.create(input, sectionId);
    }

    @Transactional
    public Target updateLocalTarget(long sectionId, long targetId, TargetInput input) {
        access.requireSectionWork();
        get(sectionId);
        access.requireManage(sectionId);
        localTarget(sectionId, targetId);
        return targets.update(targetId, input);
    }

    // ---------------------------------------------------------------- checks

    private record Clean(String name, String countryCode, List<String> languages, List<Long> coordinatorIds) {
    }

    private Clean check(SectionInput in, Long id) {
        List<FieldError> errors = new ArrayList<>();
        String name = Text.blankToNull(in.name());
        if (name == null) {
            errors.add(new FieldError("name", "validation.required"));
        } else if (name.length() > NAME_MAX) {
            errors.add(new FieldError("name", "validation.tooLongCount", NAME_MAX));
        } else if (db.sql("select exists (select 1 from section where lower(name) = lower(?) and id is distinct from ?)")
                .params(name, id).query(Boolean.class).single()) {
            errors.add(new FieldError("name", "sections.error.nameTaken"));
        }
        String country = Text.blankToNull(in.countryCode());
        if (country == null) {
            errors.add(new FieldError("countryCode", "validation.required"));
        } else if (!country.matches("[A-Z]{3}") || !IsoCodes.isCountry(country)) {
            errors.add(new FieldError("countryCode", "sections.error.country", country));
        }
        List<String> languages = languages(in.languages(), errors);
        List<Long> coordinators = coordinators(in.coordinatorIds(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Clean(name, country, languages, coordinators);
    }

    private static List<String> languages(List<String> given, List<FieldError> errors) {
        List<String> codes = given == null ? List.of() : given.stream().map(Text::blankToNull).filter(c -> c != null).toList();
        if (codes.isEmpty()) {
            errors.add(new FieldError("languages", "sections.error.languagesRequired"));
        } else if (codes.size() > LANGUAGES_MAX) {
            errors.add(new FieldError("languages", "sections.error.tooManyLanguages", LANGUAGES_MAX));
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String code : codes) {
            if (!IsoCodes.isLanguage(code)) {
                errors.add(new FieldError("languages", "sections.error.language", code));
            } else if (!kept.add(code)) {
                errors.add(new FieldError("languages", "sections.error.languageTwice", code));
            }
        }
        return List.copyOf(kept);
    }

    private List<Long> coordinators(List<Long> given, List<FieldError> errors) {
        List<Long> ids = given == null ? List.of() : given.stream().filter(i -> i != null).distinct().toList();
        Set<Long> allowed = new java.util.HashSet<>(candidates().stream().map(Coordinator::userId).toList());
        if (!allowed.containsAll(ids)) {
            errors.add(new FieldError("coordinatorIds", "sections.error.coordinator"));
        }
        return ids;
    }

    private void saveCoordinators(long sectionId, List<Long> userIds) {
        userIds.forEach(user -> db.sql("insert into section_coordinator (section_id, user_id) values (?, ?)")
                .params(sectionId, user).update());
    }

    private static String prefixed() {
        return Arrays.stream(COLUMNS.split(", ")).map(c -> "s." + c).reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    static Section row(ResultSet rs) throws SQLException {
        return new Section(rs.getLong("id"), rs.getString("name"), rs.getString("country_code"),
                list(rs.getArray("languages")), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }

    static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
