package org.tocsin.security.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronExpression;

/**
 * Scheduled backups ({@code TOCSIN_BACKUP_SCHEDULE}, a cron expression; empty: none) to
 * {@code TOCSIN_BACKUP_TARGET}, keeping {@code TOCSIN_BACKUP_KEEP} archives there. Every
 * instance of the service has the timer; a PostgreSQL advisory lock lets one of them run it at a
 * time, and a run that another instance started a moment ago is not repeated. Only the serving
 * service schedules: commands such as {@code tocsin keys} never start a backup.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class BackupSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);
    // Instances' clocks and timers differ by a little: a run this recent counts as this one.
    private static final int SAME_RUN_SECONDS = 60;

    private final Backups backups;
    private final DataSource dataSource;
    private final JdbcClient db;
    private final String cron;
    private final String target;
    private final int keep;

    BackupSchedule(Backups backups, DataSource dataSource, JdbcClient db,
                   @Value("${tocsin.backup.schedule:${TOCSIN_BACKUP_SCHEDULE:}}") String cron, @Value("${tocsin.backup.target:${TOCSIN_BACKUP_TARGET:}}") String target,
                   @Value("${tocsin.backup.keep:${TOCSIN_BACKUP_KEEP:0}}") int keep) {
        this.backups = backups;
        this.dataSource = dataSource;
        this.db = db;
        this.cron = cron.strip();
        this.target = target.strip();
        this.keep = keep;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (cron.isEmpty()) {
            return;
        }
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalStateException("TOCSIN_BACKUP_SCHEDULE is not a cron expression (second minute hour day month weekday, "
                    + "e.g. '0 0 3 * * *' for 03:00 every day): " + cron);
        }
        if (target.isEmpty()) {
            throw new IllegalStateException("TOCSIN_BACKUP_SCHEDULE is set but TOCSIN_BACKUP_TARGET is not");
        }
        registrar.addCronTask(this::runOnce, cron);
        log.info("Backups scheduled ({}), keeping {} archives", cron, keep <= 0 ? "all" : keep);
    }

    /** Runs a backup unless another instance is running one or has just done so. True when this call ran it. */
    boolean runOnce() {
        try (Connection connection = dataSource.getConnection()) {
            if (!lock(connection, "pg_try_advisory_lock")) {
                return false;
            }
            try {
                boolean recent = db.sql("select exists (select 1 from backup_run where trigger = 'schedule' "
                        + "and started_at > now() - make_interval(secs => ?))").param(SAME_RUN_SECONDS).query(Boolean.class).single();
                if (recent) {
                    return false;
                }
                backups.backup(target, keep, Backups.Trigger.SCHEDULE);
                return true;
            } finally {
                lock(connection, "pg_advisory_unlock");
            }
        } catch (SQLException | RuntimeException e) {
            // Recorded in backup_run by Backups; the timer must live on for the next run.
            log.error("Scheduled backup failed: {}", e.getMessage());
            return false;
        }
    }

    private static boolean lock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(hashtext('tocsin.backup'))");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getBoolean(1);
        }
    }
}
