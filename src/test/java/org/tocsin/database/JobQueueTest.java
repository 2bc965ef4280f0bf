package org.tocsin.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.transaction.PlatformTransactionManager;
import org.tocsin.IntegrationTest;

/**
 * The job queue on the real database. Each test uses kinds of its own and queues that stand for
 * separate service instances, so the service's own workers never claim these rows.
 */
class JobQueueTest extends IntegrationTest {

    private static final String CRON = "0 0 3 * * *";

    @Autowired
    JdbcClient db;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aDueRunRunsExactlyOnceWhileTwoInstancesClaimAtOnce() throws Exception {
        String kind = kind("once");
        AtomicInteger runs = new AtomicInteger();
        Job job = oneOff(kind, () -> {
            runs.incrementAndGet();
            Thread.sleep(5);
        });
        JobQueue first = queue(job, 5);
        JobQueue second = queue(job, 5);
        for (int i = 0; i < 20; i++) {
            first.enqueue(kind, OffsetDateTime.now().minusSeconds(1));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> claimed = new ArrayList<>();
            for (JobQueue queue : List.of(first, second, first, second)) {
                claimed.add(workers.submit(() -> {
                    go.await();
                    int n = 0;
                    while (queue.runNext()) {
                        n++;
                    }
                    return n;
                }));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> f : claimed) {
                total += f.get();
            }
            assertThat(total).isEqualTo(20);
        } finally {
            workers.shutdownNow();
        }
        assertThat(runs).hasValue(20);
        assertThat(db.sql("select count(*) from scheduled_job where kind = ? and status = 'done' and attempts = 1")
                .param(kind).query(Integer.class).single()).isEqualTo(20);
    }

    @Test
    void aFailingRunIsRetriedWithBackoffThenMarkedFailed() {
        String kind = kind("failing");
        AtomicInteger runs = new AtomicInteger();
        JobQueue queue = queue(oneOff(kind, () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("no personal data here, and none stored");
        }), 3);
        assertThat(queue.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(queue.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(queue.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        long id = queue.enqueue(kind, OffsetDateTime.now().minusSeconds(1));

        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThat(queue.runNext()).isTrue();
            Row row = row(id);
            assertThat(row.status()).isEqualTo("pending");
            assertThat(row.attempts()).isEqualTo(attempt);
            assertThat(row.lastError()).isEqualTo("IllegalStateException");
            long backoff = queue.backoff(attempt).toSeconds();
            assertThat(row.secondsUntilDue()).as("waits the backoff of attempt " + attempt)
                    .isLessThanOrEqualTo(backoff).isGreaterThan(backoff - 30);
            assertThat(queue.runNext()).as("not due again before the backoff").isFalse();
            db.sql("update scheduled_job set run_at = now() where id = ?").param(id).update();
        }
        assertThat(queue.runNext()).isTrue();
        Row row = row(id);
        assertThat(row.status()).isEqualTo("failed");
        assertThat(row.attempts()).isEqualTo(3);
        assertThat(row.lastError()).isEqualTo("IllegalStateException");
        assertThat(row.finished()).isTrue();
        assertThat(queue.runNext()).isFalse();
        assertThat(runs).hasValue(3);
        assertThat(queue.recent(500)).anySatisfy(run -> {
            assertThat(run.id()).isEqualTo(id);
            assertThat(run.status()).isEqualTo("failed");
        });
    }

    @Test
    void anExpiredLeaseIsTakenOverAndALiveOneIsNot() {
        String crashed = kind("crashed");
        String busy = kind("busy");
        AtomicInteger runs = new AtomicInteger();
        long id = db.sql("""
                        insert into scheduled_job (kind, run_at, attempts, locked_until, locked_by)
                        values (?, now() - interval '10 minutes', 1, now() - interval '1 minute', 'an instance that crashed')
                        returning id""").param(crashed).query(Long.class).single();
        db.sql("""
                insert into scheduled_job (kind, run_at, attempts, locked_until, locked_by)
                values (?, now() - interval '10 minutes', 1, now() + interval '1 hour', 'an instance at work')""").param(busy).update();

        assertThat(queue(oneOff(busy, runs::incrementAndGet), 5).runNext()).as("the lease is live").isFalse();
        assertThat(queue(oneOff(crashed, runs::incrementAndGet), 5).runNext()).isTrue();
        assertThat(runs).hasValue(1);
        Row row = row(id);
        assertThat(row.status()).isEqualTo("done");
        assertThat(row.attempts()).isEqualTo(2);
    }

    @Test
    void aRecurringKindHasOnePendingRunAndTheNextComesFromItsCron() {
        String kind = kind("recurring");
        AtomicInteger runs = new AtomicInteger();
        Job job = Job.recurring(kind, CRON, runs::incrementAndGet);
        JobQueue first = queue(job, 5);
        JobQueue second = queue(job, 5);
        first.scheduleRecurring();
        second.scheduleRecurring();
        assertThat(pending(kind)).containsExactly(next());
        assertThat(first.runNext()).as("not due yet").isFalse();

        db.sql("update scheduled_job set run_at = now() - interval '1 second' where kind = ? and status = 'pending'").param(kind).update();
        assertThat(second.runNext()).isTrue();
        assertThat(runs).hasValue(1);
        assertThat(pending(kind)).containsExactly(next());
        assertThat(db.sql("select count(*) from scheduled_job where kind = ? and status = 'done'").param(kind)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRunMissedWhileDownRunsOnceAtStart() throws Exception {
        String kind = kind("missed");
        AtomicInteger runs = new AtomicInteger();
        // Left pending when every instance stopped three days (three slots) ago.
        db.sql("insert into scheduled_job (kind, recurring, run_at) values (?, true, now() - interval '3 days')").param(kind).update();
        JobQueue queue = queue(Job.recurring(kind, CRON, runs::incrementAndGet), 5);
        queue.start();
        try {
            for (int i = 0; i < 600 && db.sql("select count(*) from scheduled_job where kind = ? and status = 'done'")
                    .param(kind).query(Integer.class).single() == 0; i++) {
                Thread.sleep(50);
            }
        } finally {
            queue.stop();
        }
        assertThat(runs).hasValue(1);
        assertThat(pending(kind)).containsExactly(next());
    }

    private JobQueue queue(Job job, int maxAttempts) {
        return new JobQueue(db, transactions, List.of(job), new JobQueue.Settings(20, 2, maxAttempts, 60_000, 300, false));
    }

    private static String kind(String name) {
        return "test." + name + "-" + UUID.randomUUID();
    }

    private static Instant next() {
        return CronExpression.parse(CRON).next(ZonedDateTime.now()).toInstant();
    }

    private List<Instant> pending(String kind) {
        return db.sql("select run_at from scheduled_job where kind = ? and status = 'pending' and recurring").param(kind)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).list();
    }

    private record Row(String status, int attempts, String lastError, boolean finished, double secondsUntilDue) {
    }

    private Row row(long id) {
        return db.sql("""
                        select status, attempts, last_error, finished_at is not null, extract(epoch from run_at - now())
                        from scheduled_job where id = ?""").param(id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4), rs.getDouble(5))).single();
    }

    private interface Work {
        void run() throws Exception;
    }

    private static Job oneOff(String kind, Work work) {
        return new Job() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public void run() throws Exception {
                work.run();
            }
        };
    }
}
