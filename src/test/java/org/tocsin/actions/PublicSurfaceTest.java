package org.tocsin.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.IntegrationTest;
import org.tocsin.security.FieldSensitivity;
import org.tocsin.security.Sensitivity;
import org.tocsin.security.crypto.Vault;

/**
 * The public surface (take-action pages, local ones, letters, report form, feeds) shows only the
 * public fields of issued UAs. Every internal and confidential field of the case files behind the
 * issued UAs (the demo's and one of the test's own) gets a unique marker, then every public page is
 * read as a stranger: no marker may appear. The test runs in one transaction that is rolled back,
 * so the demo data other tests read is left as it was (MockMvc serves requests on the test's thread,
 * inside that transaction).
 */
@Transactional
class PublicSurfaceTest extends IntegrationTest {

    @Autowired
    JdbcClient db;
    @Autowired
    UrgentActions actions;
    @Autowired
    MockMvc mockMvc;
    @Autowired
    Vault vault;

    final Map<String, String> markers = new LinkedHashMap<>();
    Fixtures f;

    @Test
    void noInternalOrConfidentialValueReachesAPublicPageOrFeed() throws Exception {
        f = new Fixtures(db);
        UrgentAction draft = actions.create(f.complete("amnesty"));
        long incident = caseFileOf(f.caseId);
        db.sql("update urgent_action set internal_note = ? where id = ?").params(marker("urgent_action.internal_note"), draft.id())
                .update();
        UrgentAction issued = actions.issue(draft.id(), actions.get(draft.id()).version(), null);
        long localisation = localisationOf(issued.id());
        List<Long> cases = db.sql("select distinct case_id from urgent_action where status <> 'draft'").query(Long.class).list();
        for (long caseId : cases) {
            markCase(caseId);
        }
        assertThat(incident).isPositive();

        List<String> seen = new ArrayList<>();
        List<Long> published = db.sql("select id from urgent_action where status <> 'draft' order by id").query(Long.class).list();
        assertThat(published).contains(issued.id());
        for (long id : published) {
            seen.add(read("/take-action/" + id));
            seen.add(read("/take-action/" + id + "?lang=ru"));
            seen.add(read("/take-action/" + id + "/report"));
            seen.add(pdf("/take-action/" + id + "/letters.pdf?language=en"));
        }
        List<Long> local = db.sql("select id from localisation where status = 'published' order by id").query(Long.class).list();
        assertThat(local).contains(localisation);
        for (long id : local) {
            seen.add(read("/take-action/local/" + id));
            seen.add(pdf("/take-action/local/" + id + "/letters.pdf"));
        }
        seen.add(read(PublicLinks.ATOM));
        seen.add(read(PublicLinks.CALENDAR));

        String all = String.join("\n", seen);
        // the walk is real: the public text of the test's UA and of its localisation is there
        assertThat(all).contains("What happened to them.").contains("Local summary " + f.tag)
                .contains("Defenders at risk " + f.tag);
        for (Map.Entry<String, String> marker : markers.entrySet()) {
            assertThat(all).as("the %s field (%s) on a public page", marker.getKey(),
                    FieldSensitivity.of(marker.getKey())).doesNotContain(marker.getValue());
        }
        assertThat(markers.keySet()).allSatisfy(field -> assertThat(FieldSensitivity.of(field)).isNotEqualTo(Sensitivity.PUBLIC));
    }

    /** An incident with a party, an account with a fact, its source and an investigation, in the test's case. */
    private long caseFileOf(long caseId) {
        long incident = f.id("insert into incident (case_id, title, occurred_on, type) values (?, 'x', current_date, 'raid') returning id",
                caseId);
        db.sql("insert into incident_party (incident_id, role, group_label) values (?, 'witness', ?)")
                .params(incident, marker("incident_party.group_label")).update();
        long source = f.id("insert into source (publisher, title) values ('p', 't') returning id");
        long account = f.id("insert into account (incident_id, source_id, summary) values (?, ?, 's') returning id", incident, source);
        db.sql("insert into account_fact (account_id, fact_key, value) values (?, 'witness', 'v')").param(account).update();
        f.id("insert into investigation (incident_id, authority_name, status) values (?, 'Authority', 'opened') returning id", incident);
        return incident;
    }

    /** Puts a marker into every internal and confidential field of a case and of what belongs to it. */
    private void markCase(long caseId) {
        db.sql("update case_file set title = title || ' ' || ?, summary = ? where id = ?")
                .params(marker("case_file.title"), marker("case_file.summary"), caseId).update();
        db.sql("update urgent_action set internal_note = ? where case_id = ?").params(marker("urgent_action.internal_note"), caseId)
                .update();
        for (long person : db.sql("select person_id from case_person where case_id = ?").param(caseId).query(Long.class).list()) {
            db.sql("update person set description = null, description_sealed = ? where id = ?")
                    .params(vault.encrypt(marker("person.description"), "person.description:" + person), person).update();
        }
        db.sql("update incident set title = title || ' ' || ?, description = ?, place = ? where case_id = ?")
                .params(marker("incident.title"), marker("incident.description"), marker("incident.place"), caseId).update();
        db.sql("update incident_party set group_label = ? where group_label is not null and incident_id in (select id from incident where case_id = ?)")
                .params(marker("incident_party.group_label"), caseId).update();
        db.sql("update account set summary = ? where incident_id in (select id from incident where case_id = ?)")
                .params(marker("account.summary"), caseId).update();
        db.sql("""
                        update account_fact set value = ? where account_id in
                            (select a.id from account a join incident i on i.id = a.incident_id where i.case_id = ?)""")
                .params(marker("account_fact.value"), caseId).update();
        db.sql("""
                        update source set publisher = publisher || ' ' || ?, title = title || ' ' || ?, url = ? where id in
                            (select a.source_id from account a join incident i on i.id = a.incident_id where i.case_id = ?)""")
                .params(marker("source.publisher"), marker("source.title"), marker("source.url"), caseId).update();
        db.sql("update investigation set notes = ? where incident_id in (select id from incident where case_id = ?)")
                .params(marker("investigation.notes"), caseId).update();
    }

    /** A published localisation of the UA by a section of the test's own. */
    private long localisationOf(long actionId) {
        long section = f.id("insert into section (name, country_code, languages) values (?, 'TST', '{en}') returning id",
                "Section " + f.tag);
        return f.id("""
                        insert into localisation (action_id, section_id, language, title, summary, letter_subject, letter_body,
                                                  status, published_at)
                        values (?, ?, 'en', ?, ?, 'Subject', 'Dear authority, protect them.', 'published', now()) returning id""",
                actionId, section, "Local title " + f.tag, "Local summary " + f.tag);
    }

    private String marker(String field) {
        return markers.computeIfAbsent(field, k -> "MARK" + k.replaceAll("[^a-z]", "") + f.tag);
    }

    private String read(String path) throws Exception {
        MockHttpServletResponse response = mockMvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isLessThan(500);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String pdf(String path) throws Exception {
        MockHttpServletResponse response = mockMvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isLessThan(500);
        if (response.getStatus() != 200) {
            return "";
        }
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
