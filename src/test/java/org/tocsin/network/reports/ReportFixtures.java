package org.tocsin.network.reports;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A case of the tests' own with two targets, issued UAs and sections, built with plain SQL. */
final class ReportFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final JdbcClient db;
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final long caseId;
    final long prosecutor;
    final long minister;
    final long stranger;

    ReportFixtures(JdbcClient db) {
        this.db = db;
        caseId = id("insert into case_file (title, country) values (?, 'Testland') returning id", "Reports case " + tag);
        prosecutor = id("insert into target (name, title) values (?, 'Prosecutor General') returning id", "Pavel Prosecutor " + tag);
        minister = id("insert into target (name, title) values (?, 'Minister') returning id", "Mira Minister " + tag);
        stranger = id("insert into target (name, title) values (?, 'Mayor') returning id", "Sam Stranger " + tag);
    }

    /** An issued original with its own code, writing to the prosecutor and the minister. */
    long issued(LocalDate issuedOn) {
        String code = "TST " + tag + "/" + SEQUENCE.incrementAndGet();
        long id = id("""
                insert into urgent_action (case_id, code_scheme, code_base, title, issued_on, deadline, status)
                values (?, 'external', ?, ?, ?, ?, 'issued') returning id""",
                caseId, code, "Defenders at risk " + tag, issuedOn, issuedOn.plusDays(40));
        targets(id);
        return id;
    }

    long issued() {
        return issued(LocalDate.now().minusDays(10));
    }

    /** A follow-up in {@code root}'s chain, with the same targets. */
    long followUp(long root, int sequence, String kind, String status) {
        long id = id("""
                insert into urgent_action (case_id, parent_id, root_id, sequence, kind, code_scheme, code_base, title,
                    issued_on, status)
                select case_id, ?, ?, ?, ?, code_scheme, code_base, title || ' (follow-up)',
                       case when ? = 'draft' then null else current_date - 2 end, ?
                from urgent_action where id = ? returning id""",
                root, root, sequence, kind, status, status, root);
        targets(id);
        return id;
    }

    long draft() {
        return id("insert into urgent_action (case_id, code_scheme, title) values (?, 'none', ?) returning id",
                caseId, "Draft " + tag);
    }

    void close(long id, LocalDate closedOn) {
        db.sql("""
                update urgent_action set status = 'closed', outcome_response = 'no_response', outcome_impact = 'unknown',
                    closed_on = ? where id = ?""").params(closedOn, id).update();
    }

    String code(long id) {
        return db.sql("select code_base from urgent_action where id = ?").param(id).query(String.class).single();
    }

    long section(String name, String country) {
        return id("insert into section (name, country_code) values (?, ?) returning id", name + " " + tag, country);
    }

    private void targets(long id) {
        db.sql("insert into urgent_action_target (action_id, target_id, position) values (?, ?, 0), (?, ?, 1)")
                .params(id, prosecutor, id, minister).update();
    }

    int reports(long actionId) {
        return count("select count(*) from action_report where action_id = ?", actionId);
    }

    int count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Integer.class).single();
    }

    long id(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }
}
