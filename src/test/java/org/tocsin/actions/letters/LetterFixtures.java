package org.tocsin.actions.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.actions.ActionForm;
import org.tocsin.actions.ActionForm.PersonEntry;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;

/** A case of the tests' own with two persons at risk and two targets (one with e-mail), and UAs on it. */
final class LetterFixtures {

    final JdbcClient db;
    final UrgentActions actions;
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final long caseId;
    final long anna;
    final long boris;
    final long prosecutor;
    final long minister;

    LetterFixtures(JdbcClient db, UrgentActions actions) {
        this.db = db;
        this.actions = actions;
        caseId = id("insert into case_file (title, country) values (?, 'Testland') returning id", "Letters case " + tag);
        anna = person("Anna Testova " + tag, "f");
        boris = person("Boris Testov " + tag, "m");
        prosecutor = id("""
                insert into target (name, title, organisation, address_lines, country, fax, email)
                values (?, 'Prosecutor General', 'Prosecutor''s Office', '{"1 Main Street","Capital 1000"}', 'Testland',
                        '{"+1 555 0100"}', '{"prosecutor@example.org"}') returning id""", "Pavel Prosecutor " + tag);
        db.sql("insert into target_salutation (target_id, language, salutation) values (?, 'en', 'Dear Prosecutor General'), (?, 'ru', 'Уважаемый Генеральный прокурор')")
                .params(prosecutor, prosecutor).update();
        minister = id("insert into target (name, title, address_lines, fax) values (?, 'Minister', '{\"2 Side Street\"}', '{\"+1 555 0200\"}') returning id",
                "Mira Minister " + tag);
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

    UrgentAction draft() {
        LocalDate today = LocalDate.now();
        return actions.create(new ActionForm(caseId, "Defenders at risk " + tag, "amnesty", "", "", "", "Test issuer", "",
                "day", today.plusDays(30).toString(), "Testland", "What happened to them.", "Background.",
                List.of("Urge an investigation."), List.of("ru", "own"),
                List.of(new PersonEntry(anna, "f"), new PersonEntry(boris, "m")), List.of(prosecutor, minister), true,
                "Internal only " + tag, null));
    }

    UrgentAction issued() {
        UrgentAction draft = draft();
        return actions.issue(draft.id(), draft.version(), null);
    }

    int count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Integer.class).single();
    }
}
