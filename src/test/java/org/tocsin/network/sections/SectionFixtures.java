package org.tocsin.network.sections;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tocsin.security.UserAccounts;

/** Sections, coordinators and local targets of the tests' own, mostly with plain SQL. */
final class SectionFixtures {

    static final String PASSWORD = "coordinator-test-password";

    final JdbcClient db;
    final UserAccounts accounts;
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    SectionFixtures(JdbcClient db, UserAccounts accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    /** A coordinator account; its user name is returned. */
    String coordinator(String name) {
        String username = name + "-" + tag;
        accounts.create(username, name + " " + tag, UserAccounts.Role.COORDINATOR, PASSWORD);
        return username;
    }

    long userId(String username) {
        return accounts.find(username).orElseThrow().id();
    }

    long section(String name, String country, List<String> languages, String... coordinators) {
        long id = db.sql("insert into section (name, country_code, languages) values (?, ?, ?) returning id")
                .params(name + " " + tag, country, languages.toArray(String[]::new)).query(Long.class).single();
        for (String c : coordinators) {
            db.sql("insert into section_coordinator (section_id, user_id) values (?, ?)").params(id, userId(c)).update();
        }
        return id;
    }

    /** An embassy in the section's own list, with a salutation in each of the given languages. */
    long embassy(long sectionId, String street) {
        long id = db.sql("""
                        insert into target (name, organisation, address_lines, country, section_id)
                        values (?, 'Embassy of Testland', ?, 'Hostland', ?) returning id""")
                .params("Ambassador of Testland " + tag, new String[] {street, "0000 Capital"}, sectionId)
                .query(Long.class).single();
        db.sql("insert into target_salutation (target_id, language, salutation) values (?, 'en', 'Your Excellency'), (?, 'ru', 'Ваше превосходительство')")
                .params(id, id).update();
        return id;
    }

    /** Runs the following service calls as this user with this role (ADMINISTRATOR, RESEARCHER, COORDINATOR). */
    static void signIn(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
