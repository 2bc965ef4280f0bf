package org.tocsin.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;
import org.tocsin.cli.CommandLine;
import org.tocsin.cases.people.Person;
import org.tocsin.cases.people.PersonForm;
import org.tocsin.cases.people.Persons;

class AuditLogTest extends IntegrationTest {

    @Autowired
    AuditLog audit;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient db;
    @Autowired
    MockMvc mockMvc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DataSource dataSource;

    @Test
    void anIntactChainVerifies() {
        audit.record("tester", "update", "test", 1, List.of("a"));
        audit.record("tester", "update", "test", 2, List.of("b", "c"));
        AuditLog.Verification result = audit.verify();
        assertThat(result.ok()).as(result.problem()).isTrue();
        assertThat(result.checked()).isEqualTo(db.sql("select max(id) from audit_entry").query(Long.class).single());
    }

    @Test
    void theTableRefusesUpdatesAndDeletes() {
        AuditEntry entry = audit.record("tester", "update", "test", 3, List.of());
        assertThatThrownBy(() -> db.sql("update audit_entry set actor = 'someone else' where id = ?").param(entry.id()).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.sql("delete from audit_entry where id = ?").param(entry.id()).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.sql("truncate audit_entry").update()).hasMessageContaining("append-only");
        assertThat(audit.verify().ok()).isTrue();
    }

    @Test
    void anAlteredEntryIsNamed() {
        audit.record("tester", "view", "person", 10, List.of("description"));
        AuditEntry target = audit.record("tester", "view", "person", 11, List.of("description"));
        audit.record("tester", "view", "person", 12, List.of("description"));
        try {
            asSuperuserWithoutTrigger("update audit_entry set actor = 'nobody' where id = " + target.id());
            AuditLog.Verification result = audit.verify();
            assertThat(result.ok()).isFalse();
            assertThat(result.brokenAt()).isEqualTo(target.id());
            assertThat(result.problem()).contains("entry " + target.id()).contains("altered");
            assertThat(result.checked()).isEqualTo(target.id() - 1);
        } finally {
            asSuperuserWithoutTrigger("update audit_entry set actor = 'tester' where id = " + target.id());
        }
        assertThat(audit.verify().ok()).isTrue();
    }

    @Test
    void theVerifyCommandExitsWithOneOnATamperedLog() throws Exception {
        AuditEntry target = audit.record("tester", "view", "person", 15, List.of("description"));
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        // The command runs its own (web-less) service against this test's database.
        String[] command = {"audit", "verify", "--tocsin.database.url=" + url, "--tocsin.database.user=postgres"};
        assertThat(CommandLine.run(command)).isEqualTo(CommandLine.Outcome.DONE);
        try {
            asSuperuserWithoutTrigger("update audit_entry set fields = '{}' where id = " + target.id());
            CommandLine.Outcome outcome = CommandLine.run(command);
            assertThat(outcome).isEqualTo(CommandLine.Outcome.FAILED);
            assertThat(outcome.exitStatus()).isEqualTo(1);
        } finally {
            asSuperuserWithoutTrigger("update audit_entry set fields = '{description}' where id = " + target.id());
        }
        assertThat(audit.verify().ok()).isTrue();
    }

    @Test
    void aDeletedEntryIsNamed() {
        AuditEntry target = audit.record("tester", "update", "person", 20, List.of("names"));
        audit.record("tester", "update", "person", 21, List.of("names"));
        Object[] row = db.sql("select id, at, actor, action, record_kind, record_id, fields, prev_hash, hash from audit_entry where id = ?")
                .param(target.id()).query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getArray(7).getArray(),
                        rs.getBytes(8), rs.getBytes(9)}).single();
        try {
            asSuperuserWithoutTrigger("delete from audit_entry where id = " + target.id());
            AuditLog.Verification result = audit.verify();
            assertThat(result.ok()).isFalse();
            assertThat(result.brokenAt()).isEqualTo(target.id());
            assertThat(result.problem()).contains("entry " + target.id() + " is missing");
        } finally {
            db.sql("insert into audit_entry (id, at, actor, action, record_kind, record_id, fields, prev_hash, hash) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)").params(row).update();
        }
        assertThat(audit.verify().ok()).isTrue();
    }

    @Test
    void removingTheLastEntriesIsNoticedThroughTheChainHead() {
        AuditEntry last = audit.record("tester", "update", "person", 30, List.of("names"));
        Object[] row = db.sql("select id, at, actor, action, record_kind, record_id, fields, prev_hash, hash from audit_entry where id = ?")
                .param(last.id()).query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getArray(7).getArray(),
                        rs.getBytes(8), rs.getBytes(9)}).single();
        try {
            asSuperuserWithoutTrigger("delete from audit_entry where id = " + last.id());
            AuditLog.Verification result = audit.verify();
            assertThat(result.ok()).isFalse();
            assertThat(result.brokenAt()).isEqualTo(last.id());
            assertThat(result.problem()).contains("missing");
        } finally {
            db.sql("insert into audit_entry (id, at, actor, action, record_kind, record_id, fields, prev_hash, hash) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)").params(row).update();
        }
        assertThat(audit.verify().ok()).isTrue();
    }

    @Test
    void personChangesAndViewsAreRecordedWithFieldNamesButNoValues() throws Exception {
        String secret = "secret-" + UUID.randomUUID();
        String name = "Audited " + UUID.randomUUID().toString().substring(0, 8);
        mockMvc.perform(post("/persons").with(user("researcher1").roles("RESEARCHER")).with(csrf())
                        .param("names[0].name", name).param("description", secret).param("roles", "witness")
                        .param("confirmNew", "true"))
                .andExpect(status().is3xxRedirection());
        Person person = persons.list(name, 0, 1).items().getFirst();
        assertThat(person.description()).as("lists never open descriptions").isNull();

        mockMvc.perform(get("/persons/" + person.id()).with(user("researcher2").roles("RESEARCHER")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(secret)));
        mockMvc.perform(get("/api/persons/" + person.id()).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(secret)));
        mockMvc.perform(post("/persons/" + person.id()).with(user("researcher1").roles("RESEARCHER")).with(csrf())
                        .param("names[0].name", name).param("description", secret + " and more").param("roles", "witness")
                        .param("version", Integer.toString(person.version())))
                .andExpect(status().is3xxRedirection());

        List<AuditEntry> entries = db.sql("select id from audit_entry where record_kind = 'person' and record_id = ? order by id")
                .param(Long.toString(person.id())).query(Long.class).list().stream()
                .map(id -> audit.search(new AuditLog.Filter(null, "person", null, null), 0, 100000).items().stream()
                        .filter(e -> e.id() == id).findFirst().orElseThrow()).toList();
        assertThat(entries).extracting(AuditEntry::action).containsExactly("create", "view", "view", "update");
        assertThat(entries).extracting(AuditEntry::actor).containsExactly("researcher1", "researcher2", ADMIN, "researcher1");
        assertThat(entries.get(0).fields()).containsExactly("names", "roles", "description");
        assertThat(entries.get(1).fields()).containsExactly("description");
        assertThat(entries.get(3).fields()).containsExactly("description");
        String everything = db.sql("select string_agg(concat_ws('|', actor, action, record_kind, record_id, array_to_string(fields, ',')), ';') from audit_entry")
                .query(String.class).single();
        assertThat(everything).doesNotContain(secret).doesNotContain(name);
        assertThat(audit.verify().ok()).isTrue();
    }

    @Test
    void administratorsBrowseAndFilterTheLogInBothLanguages() throws Exception {
        String actor = "filter-" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(actor, "view", "person", 4242, List.of("description"));
        mockMvc.perform(get("/admin/audit").param("user", actor).with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Audit log")))
                .andExpect(content().string(Matchers.containsString("viewed confidential data")))
                .andExpect(content().string(Matchers.containsString("#4242")));
        mockMvc.perform(get("/admin/audit").param("user", actor).param("kind", "keyring").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No entry matches these filters.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("#4242"))));
        mockMvc.perform(get("/admin/audit").param("user", actor).param("from", "2000-01-01").param("to", "2000-12-31")
                        .with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("#4242"))));
        mockMvc.perform(get("/admin/audit").param("user", actor).locale(Locale.forLanguageTag("ru"))
                        .with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Журнал аудита")))
                .andExpect(content().string(Matchers.containsString("просмотрел(а) конфиденциальные данные")));
    }

    @Test
    void theLogPaginates() throws Exception {
        String actor = "pages-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 30; i++) {
            audit.record(actor, "update", "test", i, List.of());
        }
        mockMvc.perform(get("/admin/audit").param("user", actor).param("page", "2").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Page 2 of 2")));
    }

    @Test
    void onlyAdministratorsSeeTheLog() throws Exception {
        mockMvc.perform(get("/admin/audit").with(user("researcher1").roles("RESEARCHER"))).andExpect(status().isForbidden());
        mockMvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection());
    }

    private void asSuperuserWithoutTrigger(String statement) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            db.sql("alter table audit_entry disable trigger audit_entry_no_update_or_delete").update();
            db.sql(statement).update();
            db.sql("alter table audit_entry enable trigger audit_entry_no_update_or_delete").update();
        });
    }

}
