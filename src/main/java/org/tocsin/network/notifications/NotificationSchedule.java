package org.tocsin.network.notifications;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tocsin.database.Job;

/**
 * The weekly digest ({@code tocsin.notifications.digest-cron}, Monday 08:00 by default) and the
 * daily deadline reminders ({@code tocsin.notifications.reminder-cron}, 09:00;
 * {@code tocsin.network.reminder-days} before the deadline, 3 by default), as recurring jobs of
 * the {@link org.tocsin.database.JobQueue}: one instance runs each, and the outbox's unique key
 * makes a repeated run queue nothing new. Both only queue rows: the mail worker sends them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class NotificationSchedule {

    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final MailWorker worker;
    private final int reminderDays;

    NotificationSchedule(JdbcClient db, PlatformTransactionManager transactions, MailWorker worker,
                         @Value("${tocsin.network.reminder-days:3}") int reminderDays) {
        this.db = db;
        this.transaction = new TransactionTemplate(transactions);
        this.worker = worker;
        this.reminderDays = reminderDays;
    }

    @Bean
    Job weeklyDigest(@Value("${tocsin.notifications.digest-cron:0 0 8 * * MON}") String cron) {
        return Job.recurring("notifications.digest", cron, () -> queueDigests(LocalDate.now()));
    }

    @Bean
    Job dailyReminders(@Value("${tocsin.notifications.reminder-cron:0 0 9 * * *}") String cron) {
        return Job.recurring("notifications.reminders", cron, this::queueReminders);
    }

    /** One digest per weekly member with anything held, named by the ISO week; returns how many. */
    int queueDigests(LocalDate day) {
        String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        Integer queued = transaction.execute(status -> {
            int made = db.sql("""
                            insert into notification (member_id, kind, digest_key)
                            select distinct h.member_id, 'digest', :week from notification h
                            join member m on m.id = h.member_id and m.status = 'active'
                            where h.status = 'held'
                            on conflict do nothing""")
                    .param("week", week).update();
            db.sql("""
                    update notification h set status = 'digested', digest_id = d.id
                    from notification d
                    where h.status = 'held' and d.member_id = h.member_id and d.kind = 'digest'
                      and d.digest_key = :week and d.status = 'queued'""")
                    .param("week", week).update();
            db.sql("""
                    update member set last_digest_at = now()
                    where id in (select member_id from notification where kind = 'digest' and digest_key = :week)""")
                    .param("week", week).update();
            return made;
        });
        worker.wake();
        return queued == null ? 0 : queued;
    }

    /**
     * Members who were sent a UA still issued, whose deadline is within the reminder days, and who
     * reported no action on its chain: one reminder each (the outbox's key keeps it to one).
     */
    int queueReminders() {
        Integer queued = transaction.execute(status -> db.sql("""
                            insert into notification (member_id, kind, action_id)
                            select distinct n.member_id, 'reminder', u.id
                            from urgent_action u
                            join urgent_action c on coalesce(c.root_id, c.id) = coalesce(u.root_id, u.id)
                            join notification n on n.action_id = c.id and n.kind = 'action' and n.status in ('sent', 'digested')
                            join member m on m.id = n.member_id and m.status = 'active'
                            where u.status = 'issued' and u.deadline between current_date and current_date + :days
                              and not exists (select 1 from action_report r join urgent_action rc on rc.id = r.action_id
                                              where r.member_id = n.member_id
                                                and coalesce(rc.root_id, rc.id) = coalesce(u.root_id, u.id))
                            on conflict do nothing""")
                    .param("days", reminderDays).update());
        worker.wake();
        return queued == null ? 0 : queued;
    }
}
