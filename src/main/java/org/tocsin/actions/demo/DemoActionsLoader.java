package org.tocsin.actions.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tocsin.database.DemoScripts;

/**
 * On a first start, adds the demo urgent actions (resource {@code demo/jmg-actions.sql}) to the
 * JMG demo case. Runs after the demo case (order 10) and the demo directory of authorities
 * (order 20); a target the directory lacks is skipped with a warning. Off with
 * {@code tocsin.demo=false}; a database that holds any urgent action is left alone.
 */
@Component
@Order(30)
class DemoActionsLoader implements ApplicationRunner {

    static final String SCRIPT = "demo/jmg-actions.sql";
    static final String THEMES_SCRIPT = "demo/jmg-themes.sql";
    static final String CASE_TITLE = "Joint Mobile Group and Igor Kalyapin";
    private static final Logger log = LoggerFactory.getLogger(DemoActionsLoader.class);

    private final DemoScripts scripts;

    DemoActionsLoader(DemoScripts scripts) {
        this.scripts = scripts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loadIfEmpty()) {
            log.info("Loaded the demo urgent actions (set TOCSIN_DEMO=false to start without them)");
        }
        if (themeIfBare()) {
            log.info("Gave the demo urgent actions their themes");
        }
    }

    /** Gives the demo UAs their themes, also where they were loaded before UAs had themes; once. */
    boolean themeIfBare() {
        String skipWhen = "select not exists (select 1 from urgent_action a join case_file c on c.id = a.case_id"
                + " where c.title = '" + CASE_TITLE.replace("'", "''") + "' and a.themes = '{}'"
                + " and (a.code_base in ('UA 315/14', 'UA 125/15', 'RUS 004 / 1214 / OBS 093') "
                + " or (a.code_scheme = 'none' and a.title = 'Rights defenders at risk of further attacks')))";
        return scripts.runOnce(THEMES_SCRIPT, skipWhen, db -> { });
    }

    /** Loads the demo UAs in one transaction if demo data is on, the JMG case exists and no UA does. */
    boolean loadIfEmpty() {
        String skipWhen = "select exists (select 1 from urgent_action) or not exists (select 1 from case_file where title = '"
                + CASE_TITLE.replace("'", "''") + "')";
        return scripts.runOnce(SCRIPT, skipWhen, db -> {
            // The script lists, in a table dropped at commit, the targets the directory lacked.
            List<String> missing = db.sql("select ua || ': ' || surname from demo_action_missing order by ua, surname")
                    .query(String.class).list();
            if (!missing.isEmpty()) {
                log.warn("Demo urgent actions: {} targets not in the directory of authorities, skipped: {}",
                        missing.size(), missing);
            }
        });
    }
}
