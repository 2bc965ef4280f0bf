package org.tocsin.cases.incidents;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.cases.CaseAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.NotFoundException;
import org.tocsin.web.Text;
import org.tocsin.security.audit.AuditLog;

/** Where each official investigation of an incident stands, and how it got there. */
@Service
public class Investigations {

    private static final String SELECT = """
            select v.id, v.incident_id, v.authority_id, v.authority_name,
                   coalesce(o.name || coalesce(' (' || v.authority_name || ')', ''), v.authority_name) as authority,
                   v.reference, v.opened_on, v.status, v.persons_charged, v.notes, v.version, v.created_at,
                   v.updated_at
            from investigation v left join organisation o on o.id = v.authority_id
            """;

    private static final String UPDATE_SELECT = """
            select u.id, u.investigation_id, u.on_date, u.status, u.note, u.source_id,
                   s.publisher || ' · ' || coalesce(s.reference, s.title) as source_label, u.created_at
            from investigation_update u left join source s on s.id = u.source_id
            """;

    private final JdbcClient db;
    private final AuditLog audit;
    private final Choices choices;
    private final CaseAccess access;

    Investigations(JdbcClient db, Choices choices, AuditLog audit, CaseAccess access) {
        this.access = access;
        this.audit = audit;
        this.db = db;
        this.choices = choices;
    }

    /** An investigation's fields after checking. */
    private record Checked(Long authorityId, String authorityName, String reference, LocalDate openedOn,
                           int personsCharged, String notes) {
    }

    public List<Investigation> forIncident(long incidentId) {
        return db.sql(SELECT + " where v.incident_id = ? order by v.opened_on nulls last, v.id")
                .param(incidentId).query(Investigation.class).list();
    }

    public Optional<Investigation> find(long id) {
        return db.sql(SELECT + " where v.id = ? and exists (select 1 from incident vi where vi.id = v.incident_id and "
                        + access.visibleCase("vi.case_id") + ")").param(id).query(Investigation.class).optional();
    }

    public Investigation get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("investigation", id));
    }

    /** Opens the record of an investigation of an incident. */
    @Transactional
    public Investigation create(long incidentId, InvestigationForm form) {
        if (!choices.incidentExists(incidentId)) {
            throw new NotFoundException("incident", incidentId);
        }
        Checked c = check(form);
        long id = db.sql("""
                        insert into investigation (incident_id, authority_id, authority_name, reference, opened_on,
                                                   status, persons_charged, notes)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(incidentId, c.authorityId(), c.authorityName(), c.reference(), c.openedOn(), form.status(),
                        c.personsCharged(), c.notes())
                .query(Long.class).single();
        Investigation created = get(id);
        audit.record("create", "investigation", id, AuditLog.filledFields(created));
        return created;
    }

    /** Saves the form if the investigation is still at the version the form was based on. */
    @Transactional
    public Investigation update(long id, InvestigationForm form) {
        Checked c = check(form);
        Investigation before = get(id);
        int changed = db.sql("""
                        update investigation set authority_id = ?, authority_name = ?, reference = ?, opened_on = ?,
                               status = ?, persons_charged = ?, notes = ?, version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                .params(c.authorityId(), c.authorityName(), c.reference(), c.openedOn(), form.status(),
                        c.personsCharged(), c.notes(), id, form.version() == null ? -1 : form.version())
                .update();
        if (changed == 0) {
            get(id);
            throw new ConcurrentEditException("investigation", id);
        }
        Investigation after = get(id);
        audit.record("update", "investigation", id, AuditLog.changedFields(before, after));
        return after;
    }

    /** The dated steps of an investigation, oldest first. */
    public List<InvestigationUpdate> updates(long investigationId) {
        return db.sql(UPDATE_SELECT + " where u.investigation_id = ? order by u.on_date, u.id")
                .param(investigationId).query(InvestigationUpdate.class).list();
    }

    /**
     * Records a dated step. When no other step is dated later, it is where the investigation
     * now stands, so its status becomes the investigation's; a step filled in about the past
     * leaves the current status alone.
     */
    @Transactional
    public InvestigationUpdate addUpdate(long investigationId, UpdateForm form) {
        get(investigationId);
        Checks checks = new Checks();
        LocalDate onDate = checks.date("onDate", form.onDate());
        if (form.sourceId() != null && !choices.sourceExists(form.sourceId())) {
            checks.reject("sourceId", "incidents.validation.unknownSource");
        }
        checks.throwIfAny();
        long id = db.sql("""
                        insert into investigation_update (investigation_id, on_date, status, note, source_id)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(investigationId, onDate, form.status(), Text.blankToNull(form.note()), form.sourceId())
                .query(Long.class).single();
        db.sql("""
                        update investigation set status = ?, version = version + 1, updated_at = now()
                        where id = ? and status <> ?
                          and not exists (select 1 from investigation_update
                                          where investigation_id = ? and on_date > ?)""")
                .params(form.status(), investigationId, form.status(), investigationId, onDate)
                .update();
        InvestigationUpdate created = db.sql(UPDATE_SELECT + " where u.id = ?").param(id).query(InvestigationUpdate.class).single();
        audit.record("create", "investigation_update", id, AuditLog.filledFields(created));
        return created;
    }

    private Checked check(InvestigationForm form) {
        Checks checks = new Checks();
        Long authorityId = form.authorityId();
        String authorityName = Text.blankToNull(form.authorityName());
        if (authorityId != null && !choices.organisationExists(authorityId)) {
            checks.reject("authorityId", "incidents.validation.unknownOrganisation");
        }
        if (authorityId == null && authorityName == null) {
            checks.reject("authorityName", "incidents.validation.authority");
        }
        LocalDate openedOn = checks.date("openedOn", form.openedOn());
        checks.throwIfAny();
        return new Checked(authorityId, authorityName, Text.blankToNull(form.reference()), openedOn,
                form.personsCharged() == null ? 0 : form.personsCharged(), Text.blankToNull(form.notes()));
    }
}
