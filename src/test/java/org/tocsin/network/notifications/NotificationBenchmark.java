package org.tocsin.network.notifications;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.tocsin.IntegrationTest;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;
import org.tocsin.network.ActionFixture;
import org.tocsin.network.members.Members;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}): 100,000 members, one
 * new UA, and the time from issuing it to the last mail accepted by a local SMTP sink. The sink
 * speaks just enough SMTP to accept mail and counts what it received. Run:
 * {@code ./mvnw -q test -Dtest=NotificationBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.members=100000}
 */
@TestPropertySource(properties = {
        "tocsin.smtp.host=127.0.0.1",
        "tocsin.smtp.starttls=false",
        "tocsin.demo=false",
        "tocsin.base-url=https://tocsin.example.org",
        "tocsin.notifications.poll-millis=100",
        "tocsin.notifications.batch=500",
        "logging.level.org.tocsin=warn"})
class NotificationBenchmark extends IntegrationTest {

    static final SmtpSink SINK = new SmtpSink(rcpt -> "250 OK");

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("tocsin.smtp.port", SINK::port);
        registry.add("tocsin.notifications.workers", () -> Integer.getInteger("benchmark.workers", 4));
    }

    @AfterAll
    static void stop() throws IOException {
        SINK.close();
    }

    @Autowired
    JdbcClient db;
    @Autowired
    UrgentActions actions;
    @Autowired
    Members members;

    @Test
    void notifyAllMembersOfANewUa() throws Exception {
        int count = Integer.getInteger("benchmark.members", 100_000);
        long started = System.nanoTime();
        List<Members.Imported> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(new Members.Imported("member" + i + "@bench.example.org", i % 3 == 0 ? "Member " + i : null,
                    i % 2 == 0 ? "en" : "ru", List.of(), "immediate"));
        }
        members.importConfirmed(list);
        System.out.printf("BENCHMARK set-up: %,d members imported in %.1f s%n", count, (System.nanoTime() - started) / 1e9);

        ActionFixture fixture = new ActionFixture(db, actions);
        long received = SINK.messages.get();
        long issueStart = System.nanoTime();
        UrgentAction ua = fixture.issue("RUS", 30);
        long queued = System.nanoTime();
        long queuedRows = db.sql("select count(*) from notification where action_id = ?").param(ua.id()).query(Long.class).single();
        while (SINK.messages.get() - received < queuedRows) {
            Thread.sleep(20);
        }
        double total = (SINK.lastAt.get() - issueStart) / 1e9;
        System.out.printf("BENCHMARK %,d notifications queued in %.2f s (issue transaction with the fan-out)%n", queuedRows,
                (queued - issueStart) / 1e9);
        System.out.printf("BENCHMARK last e-mail received %.1f s after the issue: %,.0f mails/s, %d worker threads%n",
                total, queuedRows / total, Integer.getInteger("benchmark.workers", 4));
        long sent = db.sql("select count(*) from notification where action_id = ? and status = 'sent'").param(ua.id()).query(Long.class).single();
        System.out.printf("BENCHMARK rows marked sent: %,d; mails received: %,d%n", sent, SINK.messages.get() - received);
    }
}
