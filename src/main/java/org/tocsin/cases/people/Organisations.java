package org.tocsin.cases.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.security.audit.AuditLog;
import org.tocsin.cases.CaseAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.NotFoundException;
import org.tocsin.web.Text;

/** Organisations of the case file, their aliases and what they are part of. */
@Service
public class Organisations {

    private static final String SELECT = """
            select o.id, o.name, o.aliases, o.parent_id, p.name as parent_name, o.kind, o.country, o.description,
                   o.version, o.created_at, o.updated_at
            from organisation o left join organisation p on p.id = o.parent_id""";
    private static final String SEARCH = " where lower(o.name) like :like escape '\\'"
            + " or exists (select 1 from unnest(o.aliases) a where lower(a) like :like escape '\\')";

    private final JdbcClient db;
    private final CaseAccess access;
    private final AuditLog audit;

    Organisations(JdbcClient db, CaseAccess access, AuditLog audit) {
        this.audit = audit;
        this.db = db;
        this.access = access;
    }

    public record Listing(List<Organisation> items, long total) {
    }

    /** Organisations whose name or an alias contains {@code query} (all when blank), by name. */
    public Listing list(String query, int offset, int limit) {
        String text = query == null ? "" : query.strip().toLowerCase();
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Organisation> items = db.sql(SELECT + SEARCH + " order by lower(o.name), o.id offset :offset limit :limit")
                .param("like", like).param("offset", offset).param("limit", limit).query(this::row).list();
        long total = db.sql("select count(*) from organisation o" + SEARCH).param("like", like)
                .query(Long.class).single();
        return new Listing(items, total);
    }

    public Optional<Organisation> find(long id) {
        return db.sql(SELECT + " where o.id = ?").param(id).query(this::row).optional();
    }

    public Organisation get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    public boolean exists(long id) {
        return db.sql("select count(*) from organisation where id = ?").param(id).query(Long.class).single() > 0;
    }

    /** Every organisation for a select list, by name. */
    public List<Option> options() {
        return db.sql("select id, name as label from organisation order by lower(name), id").query(Option.class).list();
    }

    /** The organisations that are directly part of this one. */
    public List<Option> children(long id) {
        return db.sql("select id, name as label from organisation where parent_id = ? order by lower(name), id")
                .param(id).query(Option.class).list();
    }

    /** Persons recorded as belonging to this organisation, by display name. */
    public List<Option> members(long id) {
        return db.sql("""
                        select id, label from (
                            select p.id, coalesce((select n.name from person_name n where n.person_id = p.id
                                                   order by n.position, n.id limit 1), '#' || p.id) as label
                            from person p where p.organisation_id = ? and""" + " " + access.visiblePerson("p.id") + "\n" + """
                        ) m
                        order by lower(label), id""")
                .param(id).query(Option.class).list();
    }

    @Transactional
    public Organisation create(OrganisationForm form) {
        validate(null, form);
        long id = db.sql("""
                        insert into organisation (name, aliases, parent_id, kind, country, description)
                        values (?, cast(? as text[]), ?, ?, ?, ?) returning id""")
                .params(form.name().strip(), aliases(form), form.parentId(), form.kind(),
                        Text.blankToNull(form.country()), Text.blankToNull(form.description()))
                .query(Long.class).single();
        Organisation created = get(id);
        audit.record("create", "organisation", id, AuditLog.filledFields(created));
        return created;
    }

    /** Saves the form if the organisation is still at the version it was based on. */
    @Transactional
    public Organisation update(long id, OrganisationForm form) {
        Organisation before = get(id);
        validate(id, form);
        int changed = db.sql("""
                        update organisation set name = ?, aliases = cast(? as text[]), parent_id = ?, kind = ?,
                               country = ?, description = ?, version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                .params(form.name().strip(), aliases(form), form.parentId(), form.kind(),
                        Text.blankToNull(form.country()), Text.blankToNull(form.description()),
                        id, form.version() == null ? -1 : form.version())
                .update();
        if (changed == 0) {
            get(id);
            throw new ConcurrentEditException("organisation", id);
        }
        Organisation after = get(id);
        audit.record("update", "organisation", id, AuditLog.changedFields(before, after));
        return after;
    }

    private void validate(Long id, OrganisationForm form) {
        if (!Organisation.KINDS.contains(form.kind())) {
            throw InvalidInputException.of("kind", "validation.unknownValue");
        }
        if (form.parentId() == null) {
            return;
        }
        if (!exists(form.parentId())) {
            throw InvalidInputException.of("parentId", "people.validation.unknownOrganisation");
        }
        if (id != null && isWithin(form.parentId(), id)) {
            throw InvalidInputException.of("parentId", "people.organisation.parentCycle");
        }
    }

    /** Whether {@code id} is {@code organisation} or one of the organisations it is part of. */
    private boolean isWithin(long organisation, long id) {
        // union, not union all: stops even if the data already holds a cycle
        return db.sql("""
                        with recursive up (id, parent_id) as (
                            select id, parent_id from organisation where id = :start
                            union
                            select o.id, o.parent_id from organisation o join up on o.id = up.parent_id)
                        select count(*) from up where id = :id""")
                .param("start", organisation).param("id", id).query(Long.class).single() > 0;
    }

    private static String[] aliases(OrganisationForm form) {
        return form.aliases().stream().filter(a -> a != null && !a.isBlank()).map(String::strip).distinct()
                .toArray(String[]::new);
    }

    private Organisation row(ResultSet rs, int n) throws SQLException {
        return new Organisation(rs.getLong("id"), rs.getString("name"), Persons.strings(rs.getArray("aliases")),
                rs.getObject("parent_id", Long.class), rs.getString("parent_name"), rs.getString("kind"),
                rs.getString("country"), rs.getString("description"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
