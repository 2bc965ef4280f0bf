package org.tocsin.actions.demo;

import java.util.List;
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
 * On a first start, adds the demo urgent actions (resource {@code demo/jmg-actions.sql}) to the
 * JMG demo case. Runs after the demo case (order 10) and the demo directory of authorities
 * (order 20); a target the directory lacks is skipped with a warning. Off with
 * {@code tocsin.demo=false}; a database that holds any urgent action is left alone.
 */
@Component
@Order(30)
class DemoActionsLoader implements ApplicationRunner {

    static final Resource SCRIPT = new ClassPathResource("demo/jmg-actions.sql");
    static final String CASE_TITLE = "Joint Mobile Group and Igor Kalyapin";
    private static final Logger log = LoggerFactory.getLogger(DemoActionsLoader.class);

    private final JdbcClient db;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    DemoActionsLoader(JdbcClient db, DataSource dataSource, PlatformTransactionManager transactions,
                      @Value("${tocsin.demo:true}") boolean enabled) {
        this.db = db;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loadIfEmpty()) {
            log.info("Loaded the demo urgent actions (set TOCSIN_DEMO=false to start without them)");
        }
    }

    /** Loads the demo UAs in one transaction if demo data is on, the JMG case exists and no UA does. */
    boolean loadIfEmpty() {
        if (!enabled) {
            return false;
        }
        return Boolean.TRUE.equals(transaction.execute(status -> {
            db.sql("select pg_advisory_xact_lock(hashtext('tocsin.demo-actions'))").query().singleValue();
            if (db.sql("select exists (select 1 from urgent_action)").query(Boolean.class).single()) {
                return false;
            }
            if (!db.sql("select exists (select 1 from case_file where title = ?)").param(CASE_TITLE)
                    .query(Boolean.class).single()) {
                log.warn("Demo urgent actions not loaded: the demo case is not there");
                return false;
            }
            ResourceDatabasePopulator script = new ResourceDatabasePopulator(SCRIPT);
            script.setSqlScriptEncoding("UTF-8");
            DatabasePopulatorUtils.execute(script, dataSource);
            List<String> missing = db.sql("select ua || ': ' || surname from demo_action_missing order by ua, surname")
                    .query(String.class).list();
            if (!missing.isEmpty()) {
                log.warn("Demo urgent actions: {} targets not in the directory of authorities, skipped: {}",
                        missing.size(), missing);
            }
            return true;
        }));
    }
}
