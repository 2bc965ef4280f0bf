package org.tocsin.database;

import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the SQL scripts of the demo data ({@code src/main/resources/demo/}) on a first start:
 * only when demo data is on ({@code TOCSIN_DEMO}, default true), only once, each script whole
 * or not at all, and only by one of several instances starting together.
 */
@Component
public class DemoScripts {

    private final JdbcClient db;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    public DemoScripts(JdbcClient db, DataSource dataSource, PlatformTransactionManager transactions,
                       @Value("${tocsin.demo:true}") boolean enabled) {
        this.db = db;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = enabled;
    }

    /**
     * Runs {@code script} (a class-path resource) in one transaction unless demo data is off or
     * {@code skipWhen}, a query for one boolean, says the data is there already. {@code after}
     * runs in the same transaction, e.g. to report what the script could not link.
     *
     * @return whether the script ran
     */
    public boolean runOnce(String script, String skipWhen, Consumer<JdbcClient> after) {
        if (!enabled) {
            return false;
        }
        return Boolean.TRUE.equals(transaction.execute(status -> {
            // Several instances may start at once on one database: the lock lets only one of them load.
            db.sql("select pg_advisory_xact_lock(hashtext(?))").param(script).query().singleValue();
            if (db.sql(skipWhen).query(Boolean.class).single()) {
                return false;
            }
            ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ClassPathResource(script));
            populator.setSqlScriptEncoding("UTF-8");
            // The populator takes the connection bound to this transaction, so the script commits or fails whole.
            DatabasePopulatorUtils.execute(populator, dataSource);
            after.accept(db);
            return true;
        }));
    }
}
