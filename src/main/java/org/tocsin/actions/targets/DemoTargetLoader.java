package org.tocsin.actions.targets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tocsin.database.DemoScripts;

/**
 * On a first start, fills the directory with the authorities the JMG case's urgent actions
 * wrote to (resource {@code demo/targets.sql}), after the demo case (order 10) and before
 * anything that links actions to them. {@code tocsin.demo=false} turns it off; a directory
 * that holds any target is left alone.
 */
@Component
@Order(20)
class DemoTargetLoader implements ApplicationRunner {

    static final String SCRIPT = "demo/targets.sql";
    private static final Logger log = LoggerFactory.getLogger(DemoTargetLoader.class);

    private final DemoScripts scripts;

    DemoTargetLoader(DemoScripts scripts) {
        this.scripts = scripts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loadIfEmpty()) {
            log.info("Loaded the demo directory of authorities");
        }
    }

    /** Loads the demo targets in one transaction if demo data is on and the directory is empty; true if it did. */
    boolean loadIfEmpty() {
        return scripts.runOnce(SCRIPT, "select exists (select 1 from target)", db -> { });
    }
}
