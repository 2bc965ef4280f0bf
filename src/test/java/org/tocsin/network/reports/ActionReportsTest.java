package org.tocsin.network.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.IntegrationTest;
import org.tocsin.network.reports.ActionReports.ConfirmationState;
import org.tocsin.network.reports.ActionReports.Origin;
import org.tocsin.network.reports.ActionReports.Recorded;
import org.tocsin.network.reports.ActionReports.Submission;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.InvalidInputException.FieldError;

class ActionReportsTest extends IntegrationTest {

    @Autowired
    JdbcClient db;

    @Autowired
    ActionReports reports;

    ReportFixtures f;

    @BeforeEach
    void fixtures() {
        f = new ReportFixtures(db);
    }

    Submission letters(int count) {
        return new Submission("letter", List.of(f.prosecutor), String.valueOf(count), LocalDate.now().toString(), null, null);
    }

    @Test
    void everyBrokenRuleIsNamedPerFieldAndNothingIsWritten() {
        long ua = f.issued(LocalDate.now().minusDays(5));
        Submission bad = new Submission("pigeon", List.of(f.stranger), "501", LocalDate.now().plusDays(1).toString(),
                null, null);
        assertThatThrownBy(() -> reports.recordPublic(ua, bad, null, "not an address"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("email", "reports.error.email"),
                                org.assertj.core.groups.Tuple.tuple("channel", "validation.unknownValue"),
                                org.assertj.core.groups.Tuple.tuple("count", "reports.error.tooMany"),
                                org.assertj.core.groups.Tuple.tuple("takenOn", "reports.error.future"),
                                org.assertj.core.groups.Tuple.tuple("targetIds", "reports.error.unknownTarget")));
        Submission empty = new Submission("", List.of(), " ", "", null, null);
        assertThatThrownBy(() -> reports.recordPublic(ua, empty, null, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("email", "channel", "count", "takenOn"));
        Submission early = new Submission("fax", List.of(), "0", LocalDate.now().minusDays(6).toString(), null, null);
        assertThatThrownBy(() -> reports.recordPublic(ua, early, null, "a@example.org"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("count", "validation.positive"),
                                org.assertj.core.groups.Tuple.tuple("takenOn", "reports.error.beforeIssue")));
        Submission text = new Submission("fax", List.of(), "many", "yesterday", null, null);
        assertThatThrownBy(() -> reports.recordPublic(ua, text, null, "a@example.org"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactlyInAnyOrder("validation.number", "validation.date"));
        assertThat(f.reports(ua)).isZero();
        assertThat(f.count("select count(*) from action_report_confirmation c join action_report r on r.id = c.report_id where r.action_id = ?", ua)).isZero();
    }

    @Test
    void aCoordinatorsAggregateMayBeLargeButNotBeyondTheLimit() {
        long ua = f.issued();
        long section = f.section("Testland section", "TST");
        Submission stall = new Submission("letter", List.of(), "1200", LocalDate.now().toString(), section, "Stall");
        Recorded r = reports.recordStaff(reports.open(ua), stall, Origin.COORDINATOR, "coordinator");
        assertThat(r.status()).isEqualTo("confirmed");
        assertThat(reports.find(r.id()).orElseThrow().origin()).isEqualTo("coordinator");
        Submission huge = new Submission("letter", List.of(), "100001", LocalDate.now().toString(), -1L, null);
        assertThatThrownBy(() -> reports.recordStaff(reports.open(ua), huge, Origin.API, "api"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("count", "sectionId"));
        assertThat(reports.chainTotal(ua)).isEqualTo(1200);
    }

    @Test
    void unknownDraftAndClosedCodesAreRefusedClearly() {
        long open = f.issued();
        assertThat(reports.openByCode("  " + f.code(open).toLowerCase() + " ").id()).isEqualTo(open);
        assertThatThrownBy(() -> reports.openByCode("UA 99999/99"))
                .isInstanceOfSatisfying(ReportRefusedException.class, e -> assertThat(e.reason()).isEqualTo(ReportRefusedException.Reason.UNKNOWN));
        long draft = f.draft();
        assertThatThrownBy(() -> reports.open(draft))
                .isInstanceOfSatisfying(ReportRefusedException.class, e -> assertThat(e.reason()).isEqualTo(ReportRefusedException.Reason.UNKNOWN));
        long closed = f.issued(LocalDate.now().minusDays(30));
        f.close(closed, LocalDate.now().minusDays(3));
        assertThatThrownBy(() -> reports.openByCode(f.code(closed)))
                .isInstanceOfSatisfying(ReportRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReportRefusedException.Reason.CLOSED);
                    assertThat(e.closedSince()).isEqualTo(LocalDate.now().minusDays(3));
                });
        assertThatThrownBy(() -> reports.recordPublic(closed, letters(1), null, "a@example.org"))
                .isInstanceOf(ReportRefusedException.class);
        assertThat(f.reports(closed)).isZero();
        // A UA recorded as closed without the day (as imported ones are) says so, and guesses no date.
        long closedUndated = f.issued(LocalDate.now().minusDays(30));
        f.close(closedUndated, null);
        assertThatThrownBy(() -> reports.open(closedUndated))
                .isInstanceOfSatisfying(ReportRefusedException.class, e -> {
                    assertThat(e.closedSince()).isNull();
                    assertThat(e.messageKey()).isEqualTo("reports.refused.closedUndated");
                });
        // A closure notice issued as the chain's latest step closes the chain too.
        long withClosure = f.issued();
        f.followUp(withClosure, 1, "closure", "issued");
        assertThatThrownBy(() -> reports.open(withClosure)).isInstanceOf(ReportRefusedException.class);
    }

    @Test
    void reportsOnFollowUpsCountForTheWholeChainOnceConfirmed() {
        long root = f.issued();
        long followUp = f.followUp(root, 1, "update", "issued");
        f.followUp(root, 2, "update", "draft");
        // The Observatory-style code of a follow-up finds that follow-up; the chain's code its latest published step.
        assertThat(reports.openByCode(f.code(root) + ".1").id()).isEqualTo(followUp);
        assertThat(reports.openByCode(f.code(root)).id()).isEqualTo(followUp);

        reports.recordStaff(reports.open(root), letters(7), Origin.API, "api");
        Recorded pending = reports.recordPublic(followUp, letters(3), null, "member@example.org");
        assertThat(pending.status()).isEqualTo("pending");
        assertThat(reports.chainTotal(root)).isEqualTo(7);
        assertThat(reports.chainTotal(followUp)).isEqualTo(7);

        assertThat(reports.check(pending.confirmationToken()).state()).isEqualTo(ConfirmationState.CONFIRMED);
        assertThat(reports.chainTotal(root)).as("checking a link confirms nothing").isEqualTo(7);
        assertThat(reports.confirm(pending.confirmationToken()).state()).isEqualTo(ConfirmationState.CONFIRMED);
        assertThat(reports.chainTotal(root)).isEqualTo(10);
        assertThat(reports.confirm(pending.confirmationToken()).state()).isEqualTo(ConfirmationState.USED);
        assertThat(reports.chainTotal(root)).isEqualTo(10);
        assertThat(reports.confirm("no-such-token").state()).isEqualTo(ConfirmationState.UNKNOWN);

        ActionReports.Dashboard d = reports.dashboard(followUp);
        assertThat(d.total()).isEqualTo(10);
        assertThat(d.byChannel()).containsExactly(new ActionReports.ChannelTotal("letter", 10));
        assertThat(d.bySection()).containsExactly(new ActionReports.SectionTotal(null, null, null, 10));
        assertThat(d.byDay()).containsExactly(new ActionReports.DayTotal(LocalDate.now(), 10));
    }

    @Test
    void anExpiredLinkConfirmsNothingAndTheTokenIsStoredOnlyHashed() {
        long ua = f.issued();
        Recorded pending = reports.recordPublic(ua, letters(2), null, "member@example.org");
        assertThat(f.count("select count(*) from action_report_confirmation where token_hash = convert_to(?, 'UTF8')",
                pending.confirmationToken())).isZero();
        db.sql("update action_report_confirmation set expires_at = now() - interval '1 minute' where report_id = ?")
                .param(pending.id()).update();
        assertThat(reports.confirm(pending.confirmationToken()).state()).isEqualTo(ConfirmationState.EXPIRED);
        assertThat(reports.chainTotal(ua)).isZero();
        assertThat(reports.find(pending.id()).orElseThrow().status()).isEqualTo("pending");
    }

    @Test
    void aLinkForAChainClosedMeanwhileConfirmsNothing() {
        long ua = f.issued(LocalDate.now().minusDays(20));
        Recorded pending = reports.recordPublic(ua, letters(2), null, "member@example.org");
        f.close(ua, LocalDate.now());
        assertThat(reports.confirm(pending.confirmationToken()).state()).isEqualTo(ConfirmationState.CLOSED);
        assertThat(reports.chainTotal(ua)).isZero();
    }

    @Test
    void aMembersReportCountsAtOnceForTheirSection() {
        long ua = f.issued();
        long section = f.section("Member section", "DEU");
        long member = f.id("""
                insert into member (email_index, email_sealed, language, section_id) values (?, ?, 'en', ?) returning id""",
                ("index-" + f.tag).getBytes(), new byte[] {1}, section);
        Recorded r = reports.recordPublic(ua, letters(4), member, null);
        assertThat(r.status()).isEqualTo("confirmed");
        assertThat(r.confirmationToken()).isNull();
        assertThat(reports.find(r.id()).orElseThrow().sectionId()).isEqualTo(section);
        assertThat(reports.dashboard(ua).byCountry()).containsExactly(new ActionReports.CountryTotal("DEU", 4));
        assertThat(reports.sectionTotals(section)).extracting(ActionReports.ChainTotal::chainId, ActionReports.ChainTotal::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ua, 4L));
    }

    @Test
    void theGoalIsValidatedAndGuardedByItsVersion() {
        long root = f.issued();
        long followUp = f.followUp(root, 1, "update", "issued");
        assertThat(reports.goal(root)).isEqualTo(new ActionReports.Goal(ActionReports.DEFAULT_GOAL, null, false));
        assertThatThrownBy(() -> reports.setGoal(root, "zero", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("goal"));
        assertThatThrownBy(() -> reports.setGoal(root, "0", null)).isInstanceOf(InvalidInputException.class);
        assertThat(reports.setGoal(followUp, "4000", null)).isEqualTo(new ActionReports.Goal(4000, 0, true));
        assertThat(reports.goal(root).goal()).as("kept on the chain's original").isEqualTo(4000);
        assertThatThrownBy(() -> reports.setGoal(root, "4500", null)).isInstanceOf(ConcurrentEditException.class);
        assertThat(reports.setGoal(root, "4500", 0).goal()).isEqualTo(4500);
        assertThatThrownBy(() -> reports.setGoal(root, "5000", 0)).isInstanceOf(ConcurrentEditException.class);
        assertThat(reports.caseTotals(f.caseId).chains()).extracting(ActionReports.ChainTotal::chainId).contains(root);
    }
}
