package org.tocsin.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tocsin.IntegrationTest;

/**
 * Codes on a real PostgreSQL: two people issuing at the same moment get two consecutive
 * numbers, and an issue that rolls back gives its number back. Each test numbers in a year of
 * its own, so the series start at 1 whatever else the database holds.
 */
class CodeAllocationTest extends IntegrationTest {

    @Autowired
    UrgentActions actions;
    @Autowired
    CodeAllocator allocator;
    @Autowired
    JdbcClient db;
    @Autowired
    PlatformTransactionManager transactions;

    Fixtures f;

    @BeforeEach
    void fixtures() {
        f = new Fixtures(db);
    }

    private UrgentAction draftIn(int year, String scheme) {
        ActionForm complete = f.complete(scheme);
        ActionForm dated = new ActionForm(complete.caseId(), complete.title(), scheme, "", "", complete.countryCode(),
                complete.issuer(), year + "-03-01", "day", year + "-04-01", complete.country(), complete.summary(),
                complete.background(), complete.recommendedActions(), complete.languages(), complete.persons(),
                complete.targetIds(), true, "", null);
        return actions.create(dated);
    }

    /** Issues the drafts from two threads released at the same moment; returns their codes. */
    private List<String> issueAtOnce(UrgentAction first, UrgentAction second) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<UrgentAction>> issued = new ArrayList<>();
            for (UrgentAction draft : List.of(first, second)) {
                issued.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return actions.issue(draft.id(), draft.version(), null);
                }));
            }
            List<String> codes = new ArrayList<>();
            for (Future<UrgentAction> f : issued) {
                codes.add(f.get(60, TimeUnit.SECONDS).code());
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoIssuersAtTheSameMomentGetTwoConsecutiveNumbers() throws Exception {
        UrgentAction first = draftIn(2101, "amnesty");
        UrgentAction second = draftIn(2101, "amnesty");
        assertThat(issueAtOnce(first, second)).containsExactlyInAnyOrder("UA 1/01", "UA 2/01");
    }

    @Test
    void observatoryIssuersAtOnceGetDistinctCountryAndRunningNumbers() throws Exception {
        UrgentAction first = draftIn(2102, "observatory");
        UrgentAction second = draftIn(2102, "observatory");
        assertThat(issueAtOnce(first, second))
                .containsExactlyInAnyOrder("TST 001 / 0302 / OBS 001", "TST 002 / 0302 / OBS 002");
    }

    @Test
    void aRolledBackIssueGivesItsNumberBackEvenToSomeoneWaitingForIt() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch allocated = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // One issue takes number 1 and holds it, then fails.
            Future<Integer> failed = pool.submit(() -> transaction.execute(status -> {
                int number = allocator.next("amnesty", "2103");
                allocated.countDown();
                await(release);
                status.setRollbackOnly();
                return number;
            }));
            assertThat(allocated.await(30, TimeUnit.SECONDS)).isTrue();
            // Another issue starts meanwhile: it waits for the counter, whichever way the first ends.
            UrgentAction draft = draftIn(2103, "amnesty");
            Future<UrgentAction> waiting = pool.submit(() -> actions.issue(draft.id(), draft.version(), null));
            release.countDown();
            assertThat(failed.get(60, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(waiting.get(60, TimeUnit.SECONDS).code()).isEqualTo("UA 1/03");
        } finally {
            pool.shutdownNow();
        }
        UrgentAction next = draftIn(2103, "amnesty");
        assertThat(actions.issue(next.id(), next.version(), null).code()).isEqualTo("UA 2/03");
    }

    @Test
    void aNumberTakenByACodeEnteredByHandIsPassedOver() {
        db.sql("""
                insert into urgent_action (case_id, code_scheme, code_base, title, issued_on, status)
                values (?, 'external', 'UA 1/04', 'Imported', date '2104-01-01', 'issued')""").param(f.caseId).update();
        UrgentAction draft = draftIn(2104, "amnesty");
        assertThat(actions.issue(draft.id(), draft.version(), null).code()).isEqualTo("UA 2/04");
        assertThat(actions.get(draft.id()).issuedOn()).isEqualTo(LocalDate.of(2104, 3, 1));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
