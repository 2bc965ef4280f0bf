package org.tocsin.cases.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tocsin.database.DemoScripts;

/**
 * On a first start, loads the Joint Mobile Group case (resource {@code demo/jmg-case.sql}) so a
 * new user sees a real case at once. Runs after the administrator bootstrap; {@code tocsin.demo=false}
 * (TOCSIN_DEMO) turns it off. A database that holds any case at all is left alone.
 */
@Component
@Order(10)
class DemoCaseLoader implements ApplicationRunner {

    static final String SCRIPT = "demo/jmg-case.sql";
    private static final Logger log = LoggerFactory.getLogger(DemoCaseLoader.class);

    private final DemoScripts scripts;

    DemoCaseLoader(DemoScripts scripts) {
        this.scripts = scripts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loadIfEmpty()) {
            log.info("Loaded the demo case (set TOCSIN_DEMO=false to start without it)");
        }
    }

    /** Loads the demo case in one transaction if demo data is on and there is no case; true if it did. */
    boolean loadIfEmpty() {
        return scripts.runOnce(SCRIPT, "select exists (select 1 from case_file)", db -> { });
    }
}
