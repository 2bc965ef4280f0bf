package org.tocsin.actions.targets;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.NotFoundException;
import org.tocsin.security.audit.AuditLog;

/** The directory of authorities: find, search, pick, create and edit targets. */
@Service
public class Targets {

    private static final String COLUMNS = """
            id, name, title, organisation, address_lines, country, fax, email, phone, web_form, social,
            term_start, term_end, notes, version, created_at, updated_at""";
    /**
     * The central directory only (a section's own targets are listed with the section); a blank
     * query matches everything, otherwise a case-insensitive substring of name, title, organisation or country.
     */
    private static final String MATCHES = " " + """
            where section_id is null and (:q = '' or strpos(lower(name), :q) > 0 or strpos(lower(coalesce(title, '')), :q) > 0
                or strpos(lower(coalesce(organisation, '')), :q) > 0 or strpos(lower(coalesce(country, '')), :q) > 0)""";

    private final JdbcClient db;
    private final AuditLog audit;
    private final org.springframework.beans.factory.ObjectProvider<TargetEditGuard> guards;

    Targets(JdbcClient db, AuditLog audit, org.springframework.beans.factory.ObjectProvider<TargetEditGuard> guards) {
        this.guards = guards;
        this.audit = audit;
        this.db = db;
    }

    public record Listing(List<Target> items, long total) {
    }

    /** Targets whose name, title, organisation or country contains {@code query} (all when blank), by name. */
    public Listing list(String query, int offset, int limit) {
        String q = normalise(query);
        List<Target> rows = db.sql("select " + COLUMNS + " from target" + MATCHES + " order by lower(name), id offset :offset limit :limit")
                .param("q", q).param("offset", offset).param("limit", limit)
                .query((rs, n) -> row(rs)).list();
        long total = db.sql("select count(*) from target" + MATCHES).param("q", q).query(Long.class).single();
        return new Listing(withSalutations(rows), total);
    }

    /** Entries for a picker: matching targets by name, each saying whether its term has ended by {@code onDate}. */
    public List<TargetOption> options(String query, LocalDate onDate, int limit) {
        return list(query, 0, Math.clamp(limit, 1, 500)).items().stream()
                .map(t -> new TargetOption(t.id(), t.label(), t.country(), t.termEnd(), t.termEndedBefore(onDate)))
                .toList();
    }

    public Optional<Target> find(long id) {
        List<Target> rows = db.sql("select " + COLUMNS + " from target where id = ?").param(id).query((rs, n) -> row(rs)).list();
        return withSalutations(rows).stream().findFirst();
    }

    public Target get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("target", id));
    }

    /** The targets with these ids in the order given; unknown ids are left out. */
    public List<Target> getAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Target> byId = withSalutations(db.sql("select " + COLUMNS + " from target where id = any(?)")
                .param(ids.toArray(Long[]::new)).query((rs, n) -> row(rs)).list())
                .stream().collect(Collectors.toMap(Target::id, Function.identity()));
        return ids.stream().distinct().map(byId::get).filter(t -> t != null).toList();
    }

    /** A section's own targets, by name. */
    public List<Target> forSection(long sectionId) {
        return withSalutations(db.sql("select " + COLUMNS + " from target where section_id = ? order by lower(name), id")
                .param(sectionId).query((rs, n) -> row(rs)).list());
    }

    /** The section whose own list holds the target; empty for the central directory or an unknown id. */
    public Optional<Long> sectionOf(long targetId) {
        return db.sql("select section_id from target where id = ? and section_id is not null").param(targetId)
                .query(Long.class).optional();
    }

    /** True when the target's term ended before {@code onDate}; unknown target: {@link NotFoundException}. */
    public boolean termEnded(long targetId, LocalDate onDate) {
        return get(targetId).termEndedBefore(onDate);
    }

    @Transactional
    public Target create(TargetInput input) {
        return create(input, null);
    }

    /**
     * Creates a target in a section's own list ({@code sectionId}, e.g. an embassy accredited in
     * the section's country), or in the central directory when it is null.
     */
    @Transactional
    public Target create(TargetInput input, Long sectionId) {
        TargetChecks.Clean c = TargetChecks.check(input);
        long id = db.sql("""
                        insert into target (name, title, organisation, address_lines, country, fax, email, phone, web_form,
                                            social, term_start, term_end, notes, section_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(c.name(), c.title(), c.organisation(), array(c.addressLines()), c.country(), array(c.fax()),
                        array(c.email()), c.phone(), c.webForm(), array(c.social()), c.termStart(), c.termEnd(), c.notes(),
                        sectionId)
                .query(Long.class).single();
        saveSalutations(id, c.salutations());
        Target created = get(id);
        audit.record("create", "target", id, AuditLog.filledFields(created));
        return created;
    }

    /** Saves the input if the target is still at the version it was based on; else {@link ConcurrentEditException}. */
    @Transactional
    public Target update(long id, TargetInput input) {
        guards.orderedStream().forEach(guard -> guard.checkEdit(id));
        TargetChecks.Clean c = TargetChecks.check(input);
        if (input.version() == null) {
            get(id);
            throw InvalidInputException.of("version", "validation.required");
        }
        Target before = get(id);
        int changed = db.sql("""
                        update target set name = ?, title = ?, organisation = ?, address_lines = ?, country = ?, fax = ?,
                               email = ?, phone = ?, web_form = ?, social = ?, term_start = ?, term_end = ?, notes = ?,
                               version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                .params(c.name(), c.title(), c.organisation(), array(c.addressLines()), c.country(), array(c.fax()),
                        array(c.email()), c.phone(), c.webForm(), array(c.social()), c.termStart(), c.termEnd(), c.notes(),
                        id, input.version())
                .update();
        if (changed == 0) {
            get(id);
            throw new ConcurrentEditException("target", id);
        }
        db.sql("delete from target_salutation where target_id = ?").param(id).update();
        saveSalutations(id, c.salutations());
        Target after = get(id);
        audit.record("update", "target", id, AuditLog.changedFields(before, after));
        return after;
    }

    private void saveSalutations(long id, Map<String, String> salutations) {
        salutations.forEach((language, text) ->
                db.sql("insert into target_salutation (target_id, language, salutation) values (?, ?, ?)")
                        .params(id, language, text).update());
    }

    private List<Target> withSalutations(List<Target> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Map<String, String>> byTarget = new HashMap<>();
        db.sql("select target_id, language, salutation from target_salutation where target_id = any(?)")
                .param(rows.stream().map(Target::id).toArray(Long[]::new))
                .query(rs -> {
                    byTarget.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
                });
        return rows.stream().map(t -> new Target(t.id(), t.name(), t.title(), t.organisation(), t.addressLines(),
                t.country(), t.fax(), t.email(), t.phone(), t.webForm(), t.social(), t.termStart(), t.termEnd(),
                t.notes(), Collections.unmodifiableMap(byTarget.getOrDefault(t.id(), new TreeMap<>())), t.version(),
                t.createdAt(), t.updatedAt())).toList();
    }

    private static Target row(ResultSet rs) throws SQLException {
        return new Target(rs.getLong("id"), rs.getString("name"), rs.getString("title"), rs.getString("organisation"),
                list(rs.getArray("address_lines")), rs.getString("country"), list(rs.getArray("fax")),
                list(rs.getArray("email")), rs.getString("phone"), rs.getString("web_form"), list(rs.getArray("social")),
                rs.getObject("term_start", LocalDate.class), rs.getObject("term_end", LocalDate.class),
                rs.getString("notes"), Map.of(), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static String normalise(String query) {
        return query == null ? "" : query.strip().toLowerCase();
    }
}
