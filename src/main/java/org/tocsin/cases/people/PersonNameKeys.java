package org.tocsin.cases.people;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code person_name_key} filled: one row of matching and search keys per distinct name
 * text. Names written by other code (the demo loader, imports, plain SQL) get their keys on
 * the next read, so search and matching never miss them.
 */
@Component
class PersonNameKeys {

    private final JdbcClient db;

    PersonNameKeys(JdbcClient db) {
        this.db = db;
    }

    void ensureAll() {
        store(db.sql("""
                        select distinct pn.name from person_name pn
                        where not exists (select 1 from person_name_key k where k.name = pn.name)""")
                .query(String.class).list());
    }

    void store(Collection<String> names) {
        for (String name : names) {
            PersonNameMatcher.Keys keys = PersonNameMatcher.keys(name);
            db.sql("""
                            insert into person_name_key (name, folded, latin, tokens, sounds, prefixes)
                            values (:name, :folded, :latin, cast(:tokens as text[]), cast(:sounds as text[]),
                                    cast(:prefixes as text[]))
                            on conflict (name) do nothing""")
                    .param("name", name).param("folded", keys.folded()).param("latin", keys.latin())
                    .param("tokens", array(keys.tokens())).param("sounds", array(keys.sounds()))
                    .param("prefixes", array(keys.prefixes()))
                    .update();
        }
    }

    static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }
}
