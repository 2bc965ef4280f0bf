package org.tocsin.security.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.tocsin.database.Job;

/**
 * Scheduled backups ({@code TOCSIN_BACKUP_SCHEDULE}, a cron expression; empty: none) to
 * {@code TOCSIN_BACKUP_TARGET}, keeping {@code TOCSIN_BACKUP_KEEP} archives there. A recurring
 * job of the {@link org.tocsin.database.JobQueue}: one instance runs each backup, a failed one is
 * retried and a run missed while the service was down happens at start. Only the serving service
 * registers it: commands such as {@code tocsin keys} never start a backup.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnExpression("!'${tocsin.backup.schedule:${TOCSIN_BACKUP_SCHEDULE:}}'.isBlank()")
class BackupSchedule implements Job {

    static final String KIND = "backup";
    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final Backups backups;
    private final String cron;
    private final String target;
    private final int keep;

    BackupSchedule(Backups backups,
                   @Value("${tocsin.backup.schedule:${TOCSIN_BACKUP_SCHEDULE:}}") String cron, @Value("${tocsin.backup.target:${TOCSIN_BACKUP_TARGET:}}") String target,
                   @Value("${tocsin.backup.keep:${TOCSIN_BACKUP_KEEP:0}}") int keep) {
        this.backups = backups;
        this.cron = cron.strip();
        this.target = target.strip();
        this.keep = keep;
        if (!CronExpression.isValidExpression(this.cron)) {
            throw new IllegalStateException("TOCSIN_BACKUP_SCHEDULE is not a cron expression (second minute hour day month weekday, "
                    + "e.g. '0 0 3 * * *' for 03:00 every day): " + this.cron);
        }
        if (this.target.isEmpty()) {
            throw new IllegalStateException("TOCSIN_BACKUP_SCHEDULE is set but TOCSIN_BACKUP_TARGET is not");
        }
        log.info("Backups scheduled ({}), keeping {} archives", this.cron, keep <= 0 ? "all" : keep);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String cron() {
        return cron;
    }

    /** A failure is recorded in backup_run by Backups and thrown on, so that the queue retries it. */
    @Override
    public void run() {
        backups.backup(target, keep, Backups.Trigger.SCHEDULE);
    }
}
