package org.tocsin.cases.demo;

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
 * On a first start, loads the Joint Mobile Group case (resource {@code demo/jmg-case.sql}) so a
 * new user sees a real case at once. Runs after the administrator bootstrap; {@code tocsin.demo=false}
 * (TOCSIN_DEMO) turns it off. A database that holds any case at all is left alone.
 */
@Component
@Order(10)
class DemoCaseLoader implements ApplicationRunner {

    static final Resource SCRIPT = new ClassPathResource("demo/jmg-case.sql");
    private static final Logger log = LoggerFactory.getLogger(DemoCaseLoader.class);

    private final JdbcClient db;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    DemoCaseLoader(JdbcClient db, DataSource dataSource, PlatformTransactionManager transactions,
                   @Value("${tocsin.demo:true}") boolean enabled) {
        this.db = db;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loadIfEmpty()) {
            log.info("Loaded the demo case (set TOCSIN_DEMO=false to start without it)");
        }
    }

    /** Loads the demo case in one transaction if demo data is on and there is no case; true if it did. */
    boolean loadIfEmpty() {
        if (!enabled) {
            return false;
        }
        return Boolean.TRUE.equals(transaction.execute(status -> {
            // Several instances may start at once on one database: only one of them loads.
            db.sql("select pg_advisory_xact_lock(hashtext('tocsin.demo-case'))").query().singleValue();
            if (db.sql("select exists (select 1 from case_file)").query(Boolean.class).single()) {
                return false;
            }
            ResourceDatabasePopulator script = new ResourceDatabasePopulator(SCRIPT);
            script.setSqlScriptEncoding("UTF-8");
            // The populator takes the connection bound to this transaction, so the script commits or fails whole.
            DatabasePopulatorUtils.execute(script, dataSource);
            return true;
        }));
    }
}
