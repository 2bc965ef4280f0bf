package org.tocsin.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.security.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.NotFoundException;

/**
 * Everything the case page shows at once: who is at risk, what happened to them in order, and
 * where the official investigations stand. One query per section, whatever the case's size.
 */
@Service
public class CaseOverview {

    /**
     * An investigation counts as opened once the authority has actually opened one, whatever
     * happened next: a suspended or closed investigation was still opened. Before that (no
     * complaint, complaint filed, refused to open) nobody investigated at all, which is the
     * impunity a case file has to show.
     */
    public static final List<String> OPENED_STATUSES = List.of("opened", "suspended", "closed_without_charge",
            "suspects_identified", "charged", "at_trial", "convicted", "acquitted");
    public static final List<String> NOT_OPENED_STATUSES = List.of("no_complaint", "complaint_filed", "refused_to_open");

    /** Timeline order: a date known only to its month or year after the dated events of that period. */
    static final String TIMELINE_DATE = DatePrecision.periodEndSql("i.occurred_on", "i.date_precision");
    static final String TIMELINE_ORDER = TIMELINE_DATE + ", i.occurred_time nulls last, i.id";
    static final String TIMELINE_ORDER_REVERSED = TIMELINE_DATE + " desc, i.occurred_time desc nulls first, i.id desc";

    public record Overview(CaseFile caseFile, List<PersonAtRisk> personsAtRisk, List<TimelineEntry> timeline,
                           Summary summary, List<InvestigationRow> investigations) {
    }

    /** A person at risk: the name shown (position 0) and the other spellings sources used. */
    public record PersonAtRisk(long id, String name, List<String> otherNames) {
    }

    public record PersonChoice(long id, String name) {
    }

    /** One party to an incident: a person, an organisation or an unnamed group ({@code groupLabel}). */
    public record Party(String role, Long personId, Long organisationId, String name, String groupLabel,
                        Integer groupSize, boolean groupSizeApproximate) {
    }

    public record PartyGroup(String role, List<Party> parties) {
    }

    public record TimelineEntry(long id, String title, LocalDate occurredOn, String precision, LocalTime time,
                                String timeZone, String place, String region, String country, String type,
                                int sources, List<String> disagreements, List<PartyGroup> parties) {

        public String location() {
            return Stream.of(place, region, country).filter(s -> s != null && !s.isBlank())
                    .collect(Collectors.joining(", "));
        }

        public boolean disputed() {
            return !disagreements.isEmpty();
        }
    }

    /**
     * The justice summary: incidents, investigations opened or not, people charged, and how
     * many incidents have no investigation on record at all.
     */
    public record Summary(long incidents, long investigationsOpened, long investigationsNotOpened,
                          long personsCharged, long incidentsWithoutInvestigation) {
    }

    public record InvestigationRow(long id, long incidentId, String incidentTitle, LocalDate incidentOn,
                                   String incidentPrecision, String authority, String status, LocalDate lastUpdate,
                                   int personsCharged) {
    }

    private final JdbcClient db;
    private final CaseFiles cases;
    private final CaseAccess access;
    private final AuditLog audit;

    CaseOverview(JdbcClient db, CaseFiles cases, CaseAccess access, AuditLog audit) {
        this.audit = audit;
        this.db = db;
        this.cases = cases;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Overview of(long caseId) {
        CaseFile caseFile = cases.get(caseId);
        return new Overview(caseFile, personsAtRisk(caseId), timeline(caseId), summary(caseId), investigations(caseId));
    }

    public List<PersonAtRisk> personsAtRisk(long caseId) {
        return db.sql("""
                        select p.id, coalesce(array_agg(n.name order by n.position, n.id)
                                              filter (where n.name is not null), '{}') as names
                        from case_person cp
                        join person p on p.id = cp.person_id
                        left join person_name n on n.person_id = p.id
                        where cp.case_id = ? and cp.at_risk and""" + " " + access.visibleCase("cp.case_id") + "\n" + """
                        group by p.id
                        order by min(n.name) filter (where n.position = 0), p.id""")
                .param(caseId)
                .query((rs, row) -> {
                    List<String> names = strings(rs.getArray("names"));
                    String shown = names.isEmpty() ? "#" + rs.getLong("id") : names.getFirst();
                    return new PersonAtRisk(rs.getLong("id"), shown, names.isEmpty() ? List.of() : names.subList(1, names.size()));
                })
                .list();
    }

    /**
     * Persons who could be added as at risk: everyone not at risk in this case yet, by name. Capped,
     * because a longer select list is unusable; the people module's search is the way past it.
     */
    public List<PersonChoice> personsNotAtRisk(long caseId) {
        return db.sql("""
                        select p.id, coalesce((select n.name from person_name n where n.person_id = p.id
                                               order by n.position, n.id limit 1), '#' || p.id) as name
                        from person p
                        where not exists (select 1 from case_person cp
                                          where cp.case_id = ? and cp.person_id = p.id and cp.at_risk)
                          and""" + " " + access.visiblePerson("p.id") + "\n" + """
                        order by 2, p.id
                        limit 1000""")
                .param(caseId).query(PersonChoice.class).list();
    }

    public List<TimelineEntry> timeline(long caseId) {
        Map<Long, TimelineEntry> entries = new LinkedHashMap<>();
        Map<Long, Map<String, List<Party>>> parties = new LinkedHashMap<>();
        db.sql("""
                        select i.id, i.title, i.occurred_on, i.date_precision, i.occurred_time, i.time_zone,
                               i.place, i.region, i.country, i.type,
                               (select count(*) from account a where a.incident_id = i.id) as sources,
                               (select coalesce(array_agg(d.fact_key order by d.fact_key), '{}')
                                from incident_disagreement d where d.incident_id = i.id) as disagreements,
                               p.id as party_id, p.role, p.person_id, p.organisation_id, p.group_label, p.group_size,
                               p.group_size_approximate,
                               coalesce((select n.name from person_name n where n.person_id = p.person_id
                                         order by n.position, n.id limit 1), o.name) as party_name
                        from incident i
                        left join incident_party p on p.incident_id = i.id
                        left join organisation o on o.id = p.organisation_id
                        where i.case_id = ? and""" + " " + access.visibleCase("i.case_id")
                        + " order by " + TIMELINE_ORDER + ", p.position, p.id")
                .param(caseId)
                .query(rs -> {
                    long id = rs.getLong("id");
                    entries.computeIfAbsent(id, key -> entry(rs));
                    Map<String, List<Party>> byRole = parties.computeIfAbsent(id, key -> new LinkedHashMap<>());
                    if (rs.getObject("party_id") != null) {
                        byRole.computeIfAbsent(rs.getString("role"), key -> new ArrayList<>()).add(party(rs));
                    }
                });
        return entries.values().stream().map(e -> withParties(e, parties.get(e.id()))).toList();
    }

    public Summary summary(long caseId) {
        return db.sql("""
                        select count(*) as incidents,
                               coalesce(sum(v.opened), 0) as investigations_opened,
                               coalesce(sum(v.not_opened), 0) as investigations_not_opened,
                               coalesce(sum(v.charged), 0) as persons_charged,
                               count(*) filter (where v.incident_id is null) as incidents_without_investigation
                        from incident i
                        left join (select incident_id,
                                          count(*) filter (where status in (:opened)) as opened,
                                          count(*) filter (where status in (:notOpened)) as not_opened,
                                          sum(persons_charged) as charged
                                   from investigation group by incident_id) v on v.incident_id = i.id
                        where i.case_id = :case and""" + " " + access.visibleCase("i.case_id"))
                .param("opened", OPENED_STATUSES).param("notOpened", NOT_OPENED_STATUSES).param("case", caseId)
                .query(Summary.class).single();
    }

    public List<InvestigationRow> investigations(long caseId) {
        return db.sql("""
                        select v.id, i.id as incident_id, i.title as incident_title, i.occurred_on as incident_on,
                               i.date_precision as incident_precision,
                               coalesce(o.name, v.authority_name) as authority, v.status,
                               coalesce((select max(u.on_date) from investigation_update u where u.investigation_id = v.id),
                                        v.opened_on) as last_update,
                               v.persons_charged
                        from investigation v
                        join incident i on i.id = v.incident_id
                        left join organisation o on o.id = v.authority_id
                        where i.case_id = ? and""" + " " + access.visibleCase("i.case_id")
                        + " order by " + TIMELINE_ORDER + ", v.id")
                .param(caseId).query(InvestigationRow.class).list();
    }

    /** Marks a person as at risk in the case (adding them to it if they were not in it). */
    @Transactional
    public void addPersonAtRisk(long caseId, Long personId) {
        cases.get(caseId);
        touch(caseId);
        if (personId == null) {
            throw InvalidInputException.of("personId", "validation.required");
        }
        if (!db.sql("select exists (select 1 from person p where p.id = ? and " + access.visiblePerson("p.id") + ")")
                .param(personId).query(Boolean.class).single()) {
            throw InvalidInputException.of("personId", "case.personAtRisk.unknown");
        }
        db.sql("""
                        insert into case_person (case_id, person_id, at_risk) values (?, ?, true)
                        on conflict (case_id, person_id) do update set at_risk = true""")
                .params(caseId, personId).update();
        audit.record("add-person-at-risk", "case", caseId, List.of("personsAtRisk"));
    }

    /** Takes a person off the case's list of persons at risk; false if they were not on it. */
    @Transactional
    public boolean removePersonAtRisk(long caseId, long personId) {
        cases.get(caseId);
        boolean removed = db.sql("delete from case_person where case_id = ? and person_id = ? and at_risk")
                .params(caseId, personId).update() > 0;
        if (removed) {
            touch(caseId);
            audit.record("remove-person-at-risk", "case", caseId, List.of("personsAtRisk"));
        }
        return removed;
    }

    /** Marks the case as changed (the list sorts by it); 404 if it does not exist. */
    private void touch(long caseId) {
        if (db.sql("update case_file set updated_at = now() where id = ?").param(caseId).update() == 0) {
            throw new NotFoundException("case", caseId);
        }
    }

    private static TimelineEntry entry(ResultSet rs) {
        try {
            return new TimelineEntry(rs.getLong("id"), rs.getString("title"), rs.getObject("occurred_on", LocalDate.class),
                    rs.getString("date_precision"), rs.getObject("occurred_time", LocalTime.class),
                    rs.getString("time_zone"), rs.getString("place"), rs.getString("region"), rs.getString("country"),
                    rs.getString("type"), rs.getInt("sources"), strings(rs.getArray("disagreements")), List.of());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Party party(ResultSet rs) throws SQLException {
        return new Party(rs.getString("role"), rs.getObject("person_id", Long.class),
                rs.getObject("organisation_id", Long.class), rs.getString("party_name"), rs.getString("group_label"),
                rs.getObject("group_size", Integer.class), rs.getBoolean("group_size_approximate"));
    }

    private static TimelineEntry withParties(TimelineEntry e, Map<String, List<Party>> byRole) {
        List<PartyGroup> groups = byRole.entrySet().stream()
                .map(g -> new PartyGroup(g.getKey(), List.copyOf(g.getValue()))).toList();
        return new TimelineEntry(e.id(), e.title(), e.occurredOn(), e.precision(), e.time(), e.timeZone(), e.place(),
                e.region(), e.country(), e.type(), e.sources(), e.disagreements(), groups);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
