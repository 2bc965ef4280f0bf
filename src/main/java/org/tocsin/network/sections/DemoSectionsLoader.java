package org.tocsin.network.sections;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tocsin.database.DemoScripts;

/**
 * On a first start, adds the demo sections (resource {@code demo/sections.sql}): Norway and a
 * Russian-language section in Latvia, each with the Russian embassy in its country and a
 * published localisation of a demo UA. Runs after the demo urgent actions (order 30). Off with
 * {@code tocsin.demo=false}; a database that holds any section is left alone.
 */
@Component
@Order(40)
class DemoSectionsLoader implements ApplicationRunner {

    static final String SCRIPT = "demo/sections.sql";
    private static final Logger log = LoggerFactory.getLogger(DemoSectionsLoader.class);

    private final DemoScripts scripts;

    DemoSectionsLoader(DemoScripts scripts) {
        this.scripts = scripts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loadIfEmpty()) {
            log.info("Loaded the demo sections");
        }
    }

    boolean loadIfEmpty() {
        return scripts.runOnce(SCRIPT, "select exists (select 1 from section)", db -> { });
    }
}
