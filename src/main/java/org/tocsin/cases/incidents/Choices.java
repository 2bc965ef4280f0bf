package org.tocsin.cases.incidents;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.cases.CaseAccess;
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
    private final CaseAccess access;

    Choices(JdbcClient db, CaseAccess access) {
        this.db = db;
        this.access = access;
    }

    List<Option> persons() {
        return db.sql("""
                        select p.id, coalesce((select n.name from person_name n where n.person_id = p.id
                                               order by n.position, n.id limit 1), '#' || p.id) as name
                        from person p where""" + " " + access.visiblePerson("p.id") + " order by name, p.id limit :max")
                .param("max", MAX_OPTIONS).query(Option.class).list();
    }

    List<Option> organisations() {
        return db.sql("select id, name from organisation order by name, id limit :max")
                .param("max", MAX_OPTIONS).query(Option.class).list();
    }

    boolean personExists(long id) {
        return exists("person", id, access.visiblePerson("t.id"));
    }

    boolean organisationExists(long id) {
        return exists("organisation", id, "true");
    }

    /** Whether the source exists and the viewer may see it: the same answer for a hidden one as for none. */
    boolean sourceExists(long id) {
        return exists("source", id, access.visibleSource("t.id"));
    }

    boolean caseExists(long id) {
        return exists("case_file", id, access.visibleCase("t.id"));
    }

    boolean incidentExists(long id) {
        return exists("incident", id, access.visibleCase("t.case_id"));
    }

    private boolean exists(String table, long id, String visible) {
        // table is one of the constants above, never user input
        return db.sql("select exists (select 1 from " + table + " t where t.id = ? and " + visible + ")").param(id)
                .query(Boolean.class).single();
    }
}
