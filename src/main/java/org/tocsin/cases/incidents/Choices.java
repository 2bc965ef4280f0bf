package org.tocsin.cases.incidents;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The persons and organisations that forms of this package offer in selects, and the checks
 * that an id given in input exists. Reads the people tables directly and only for this: the
 * people pages themselves belong to another part of the case file.
 */
@Component
class Choices {

    /** An id and the name a select shows for it. */
    record Option(long id, String name) {
    }

    private static final int MAX_OPTIONS = 2000;

    private final JdbcClient db;

    Choices(JdbcClient db) {
        this.db = db;
    }

    List<Option> persons() {
        return db.sql("""
                        select p.id, coalesce((select n.name from person_name n where n.person_id = p.id
                                               order by n.position, n.id limit 1), '#' || p.id) as name
                        from person p order by name, p.id limit :max""")
                .param("max", MAX_OPTIONS).query(Option.class).list();
    }

    List<Option> organisations() {
        return db.sql("select id, name from organisation order by name, id limit :max")
                .param("max", MAX_OPTIONS).query(Option.class).list();
    }

    boolean personExists(long id) {
        return exists("person", id);
    }

    boolean organisationExists(long id) {
        return exists("organisation", id);
    }

    boolean sourceExists(long id) {
        return exists("source", id);
    }

    boolean caseExists(long id) {
        return exists("case_file", id);
    }

    boolean incidentExists(long id) {
        return exists("incident", id);
    }

    private boolean exists(String table, long id) {
        // table is one of the constants above, never user input
        return db.sql("select exists (select 1 from " + table + " where id = ?)").param(id)
                .query(Boolean.class).single();
    }
}
