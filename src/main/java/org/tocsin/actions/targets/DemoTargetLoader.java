package org.tocsin.actions.targets;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a first start, fills the directory with the authorities the JMG case's urgent actions
 * wrote to (resource {@code demo/targets.sql}), after the demo case (order 10) and before
 * anything that links actions to them. {@code tocsin.demo=false} turns it off; a directory
 * that holds any target is left alone.
 */
@Component
@Order(20)
class DemoTargetLoader implements ApplicationRunner {

    static final Resource SCRIPT = new ClassPathResource("demo/targets.sql");
    private static final Logger log = LoggerFactory.getLogger(DemoTargetLoader.class);

    private final JdbcClient db;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    DemoTargetLoader(JdbcClient db, DataSource dataSource, PlatformTransactionManager transactions,
                     @Value("${tocsin.demo:true}") boolean enabled) {
        this.db = db;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loadIfEmpty()) {
            log.info("Loaded the demo directory of authorities");
        }
    }

    /** Loads the demo targets in one transaction if demo data is on and the directory is empty; true if it did. */
    boolean loadIfEmpty() {
        if (!enabled) {
            return false;
        }
        return Boolean.TRUE.equals(transaction.execute(status -> {
            // Several instances may start at once on one database: only one of them loads.
            db.sql("select pg_advisory_xact_lock(hashtext('tocsin.demo-targets'))").query().singleValue();
            if (db.sql("select exists (select 1 from target)").query(Boolean.class).single()) {
                return false;
            }
            ResourceDatabasePopulator script = new ResourceDatabasePopulator(SCRIPT);
            script.setSqlScriptEncoding("UTF-8");
            DatabasePopulatorUtils.execute(script, dataSource);
            return true;
        }));
    }
}
