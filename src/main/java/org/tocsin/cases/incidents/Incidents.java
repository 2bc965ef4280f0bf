package org.tocsin.cases.incidents;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.cases.CaseAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.cases.DatePrecision;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.NotFoundException;
import org.tocsin.web.Text;
import org.tocsin.security.audit.AuditLog;

/** Incidents of a case and the parties involved in them. */
@Service
public class Incidents {

    private static final String COLUMNS = """
            id, case_id, title, occurred_on, date_precision, occurred_time, time_zone, place, region, country,
            type, description, version, created_at, updated_at""";

    private static final String PARTY_SELECT = """
            select p.id, p.incident_id, p.role, p.person_id, p.organisation_id, p.group_label, p.group_size,
                   p.group_size_approximate,
                   coalesce((select n.name from person_name n where n.person_id = p.person_id
                             order by n.position, n.id limit 1), o.name, p.group_label,
                            '#' || coalesce(p.person_id, p.organisation_id)) as name
            from incident_party p left join organisation o on o.id = p.organisation_id
            """;

    private final JdbcClient db;
    private final AuditLog audit;
    private final Choices choices;
    private final CaseAccess access;

    Incidents(JdbcClient db, Choices choices, AuditLog audit, CaseAccess access) {
        this.access = access;
        this.audit = audit;
        this.db = db;
        this.choices = choices;
    }

    public record Listing(List<Incident> items, long total) {
    }

    /** When an incident happened, as parsed from a form. */
    private record When(LocalDate date, DatePrecision precision, LocalTime time, String zone) {
    }

    /** Incidents, of one case when {@code caseId} is given, in the order they happened. */
    public Listing list(Long caseId, int offset, int limit) {
        String where = " where " + access.visibleCase("incident.case_id") + (caseId == null ? "" : " and case_id = :caseId");
        var items = db.sql("select " + COLUMNS + " from incident" + where
                        + " order by occurred_on, occurred_time nulls first, id offset :offset limit :limit")
                .param("offset", offset).param("limit", limit);
        var count = db.sql("select count(*) from incident" + where);
        if (caseId != null) {
            items = items.param("caseId", caseId);
            count = count.param("caseId", caseId);
        }
        return new Listing(items.query(Incident.class).list(), count.query(Long.class).single());
    }

    /** All incidents of a case in the order they happened: the case's timeline. */
    public List<Incident> forCase(long caseId) {
        return db.sql("select " + COLUMNS + " from incident where case_id = ? and " + access.visibleCase("incident.case_id")
                        + " order by occurred_on, occurred_time nulls first, id")
                .param(caseId).query(Incident.class).list();
    }

    public Optional<Incident> find(long id) {
        return db.sql("select " + COLUMNS + " from incident where id = ? and " + access.visibleCase("incident.case_id"))
                .param(id).query(Incident.class).optional();
    }

    public Incident get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("incident", id));
    }

    /** Creates an incident in the case named by {@code form.caseId()}. */
    @Transactional
    public Incident create(IncidentForm form) {
        Checks checks = new Checks();
        if (form.caseId() == null) {
            checks.reject("caseId", "validation.required");
        } else if (!choices.caseExists(form.caseId())) {
            checks.reject("caseId", "incidents.validation.unknownCase");
        }
        When when = when(form, checks);
        checks.throwIfAny();
        long id = db.sql("""
                        insert into incident (case_id, title, occurred_on, date_precision, occurred_time, time_zone,
                                              place, region, country, type, description)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(form.caseId(), form.title().strip(), when.date(), when.precision().code(), when.time(),
                        when.zone(), Text.blankToNull(form.place()), Text.blankToNull(form.region()),
                        Text.blankToNull(form.country()), form.type(), Text.blankToNull(form.description()))
                .query(Long.class).single();
        Incident created = get(id);
        audit.record("create", "incident", id, AuditLog.filledFields(created));
        return created;
    }

    /** Saves the form if the incident is still at the version the form was based on. */
    @Transactional
    public Incident update(long id, IncidentForm form) {
        Checks checks = new Checks();
        When when = when(form, checks);
        checks.throwIfAny();
        Incident before = get(id);
        int changed = db.sql("""
                        update incident set title = ?, occurred_on = ?, date_precision = ?, occurred_time = ?,
                               time_zone = ?, place = ?, region = ?, country = ?, type = ?, description = ?,
                               version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                .params(form.title().strip(), when.date(), when.precision().code(), when.time(), when.zone(),
                        Text.blankToNull(form.place()), Text.blankToNull(form.region()), Text.blankToNull(form.country()),
                        form.type(), Text.blankToNull(form.description()), id, form.version() == null ? -1 : form.version())
                .update();
        if (changed == 0) {
            get(id);
            throw new ConcurrentEditException("incident", id);
        }
        Incident after = get(id);
        audit.record("update", "incident", id, AuditLog.changedFields(before, after));
        return after;
    }

    /**
     * Reads the date at the precision it was typed in ("2015-06-03", "2015-06", "2015"), and
     * the time and zone, which only a full date can carry.
     */
    private static When when(IncidentForm form, Checks checks) {
        String text = Text.blankToNull(form.date());
        LocalDate date = null;
        DatePrecision precision = DatePrecision.DAY;
        if (text != null) {
            try {
                if (text.matches("\\d{4}")) {
                    precision = DatePrecision.YEAR;
                    date = LocalDate.of(Integer.parseInt(text), 1, 1);
                } else if (text.matches("\\d{4}-\\d{2}")) {
                    precision = DatePrecision.MONTH;
                    date = YearMonth.parse(text).atDay(1);
                } else if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    date = LocalDate.parse(text);
                } else {
                    checks.reject("date", "incidents.validation.date");
                }
            } catch (DateTimeParseException e) {
                checks.reject("date", "incidents.validation.date");
            }
        }
        LocalTime time = time(form.time(), checks);
        if (time != null && date != null && precision != DatePrecision.DAY) {
            checks.reject("time", "incidents.validation.timeNeedsDay");
        }
        String zone = Text.blankToNull(form.timeZone());
        if (zone != null && !ZoneId.getAvailableZoneIds().contains(zone)) {
            checks.reject("timeZone", "incidents.validation.zone");
        } else if (zone != null && time == null && !checks.has("time")) {
            checks.reject("timeZone", "incidents.validation.zoneNeedsTime");
        }
        return new When(date == null ? null : precision.normalise(date), precision, time, zone);
    }

    private static LocalTime time(String text, Checks checks) {
        String value = Text.blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
                return LocalTime.parse(value.length() == 4 || value.length() == 7 ? "0" + value : value);
            }
        } catch (DateTimeParseException e) {
            // falls through to the field error
        }
        checks.reject("time", "incidents.validation.time");
        return null;
    }

    /** The parties of an incident, in the order they were added. */
    public List<Party> parties(long incidentId) {
        return db.sql(PARTY_SELECT + " where p.incident_id = ? order by p.position, p.id")
                .param(incidentId).query(Party.class).list();
    }

    /** Adds a party, checking that it is exactly one of a person, an organisation or a group. */
    @Transactional
    public Party addParty(long incidentId, PartyForm form) {
        get(incidentId);
        Checks checks = new Checks();
        String kind = partyKind(form, checks);
        Long personId = null;
        Long organisationId = null;
        String label = null;
        Integer size = null;
        boolean approximate = false;
        switch (kind == null ? "" : kind) {
            case "person" -> {
                personId = form.personId();
                if (personId == null) {
                    checks.reject("personId", "validation.required");
                } else if (!choices.personExists(personId)) {
                    checks.reject("personId", "incidents.validation.unknownPerson");
                }
            }
            case "organisation" -> {
                organisationId = form.organisationId();
                if (organisationId == null) {
                    checks.reject("organisationId", "validation.required");
                } else if (!choices.organisationExists(organisationId)) {
                    checks.reject("organisationId", "incidents.validation.unknownOrganisation");
                }
            }
            case "group" -> {
                label = Text.blankToNull(form.groupLabel());
                size = form.groupSize();
                approximate = Boolean.TRUE.equals(form.groupSizeApproximate()) && size != null;
                if (label == null) {
                    checks.reject("groupLabel", "validation.required");
                }
                if (size != null && size <= 0) {
                    checks.reject("groupSize", "validation.positive");
                }
            }
            default -> {
                // partyKind has already said what is wrong
            }
        }
        checks.throwIfAny();
        long id = db.sql("""
                        insert into incident_party (incident_id, role, person_id, organisation_id, group_label,
                                                    group_size, group_size_approximate, position)
                        values (?, ?, ?, ?, ?, ?, ?,
                                (select coalesce(max(position) + 1, 0) from incident_party where incident_id = ?))
                        returning id""")
                .params(incidentId, form.role(), personId, organisationId, label, size, approximate, incidentId)
                .query(Long.class).single();
        audit.record("create", "incident_party", id, List.of("incident", "role", kind));
        return db.sql(PARTY_SELECT + " where p.id = ?").param(id).query(Party.class).single();
    }

    /** The kind the form chose, or the one kind it gives a value for; null (and an error) otherwise. */
    private static String partyKind(PartyForm form, Checks checks) {
        String kind = Text.blankToNull(form.kind());
        if (kind != null) {
            if (!List.of("person", "organisation", "group").contains(kind)) {
                checks.reject("kind", "validation.unknownValue");
                return null;
            }
            return kind;
        }
        boolean person = form.personId() != null;
        boolean organisation = form.organisationId() != null;
        boolean group = Text.blankToNull(form.groupLabel()) != null;
        int given = (person ? 1 : 0) + (organisation ? 1 : 0) + (group ? 1 : 0);
        if (given != 1) {
            checks.reject("kind", "incidents.validation.partyExactlyOne");
            return null;
        }
        return person ? "person" : organisation ? "organisation" : "group";
    }

    @Transactional
    public void removeParty(long incidentId, long partyId) {
        get(incidentId);
        int removed = db.sql("delete from incident_party where id = ? and incident_id = ?")
                .params(partyId, incidentId).update();
        if (removed == 0) {
            throw new NotFoundException("party", partyId);
        }
        audit.record("delete", "incident_party", partyId, List.of("incident"));
    }
}
