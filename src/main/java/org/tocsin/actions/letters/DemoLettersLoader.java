package org.tocsin.actions.letters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tocsin.database.DemoScripts;

/**
 * On a first start, adds English and Russian model letters to the demo urgent actions
 * (resource {@code demo/jmg-letters.sql}), after the demo actions (order 30). Off with
 * {@code tocsin.demo=false}; a database that holds any model letter, or no demo UA, is left alone.
 */
@Component
@Order(40)
class DemoLettersLoader implements ApplicationRunner {

    static final String SCRIPT = "demo/jmg-letters.sql";
    private static final Logger log = LoggerFactory.getLogger(DemoLettersLoader.class);

    private final DemoScripts scripts;

    DemoLettersLoader(DemoScripts scripts) {
        this.scripts = scripts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loadIfEmpty()) {
            log.info("Loaded the demo model letters");
        }
    }

    boolean loadIfEmpty() {
        return scripts.runOnce(SCRIPT, """
                select exists (select 1 from model_letter)
                    or not exists (select 1 from urgent_action a join case_file c on c.id = a.case_id
                                   where c.title = 'Joint Mobile Group and Igor Kalyapin')""", db -> { });
    }
}
