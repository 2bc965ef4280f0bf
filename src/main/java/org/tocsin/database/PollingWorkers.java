package org.tocsin.database;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads that work a table-backed queue: each repeats one step while it finds work, and between
 * empty steps waits for the poll interval or until {@link #wake()} says something was queued.
 * A failing step is logged by its class only (its message may carry personal data) and waited
 * out like an empty one. The queues themselves (claims, leases, retries) live with their owners.
 */
public final class PollingWorkers {

    private static final Logger log = LoggerFactory.getLogger(PollingWorkers.class);

    private final String name;
    private final int threads;
    private final long pollMillis;
    private final BooleanSupplier step;
    private final Semaphore wakeUp = new Semaphore(0);
    private final List<Thread> running = new ArrayList<>();
    private volatile boolean stopping;

    /** {@code step} does one round of work and says whether it found any. */
    public PollingWorkers(String name, int threads, long pollMillis, BooleanSupplier step) {
        this.name = name;
        this.threads = threads;
        this.pollMillis = pollMillis;
        this.step = step;
    }

    public synchronized void start() {
        if (!running.isEmpty()) {
            return;
        }
        stopping = false;
        for (int i = 0; i < threads; i++) {
            running.add(Thread.ofPlatform().daemon().name(name + "-" + i).start(this::loop));
        }
    }

    /** Asks the threads to finish their current step and waits for them (30 s each at most). */
    public synchronized void stop() {
        stopping = true;
        wakeUp.release(running.size() + 1);
        for (Thread thread : running) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running.clear();
        wakeUp.drainPermits();
    }

    public synchronized boolean isRunning() {
        return !running.isEmpty();
    }

    /** True once {@link #stop()} was asked: a long step checks it to hand back what it has not done. */
    public boolean stopping() {
        return stopping;
    }

    /** Something was queued: stop waiting for the next poll. */
    public void wake() {
        if (wakeUp.availablePermits() < threads) {
            wakeUp.release(threads);
        }
    }

    private void loop() {
        while (!stopping) {
            boolean found;
            try {
                found = step.getAsBoolean();
            } catch (RuntimeException e) {
                log.warn("{}: a step failed ({}); retrying after the poll interval", name, e.getClass().getSimpleName());
                found = false;
            }
            if (!found && !stopping) {
                try {
                    wakeUp.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
