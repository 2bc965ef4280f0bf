package org.tocsin.database;

/**
 * Work the {@link JobQueue} runs: a bean with a kind name, and for recurring work a Spring cron
 * expression with seconds (e.g. {@code 0 0 3 * * *}). A run that throws is retried with backoff.
 * Runs may repeat after a crash (a lease that expires), so work should be safe to run twice.
 */
public interface Job {

    String kind();

    /** When it recurs; empty for work that runs only when enqueued. */
    default String cron() {
        return "";
    }

    void run() throws Exception;

    static Job recurring(String kind, String cron, Runnable work) {
        return new Job() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public String cron() {
                return cron;
            }

            @Override
            public void run() {
                work.run();
            }
        };
    }
}
