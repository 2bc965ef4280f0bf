package org.tocsin.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.IntegrationTest;
import org.tocsin.cases.CaseFile;
import org.tocsin.cases.CaseFiles;
import org.tocsin.cases.CaseForm;

/** Changes to case-file records are audited: who, what record, which fields; never the values. */
class AuditedChangesTest extends IntegrationTest {

    @Autowired
    CaseFiles cases;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient db;

    record Entry(String action, String recordKind, String recordId, String fields) {
    }

    @Test
    void creatingAndEditingACaseLeavesEntriesNamingTheChangedFields() {
        CaseFile created = cases.create(new CaseForm("Audited case", "a confidential-looking summary", "Russian Federation", "open", null));
        cases.update(created.id(), new CaseForm("Audited case, renamed", "a confidential-looking summary", "Russian Federation",
                "open", created.version()));

        List<String> entries = db.sql("select action || ' ' || array_to_string(fields, ',') from audit_entry "
                        + "where record_kind = 'case' and record_id = ? order by id")
                .param(String.valueOf(created.id())).query(String.class).list();
        assertThat(entries).containsExactly("create title,summary,country,status", "update title");
        assertThat(String.join(" ", entries)).doesNotContain("confidential-looking").doesNotContain("renamed");
        assertThat(audit.verify().ok()).isTrue();
    }

    @Test
    void changedFieldsComparesRecordComponentsButNotBookkeeping() {
        record Sample(long id, int version, String title, List<String> names) {
        }
        assertThat(AuditLog.changedFields(new Sample(1, 0, "a", List.of("x")), new Sample(1, 1, "a", List.of("x", "y"))))
                .containsExactly("names");
        assertThat(AuditLog.filledFields(new Sample(1, 0, " ", List.of()))).isEmpty();
    }
}
