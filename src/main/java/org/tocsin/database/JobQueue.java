package org.tocsin.database;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled work kept in PostgreSQL ({@code scheduled_job}), so that several instances share it,
 * a restart loses nothing and every run is recorded. Workers claim due rows with
 * {@code FOR UPDATE SKIP LOCKED} under a lease that they renew while the job runs; a lease that
 * expires (a crashed instance) makes the row claimable again. A failed run is retried with
 * exponential backoff, then marked failed. A recurring kind has exactly one pending run (a unique
 * index); when that run ends, the next one is scheduled from the kind's cron, so a run missed
 * while every instance was down happens once at start, not once per missed slot.
 */
@Service
public class JobQueue implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobQueue.class);
    private static final Duration MAX_BACKOFF = Duration.ofDays(1);
    // One thread for the whole JVM: renewing a lease is one short update.
    private static final ScheduledExecutorService LEASES = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("tocsin-job-leases").factory());

    /** How the workers behave; the service reads them from {@code tocsin.jobs.*}. */
    public record Settings(long pollMillis, int workers, int maxAttempts, long backoffMillis, int leaseSeconds, boolean autostart) {
    }

    /** One run, for the administrators' view. */
    public record Run(long id, String kind, OffsetDateTime runAt, String status, int attempts, String lastError,
                      OffsetDateTime finishedAt, OffsetDateTime createdAt) {
    }

    private record Claim(long id, String kind, boolean recurring, int attempts, String token) {
    }

    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Map<String, CronExpression> crons = new LinkedHashMap<>();
    private final Settings settings;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();
    private final PollingWorkers workers;

    @Autowired
    JobQueue(JdbcClient db, PlatformTransactionManager transactions, ObjectProvider<Job> jobs,
             @Value("${tocsin.jobs.poll-millis:5000}") long pollMillis,
             @Value("${tocsin.jobs.workers:2}") int workers,
             @Value("${tocsin.jobs.max-attempts:5}") int maxAttempts,
             @Value("${tocsin.jobs.backoff-millis:60000}") long backoffMillis,
             @Value("${tocsin.jobs.lease-seconds:300}") int leaseSeconds,
             @Value("${tocsin.jobs.autostart:true}") boolean autostart) {
        this(db, transactions, jobs.orderedStream().toList(),
                new Settings(pollMillis, workers, maxAttempts, backoffMillis, leaseSeconds, autostart));
    }

    /** A queue with these jobs: the service has one; a test can start a second "instance". */
    public JobQueue(JdbcClient db, PlatformTransactionManager transactions, List<Job> jobs, Settings settings) {
        this.db = db;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
        for (Job job : jobs) {
            if (this.jobs.putIfAbsent(job.kind(), job) != null) {
                throw new IllegalStateException("Two jobs of kind " + job.kind());
            }
            String cron = job.cron() == null ? "" : job.cron().strip();
            if (!cron.isEmpty()) {
                if (!CronExpression.isValidExpression(cron)) {
                    throw new IllegalStateException("The " + job.kind() + " job's schedule is not a cron expression "
                            + "(second minute hour day month weekday, e.g. '0 0 3 * * *' for 03:00 every day): " + cron);
                }
                crons.put(job.kind(), CronExpression.parse(cron));
            }
        }
        this.workers = new PollingWorkers("tocsin-jobs", settings.workers(), settings.pollMillis(), this::runNext);
    }

    /** Queues a one-off run of a kind at a time; returns its id. */
    public long enqueue(String kind, OffsetDateTime at) {
        long id = db.sql("insert into scheduled_job (kind, run_at) values (?, ?) returning id")
                .params(kind, at).query(Long.class).single();
        workers.wake();
        return id;
    }

    /** Gives each recurring kind without a pending run its next one; a pending run already due stays as it is. */
    public void scheduleRecurring() {
        crons.keySet().forEach(this::scheduleNext);
    }

    /**
     * Claims one due run of a kind this queue knows, runs it outside the claiming transaction and
     * records how it ended. False when nothing was due.
     */
    public boolean runNext() {
        Optional<Claim> claimed = claim();
        if (claimed.isEmpty()) {
            return false;
        }
        Claim claim = claimed.get();
        long renewEvery = Math.max(1, settings.leaseSeconds() / 3);
        ScheduledFuture<?> renewal = LEASES.scheduleAtFixedRate(() -> renew(claim), renewEvery, renewEvery, TimeUnit.SECONDS);
        try {
            jobs.get(claim.kind()).run();
        } catch (Exception | LinkageError | StackOverflowError e) {
            // A broken job is a failed run, retried later; only the JVM's own distress goes further.
            failed(claim, e);
            return true;
        } finally {
            // Whatever happened, this instance stops holding the run: an unfinished one becomes claimable.
            renewal.cancel(false);
        }
        succeeded(claim);
        return true;
    }

    /** The most recent runs, newest first. */
    public List<Run> recent(int limit) {
        return db.sql("""
                        select id, kind, run_at, status, attempts, last_error, finished_at, created_at
                        from scheduled_job order by coalesce(finished_at, run_at) desc, id desc limit ?""")
                .param(limit).query(Run.class).list();
    }

    /** How long to wait before the next try after this many failed attempts. */
    Duration backoff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = Duration.ofMillis(settings.backoffMillis()).multipliedBy(factor);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private Optional<Claim> claim() {
        if (jobs.isEmpty()) {
            return Optional.empty();
        }
        String token = instance + "/" + UUID.randomUUID();
        return db.sql("""
                        update scheduled_job j
                        set attempts = j.attempts + 1, locked_until = now() + make_interval(secs => :lease), locked_by = :token
                        where j.id = (select id from scheduled_job
                                      where status = 'pending' and run_at <= now() and kind in (:kinds)
                                        and (locked_until is null or locked_until < now())
                                      order by run_at, id limit 1
                                      for update skip locked)
                        returning j.id, j.kind, j.recurring, j.attempts""")
                .param("lease", settings.leaseSeconds()).param("token", token).param("kinds", List.copyOf(jobs.keySet()))
                .query((rs, n) -> new Claim(rs.getLong("id"), rs.getString("kind"), rs.getBoolean("recurring"), rs.getInt("attempts"), token))
                .optional();
    }

    private void renew(Claim claim) {
        try {
            db.sql("""
                            update scheduled_job set locked_until = now() + make_interval(secs => ?)
                            where id = ? and locked_by = ? and status = 'pending'""")
                    .params(settings.leaseSeconds(), claim.id(), claim.token()).update();
        } catch (RuntimeException e) {
            log.warn("Could not renew the lease on job {} ({})", claim.id(), e.getClass().getSimpleName());
        }
    }

    private void succeeded(Claim claim) {
        transaction.executeWithoutResult(status -> {
            int ended = db.sql("""
                            update scheduled_job set status = 'done', finished_at = now(), locked_until = null, last_error = null
                            where id = ? and locked_by = ? and status = 'pending'""")
                    .params(claim.id(), claim.token()).update();
            if (ended == 1 && claim.recurring()) {
                scheduleNext(claim.kind());
            }
        });
    }

    private void failed(Claim claim, Throwable e) {
        // The class name only: an exception's message may carry a name or an address.
        String error = e.getClass().getSimpleName();
        boolean last = claim.attempts() >= settings.maxAttempts();
        log.warn("Job {} ({}) failed on attempt {} with {}{}", claim.id(), claim.kind(), claim.attempts(), error,
                last ? "; giving up" : "; it will be retried");
        transaction.executeWithoutResult(status -> {
            int ended;
            if (last) {
                ended = db.sql("""
                                update scheduled_job set status = 'failed', finished_at = now(), locked_until = null, last_error = ?
                                where id = ? and locked_by = ? and status = 'pending'""")
                        .params(error, claim.id(), claim.token()).update();
            } else {
                ended = 0;
                db.sql("""
                                update scheduled_job set run_at = now() + make_interval(secs => ?), locked_until = null, last_error = ?
                                where id = ? and locked_by = ? and status = 'pending'""")
                        .params(backoff(claim.attempts()).toMillis() / 1000.0, error, claim.id(), claim.token()).update();
            }
            if (ended == 1 && claim.recurring()) {
                scheduleNext(claim.kind());
            }
        });
    }

    private void scheduleNext(String kind) {
        ZonedDateTime next = crons.get(kind).next(ZonedDateTime.now());
        if (next == null) {
            return;
        }
        db.sql("""
                        insert into scheduled_job (kind, recurring, run_at) values (?, true, ?)
                        on conflict (kind) where status = 'pending' and recurring do nothing""")
                .params(kind, next.toOffsetDateTime()).update();
    }

    @Override
    public boolean isAutoStartup() {
        return settings.autostart();
    }

    @Override
    public synchronized void start() {
        if (workers.isRunning() || jobs.isEmpty()) {
            return;
        }
        scheduleRecurring();
        workers.start();
        log.info("Job workers started for {}", jobs.keySet());
    }

    @Override
    public void stop() {
        workers.stop();
    }

    @Override
    public boolean isRunning() {
        return workers.isRunning();
    }
}
