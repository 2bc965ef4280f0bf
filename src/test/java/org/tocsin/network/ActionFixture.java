package org.tocsin.network;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.actions.ActionForm;
import org.tocsin.actions.ActionForm.PersonEntry;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;

/** A case with a person at risk and a target, and UAs issued on it through the actions service. */
public final class ActionFixture {

    private final JdbcClient db;
    private final UrgentActions actions;
    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final long caseId;
    private final long person;
    private final long target;

    public ActionFixture(JdbcClient db, UrgentActions actions) {
        this.db = db;
        this.actions = actions;
        caseId = id("insert into case_file (title, country) values (?, 'Testland') returning id", "Network test case " + tag);
        person = id("insert into person (gender) values ('f') returning id");
        db.sql("insert into person_name (person_id, name, script, position) values (?, ?, 'Latn', 0)").params(person, "Asya Testova " + tag).update();
        db.sql("insert into case_person (case_id, person_id, at_risk) values (?, ?, true)").params(caseId, person).update();
        target = id("insert into target (name, title) values (?, 'Prosecutor General') returning id", "Pavel Prosecutor " + tag);
    }

    /** Issues an original about {@code countryCode} (ISO alpha-3), deadline in {@code days} days. */
    public UrgentAction issue(String countryCode, int days) {
        return issue(countryCode, days, List.of());
    }

    /** Issues an original about {@code countryCode} with these themes. */
    public UrgentAction issue(String countryCode, int days, List<String> themes) {
        ActionForm form = new ActionForm(caseId, "Defender at risk " + tag, "observatory", "", "", countryCode, "Test issuer", "",
                "day", LocalDate.now().plusDays(days).toString(), "Testland", "She was threatened after testifying.", "Background.",
                List.of("Urge protection for her."), List.of("en", "ru"), List.of(new PersonEntry(person, "f")), List.of(target),
                false, "", null, themes);
        UrgentAction draft = actions.create(form);
        return actions.issue(draft.id(), draft.version(), "");
    }

    /** Issues the next follow-up of {@code parentId}. */
    public UrgentAction followUp(long parentId) {
        UrgentAction draft = actions.followUp(parentId, "further_information");
        db.sql("update urgent_action set deadline = ?, summary = 'She was detained.' where id = ?")
                .params(LocalDate.now().plusDays(20), draft.id()).update();
        return actions.issue(draft.id(), actions.get(draft.id()).version(), "");
    }

    private long id(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }
}
