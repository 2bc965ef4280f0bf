package org.tocsin.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.IntegrationTest;
import org.tocsin.cases.CaseOverview;
import org.tocsin.cases.incidents.Account;
import org.tocsin.cases.incidents.AccountForm;
import org.tocsin.cases.incidents.Accounts;
import org.tocsin.cases.incidents.Fact;
import org.tocsin.cases.incidents.Incidents;
import org.tocsin.cases.incidents.Investigations;
import org.tocsin.cases.incidents.Party;
import org.tocsin.cases.incidents.PartyForm;
import org.tocsin.cases.incidents.UpdateForm;
import org.tocsin.cases.people.Organisation;
import org.tocsin.cases.people.OrganisationForm;
import org.tocsin.cases.people.Organisations;

/**
 * The records audited since the first round: organisations, incident parties, accounts of
 * sources, investigation updates and persons at risk. Each change is an entry naming fields only.
 */
class MoreAuditedChangesTest extends IntegrationTest {

    @Autowired
    Organisations organisations;
    @Autowired
    Incidents incidents;
    @Autowired
    Accounts accounts;
    @Autowired
    Investigations investigations;
    @Autowired
    CaseOverview overview;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient db;

    final String secret = "secret-value-" + UUID.randomUUID();

    @Test
    void organisationsAreAudited() {
        Organisation created = organisations.create(new OrganisationForm("Org " + secret, List.of(), null, "ngo", "", secret, null));
        organisations.update(created.id(), new OrganisationForm("Org " + secret, List.of(), null, "media", "", secret,
                created.version()));
        assertThat(entries("organisation", created.id())).containsExactly("create name,kind,description", "update kind");
    }

    @Test
    void partiesAccountsInvestigationUpdatesAndPersonsAtRiskAreAudited() {
        long caseId = id("insert into case_file (title) values ('Audited parties') returning id");
        long incident = id("insert into incident (case_id, title, occurred_on, type) values (?, 'Raid', date '2015-06-03', 'raid') returning id", caseId);
        long person = id("insert into person (gender) values ('f') returning id");
        db.sql("insert into person_name (person_id, name, script, position) values (?, ?, 'latin', 0)").params(person, "P " + secret).update();
        long source = id("insert into source (publisher, title) values ('Pub', 'Title') returning id");
        long other = id("insert into source (publisher, title) values ('Pub', 'Other') returning id");
        long investigation = id("insert into investigation (incident_id, authority_name, status) values (?, 'Prosecutor', 'opened') returning id", incident);

        Party party = incidents.addParty(incident, new PartyForm("victim", "person", person, null, null, null, null));
        incidents.removeParty(incident, party.id());
        assertThat(entries("incident_party", party.id())).containsExactly("create incident,role,person", "delete incident");

        Account account = accounts.create(incident, new AccountForm(source, secret, List.of(new Fact("cars", secret)), null));
        Account changed = accounts.update(account.id(), new AccountForm(other, secret, List.of(new Fact("cars", secret)), account.version()));
        accounts.remove(changed.id());
        assertThat(entries("account", account.id())).hasSize(3)
                .first().asString().startsWith("create ").contains("sourceId").contains("facts");
        assertThat(entries("account", account.id()).get(1)).startsWith("update ").contains("sourceId").doesNotContain("summary");
        assertThat(entries("account", account.id()).get(2)).startsWith("delete ");

        long update = investigations.addUpdate(investigation, new UpdateForm("2016-01-10", "suspended", secret, null)).id();
        assertThat(entries("investigation_update", update)).containsExactly("create investigationId,onDate,status,note");

        overview.addPersonAtRisk(caseId, person);
        overview.removePersonAtRisk(caseId, person);
        assertThat(entries("case", caseId)).containsExactly("add-person-at-risk personsAtRisk",
                "remove-person-at-risk personsAtRisk");
        assertThat(audit.verify().ok()).isTrue();
    }

    private List<String> entries(String kind, long id) {
        List<String> entries = db.sql("select action || ' ' || array_to_string(fields, ',') from audit_entry "
                        + "where record_kind = ? and record_id = ? order by id")
                .params(kind, String.valueOf(id)).query(String.class).list();
        assertThat(String.join(" ", entries)).doesNotContain(secret);
        return entries;
    }

    private long id(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }
}
