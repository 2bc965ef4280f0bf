package org.tocsin.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.actions.ActionForm.PersonEntry;

/** A case of the tests' own with two persons at risk and two targets, built with plain SQL. */
final class Fixtures {

    final JdbcClient db;
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final long caseId;
    final long anna;
    final long boris;
    final long prosecutor;
    final long formerMinister;

    Fixtures(JdbcClient db) {
        this.db = db;
        caseId = id("insert into case_file (title, country) values (?, 'Testland') returning id", "UA test case " + tag);
        anna = person("Anna Testova " + tag, "f");
        boris = person("Boris Testov " + tag, "m");
        prosecutor = id("""
                insert into target (name, title, organisation, address_lines, country, fax, email)
                values (?, 'Prosecutor General', 'Prosecutor''s Office', '{"1 Main Street","Capital 1000"}', 'Testland',
                        '{"+1 555 0100"}', '{"prosecutor@example.org"}') returning id""", "Pavel Prosecutor " + tag);
        db.sql("insert into target_salutation (target_id, language, salutation) values (?, 'en', 'Dear Prosecutor General'), (?, 'ru', 'Уважаемый Генеральный прокурор')")
                .params(prosecutor, prosecutor).update();
        formerMinister = id("insert into target (name, title, term_start, term_end) values (?, 'Minister', date '2010-01-01', date '2015-01-01') returning id",
                "Mira Formerminister " + tag);
    }

    long person(String name, String gender) {
        long id = id("insert into person (gender) values (?) returning id", gender);
        db.sql("insert into person_name (person_id, name, script, position) values (?, ?, 'Latn', 0)").params(id, name).update();
        db.sql("insert into case_person (case_id, person_id, at_risk) values (?, ?, true)").params(caseId, id).update();
        return id;
    }

    long id(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }

    /** A complete draft: issuing it needs nothing more. */
    ActionForm complete(String scheme) {
        LocalDate today = LocalDate.now();
        return new ActionForm(caseId, "Defenders at risk " + tag, scheme, "", "", "observatory".equals(scheme) ? "TST" : "",
                "Test issuer", "", "day", today.plusDays(30).toString(), "Testland", "What happened to them.",
                "Background.", List.of("Urge an investigation.", "", "Urge protection."), List.of("ru", "own"),
                List.of(new PersonEntry(anna, "f"), new PersonEntry(boris, "")), List.of(prosecutor), true,
                "Internal only " + tag, null);
    }

    /** A draft with nothing that issuing needs: no person, action, target or deadline. */
    ActionForm bare() {
        return new ActionForm(caseId, "Bare draft " + tag, "amnesty", "", "", "", "", "", "day", "", "", "", "",
                List.of(), List.of(), List.of(), List.of(), false, "", null);
    }

    int count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Integer.class).single();
    }
}
