package org.tocsin.cases.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.security.audit.AuditLog;
import org.tocsin.cases.CaseAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.NotFoundException;
import org.tocsin.web.Text;

/**
 * What each source says about an incident. Facts stay with the account that states them:
 * two sources that give different values for one key are a disagreement, never merged.
 */
@Service
public class Accounts {

    private static final int MAX_KEY = 200;
    private static final int MAX_VALUE = 2000;

    private static final String SELECT = """
            select a.id, a.incident_id, a.source_id,
                   s.publisher || ' · ' || coalesce(s.reference, s.title)
                       || coalesce(' · ' || s.published_on::text, '') as source_label,
                   a.summary, a.version
            from account a join source s on s.id = a.source_id
            """;

    private final JdbcClient db;
    private final Choices choices;
    private final CaseAccess access;
    private final AuditLog audit;

    Accounts(JdbcClient db, Choices choices, CaseAccess access, AuditLog audit) {
        this.audit = audit;
        this.access = access;
        this.db = db;
        this.choices = choices;
    }

    private record Row(long id, long incidentId, long sourceId, String sourceLabel, String summary, int version) {

        Account with(List<Fact> facts) {
            return new Account(id, incidentId, sourceId, sourceLabel, summary, version, facts);
        }
    }

    private record KeyedFact(long accountId, String key, String value) {
    }

    /** An incident a source tells of, for the source's page. */
    public record Telling(long accountId, long incidentId, String incidentTitle, LocalDate occurredOn,
                          String datePrecision, long caseId, String caseTitle, String summary) {
    }

    /** The accounts of an incident with their facts, in the order of their sources' dates. */
    public List<Account> forIncident(long incidentId) {
        List<Row> rows = db.sql(SELECT + " where a.incident_id = ? order by s.published_on nulls last, a.id")
                .param(incidentId).query(Row.class).list();
        Map<Long, List<Fact>> facts = db.sql("""
                        select f.account_id, f.fact_key as key, f.value from account_fact f
                        join account a on a.id = f.account_id where a.incident_id = ? order by f.id""")
                .param(incidentId).query(KeyedFact.class).list().stream()
                .collect(Collectors.groupingBy(KeyedFact::accountId,
                        Collectors.mapping(f -> new Fact(f.key(), f.value()), Collectors.toList())));
        return rows.stream().map(r -> r.with(facts.getOrDefault(r.id(), List.of()))).toList();
    }

    public Account get(long id) {
        Row row = db.sql(SELECT + " where a.id = ? and exists (select 1 from incident vi where vi.id = a.incident_id and "
                        + access.visibleCase("vi.case_id") + ")").param(id).query(Row.class).optional()
                .orElseThrow(() -> new NotFoundException("account", id));
        return row.with(db.sql("select fact_key as key, value from account_fact where account_id = ? order by id")
                .param(id).query(Fact.class).list());
    }

    /** The fact keys of an incident's accounts in first-use order: the rows of the side-by-side table. */
    public List<String> factKeys(long incidentId) {
        return db.sql("""
                        select f.fact_key from account_fact f join account a on a.id = f.account_id
                        where a.incident_id = ? group by f.fact_key order by min(f.id)""")
                .param(incidentId).query(String.class).list();
    }

    /** Facts that this incident's sources state differently (read from the incident_disagreement view). */
    public List<Disagreement> disagreements(long incidentId) {
        return db.sql("select incident_id, fact_key, sources from incident_disagreement where incident_id = ? order by fact_key")
                .param(incidentId).query(Disagreement.class).list();
    }

    /** The incidents a source tells of. */
    public List<Telling> ofSource(long sourceId) {
        return db.sql("""
                        select a.id as account_id, i.id as incident_id, i.title as incident_title, i.occurred_on,
                               i.date_precision, c.id as case_id, c.title as case_title, a.summary
                        from account a join incident i on i.id = a.incident_id join case_file c on c.id = i.case_id
                        where a.source_id = ? and""" + " " + access.visibleCase("c.id") + " order by i.occurred_on, i.id")
                .param(sourceId).query(Telling.class).list();
    }

    /** Records a source's account of an incident; one account per source and incident. */
    @Transactional
    public Account create(long incidentId, AccountForm form) {
        if (!choices.incidentExists(incidentId)) {
            throw new NotFoundException("incident", incidentId);
        }
        List<Fact> facts = check(incidentId, null, form);
        long id;
        try {
            id = db.sql("insert into account (incident_id, source_id, summary) values (?, ?, ?) returning id")
                    .params(incidentId, form.sourceId(), Text.blankToNull(form.summary())).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw sameSourceTwice();
        }
        insertFacts(id, facts);
        Account created = get(id);
        audit.record("create", "account", id, AuditLog.filledFields(created));
        return created;
    }

    /** Replaces an account's source, summary and facts if it is still at the form's version. */
    @Transactional
    public Account update(long id, AccountForm form) {
        Account current = get(id);
        List<Fact> facts = check(current.incidentId(), id, form);
        int changed;
        try {
            changed = db.sql("update account set source_id = ?, summary = ?, version = version + 1 where id = ? and version = ?")
                    .params(form.sourceId(), Text.blankToNull(form.summary()), id, form.version() == null ? -1 : form.version())
                    .update();
        } catch (DuplicateKeyException e) {
            throw sameSourceTwice();
        }
        if (changed == 0) {
            throw new ConcurrentEditException("account", id);
        }
        db.sql("delete from account_fact where account_id = ?").param(id).update();
        insertFacts(id, facts);
        Account after = get(id);
        audit.record("update", "account", id, AuditLog.changedFields(current, after));
        return after;
    }

    @Transactional
    public void remove(long id) {
        get(id);
        if (db.sql("delete from account where id = ?").param(id).update() == 0) {
            throw new NotFoundException("account", id);
        }
        audit.record("delete", "account", id, List.of("incident", "source"));
    }

    /** Two people adding the same source's account at once: the second hears what the check would have said. */
    private static InvalidInputException sameSourceTwice() {
        return InvalidInputException.of("sourceId", "incidents.validation.accountExists");
    }

    private void insertFacts(long accountId, List<Fact> facts) {
        for (Fact fact : facts) {
            db.sql("insert into account_fact (account_id, fact_key, value) values (?, ?, ?)")
                    .params(accountId, fact.key(), fact.value()).update();
        }
    }

    /** Checks the source and the facts; returns the facts stripped, without blank rows. */
    private List<Fact> check(long incidentId, Long accountId, AccountForm form) {
        Checks checks = new Checks();
        if (form.sourceId() == null) {
            checks.reject("sourceId", "validation.required");
        } else if (!choices.sourceExists(form.sourceId())) {
            checks.reject("sourceId", "incidents.validation.unknownSource");
        } else if (db.sql("select exists (select 1 from account where incident_id = ? and source_id = ? and id <> ?)")
                .params(incidentId, form.sourceId(), accountId == null ? -1 : accountId)
                .query(Boolean.class).single()) {
            checks.reject("sourceId", "incidents.validation.accountExists");
        }
        List<Fact> facts = facts(form.facts(), checks);
        checks.throwIfAny();
        return facts;
    }

    private static List<Fact> facts(List<Fact> rows, Checks checks) {
        List<Fact> facts = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int number = 0;
        for (Fact row : rows == null ? List.<Fact>of() : rows) {
            number++;
            String key = row == null ? null : Text.blankToNull(row.key());
            String value = row == null ? null : Text.blankToNull(row.value());
            if (key == null && value == null) {
                continue;
            }
            if (key == null) {
                checks.reject("facts", "incidents.validation.factKey", number);
            } else if (value == null) {
                checks.reject("facts", "incidents.validation.factValue", number, key);
            } else if (key.length() > MAX_KEY || value.length() > MAX_VALUE) {
                checks.reject("facts", "incidents.validation.factTooLong", number, MAX_KEY, MAX_VALUE);
            } else if (!keys.add(key)) {
                checks.reject("facts", "incidents.validation.factDuplicate", number, key);
            } else {
                facts.add(new Fact(key, value));
            }
        }
        return facts;
    }
}
