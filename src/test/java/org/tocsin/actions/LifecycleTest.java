package org.tocsin.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.IntegrationTest;
import org.tocsin.actions.StepForms.CloseForm;
import org.tocsin.actions.StepForms.ExtendForm;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;

/** The lifecycle rules of an urgent action, through the service. */
class LifecycleTest extends IntegrationTest {

    @Autowired
    UrgentActions actions;
    @Autowired
    JdbcClient db;
    @Autowired
    OpenActionsUsingTarget targets;

    Fixtures f;

    @BeforeEach
    void fixtures() {
        f = new Fixtures(db);
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(InvalidInputException.FieldError::field).toList();
    }

    @Test
    void issuingAnIncompleteDraftListsEverythingMissingAtOnceAndWritesNothing() {
        UrgentAction draft = actions.create(f.bare());
        assertThatThrownBy(() -> actions.issue(draft.id(), draft.version(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e))
                        .containsExactlyInAnyOrder("persons", "recommendedActions", "targetIds", "deadline"));
        UrgentAction after = actions.get(draft.id());
        assertThat(after.status()).isEqualTo("draft");
        assertThat(after.version()).isEqualTo(draft.version());
        assertThat(after.codeBase()).isNull();
    }

    @Test
    void aDraftIsEditedFreelyAndIssuedWithItsCode() {
        UrgentAction draft = actions.create(f.complete("amnesty"));
        assertThat(draft.recommendedActions()).containsExactly("Urge an investigation.", "Urge protection.");
        assertThat(actions.persons(draft.id())).extracting(Views.ActionPerson::gender).containsExactly("f", null);
        ActionForm changed = ActionForm.of(draft, List.of(new ActionForm.PersonEntry(f.boris, "m")), List.of(f.prosecutor));
        UrgentAction edited = actions.updateDraft(draft.id(), changed);
        assertThat(edited.version()).isEqualTo(draft.version() + 1);
        assertThat(actions.persons(draft.id())).extracting(Views.ActionPerson::personId).containsExactly(f.boris);

        UrgentAction issued = actions.issue(draft.id(), edited.version(), null);
        assertThat(issued.status()).isEqualTo("issued");
        assertThat(issued.issuedOn()).isEqualTo(LocalDate.now());
        assertThat(issued.code()).matches("UA \\d+/\\d\\d");
    }

    @Test
    void aStaleVersionIsRefused() {
        UrgentAction draft = actions.create(f.complete("amnesty"));
        actions.updateDraft(draft.id(), ActionForm.of(draft, List.of(), List.of()));
        assertThatThrownBy(() -> actions.updateDraft(draft.id(), ActionForm.of(draft, List.of(), List.of())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> actions.issue(draft.id(), draft.version(), null))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aDeadlineBeforeTheIssueDateIsRefusedAndNothingWritten() {
        ActionForm c = f.complete("amnesty");
        ActionForm backwards = new ActionForm(c.caseId(), c.title(), "amnesty", "", "", "", "", "2016-05-12", "day",
                "2016-03-01", "", "", "", c.recommendedActions(), c.languages(), c.persons(), c.targetIds(), true, "", null);
        int before = f.count("select count(*) from urgent_action where case_id = ?", f.caseId);
        assertThatThrownBy(() -> actions.create(backwards))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("deadline"));
        assertThat(f.count("select count(*) from urgent_action where case_id = ?", f.caseId)).isEqualTo(before);

        // Issuing later than the deadline is refused as well.
        UrgentAction draft = actions.create(c);
        assertThatThrownBy(() -> actions.issue(draft.id(), draft.version(), LocalDate.now().plusDays(31).toString()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("deadline"));
    }

    @Test
    void aFollowUpOfADraftIsRefusedAndNothingWritten() {
        UrgentAction draft = actions.create(f.complete("amnesty"));
        int before = f.count("select count(*) from urgent_action where case_id = ?", f.caseId);
        assertThatThrownBy(() -> actions.followUp(draft.id(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("status"));
        assertThat(f.count("select count(*) from urgent_action where case_id = ?", f.caseId)).isEqualTo(before);
    }

    @Test
    void followUpsTakeTheNextPlaceInTheChainWithTheirCodes() {
        UrgentAction obs = actions.create(f.complete("observatory"));
        obs = actions.issue(obs.id(), obs.version(), null);
        UrgentAction update = actions.followUp(obs.id(), null);
        assertThat(update.kind()).isEqualTo("update");
        assertThat(update.status()).isEqualTo("draft");
        assertThat(update.code()).isEqualTo(obs.code() + ".1");
        assertThat(update.deadline()).isNull();
        assertThat(actions.persons(update.id())).hasSize(2);
        // A follow-up's own follow-up waits until it is issued.
        assertThatThrownBy(() -> actions.followUp(update.id(), null)).isInstanceOf(InvalidInputException.class);
        ActionForm form = ActionForm.of(update, List.of(new ActionForm.PersonEntry(f.anna, "f")), List.of(f.prosecutor));
        ActionForm withDeadline = new ActionForm(form.caseId(), "New information", form.codeScheme(), form.code(),
                form.codeNote(), form.countryCode(), form.issuer(), "", "day", LocalDate.now().plusDays(10).toString(),
                form.country(), form.summary(), form.background(), form.recommendedActions(), form.languages(),
                form.persons(), form.targetIds(), true, "", form.version());
        UrgentAction edited = actions.updateDraft(update.id(), withDeadline);
        actions.issue(update.id(), edited.version(), null);
        UrgentAction second = actions.followUp(update.id(), "closure");
        assertThat(second.code()).isEqualTo(obs.code() + ".2");
        assertThat(actions.chain(second.id())).extracting(Views.ActionRow::id)
                .containsExactly(obs.id(), update.id(), second.id());

        UrgentAction ua = actions.create(f.complete("amnesty"));
        ua = actions.issue(ua.id(), ua.version(), null);
        UrgentAction further = actions.followUp(ua.id(), null);
        assertThat(further.kind()).isEqualTo("further_information");
        assertThat(further.code()).isEqualTo(ua.code());
        assertThat(further.sequence()).isEqualTo(1);
    }

    @Test
    void theDeadlineIsExtendedWithItsHistoryKept() {
        UrgentAction draft = actions.create(f.complete("amnesty"));
        UrgentAction ua = actions.issue(draft.id(), draft.version(), null);
        LocalDate first = ua.deadline();
        assertThatThrownBy(() -> actions.extendDeadline(actions.get(ua.id()).id(),
                new ExtendForm(first.minusDays(1).toString(), "", ua.version()), "admin"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("deadline"));
        UrgentAction extended = actions.extendDeadline(ua.id(), new ExtendForm(first.plusDays(14).toString(),
                "The trial was postponed", ua.version()), "admin");
        assertThat(extended.deadline()).isEqualTo(first.plusDays(14));
        List<Views.DeadlineChange> history = actions.details(ua.id()).deadlines();
        assertThat(history).extracting(Views.DeadlineChange::deadline).containsExactly(first, first.plusDays(14));
        assertThat(history.get(1).previous()).isEqualTo(first);
        assertThat(history.get(1).reason()).isEqualTo("The trial was postponed");
    }

    @Test
    void closingNeedsAnOutcomeAndAClosedUaCannotBeChanged() {
        UrgentAction ua = actions.create(f.complete("amnesty"));
        UrgentAction issued = actions.issue(ua.id(), ua.version(), null);
        assertThatThrownBy(() -> actions.updateDraft(issued.id(), ActionForm.of(issued, List.of(), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().messageKey())
                        .isEqualTo("actions.error.issuedText"));
        assertThatThrownBy(() -> actions.close(issued.id(), new CloseForm("", "", "", "", issued.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e))
                        .containsExactlyInAnyOrder("response", "impact"));
        assertThat(actions.get(issued.id()).status()).isEqualTo("issued");

        UrgentAction closed = actions.close(issued.id(), new CloseForm("denied_event", "moderately_negative",
                "Nobody was charged.", "", issued.version()));
        assertThat(closed.status()).isEqualTo("closed");
        assertThat(closed.outcomeResponse()).isEqualTo("denied_event");
        assertThatThrownBy(() -> actions.updateDraft(closed.id(), ActionForm.of(closed, List.of(), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().messageKey())
                        .isEqualTo("actions.error.closed"));
        assertThatThrownBy(() -> actions.extendDeadline(closed.id(),
                new ExtendForm(LocalDate.now().plusDays(90).toString(), "", closed.version()), "admin"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(actions.get(closed.id()).version()).isEqualTo(closed.version());
    }

    @Test
    void correctionsAreRecordedBesideTheIssuedText() {
        UrgentAction ua = actions.create(f.complete("amnesty"));
        UrgentAction issued = actions.issue(ua.id(), ua.version(), null);
        actions.correct(issued.id(), "The second target's fax number was wrong.", null, "admin");
        assertThat(actions.details(issued.id()).corrections()).extracting(Views.Correction::note)
                .containsExactly("The second target's fax number was wrong.");
        assertThat(actions.get(issued.id()).summary()).isEqualTo(issued.summary());
        assertThatThrownBy(() -> actions.correct(actions.create(f.bare()).id(), "x", null, "admin"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void externalCodesAreKeptAsGivenAndMustBeUnique() {
        ActionForm c = f.complete("external");
        String code = "EXT " + f.tag;
        ActionForm external = new ActionForm(c.caseId(), c.title(), "external", code, "", "", "Another NGO", "",
                "day", c.deadline(), "", "", "", c.recommendedActions(), c.languages(), c.persons(), c.targetIds(),
                false, "", null);
        UrgentAction first = actions.create(external);
        assertThat(first.code()).isEqualTo(code);
        assertThat(actions.issue(first.id(), first.version(), null).code()).isEqualTo(code);
        int before = f.count("select count(*) from urgent_action where case_id = ?", f.caseId);
        ActionForm duplicate = new ActionForm(c.caseId(), "Other", "external", code.toLowerCase(), "", "", "", "",
                "day", "", "", "", "", List.of(), List.of(), List.of(), List.of(), false, "", null);
        assertThatThrownBy(() -> actions.create(duplicate))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("code"));
        assertThat(f.count("select count(*) from urgent_action where case_id = ?", f.caseId)).isEqualTo(before);
    }

    @Test
    void aUaWithoutACodeOfItsOwnIsEnteredWithANote() {
        ActionForm c = f.complete("none");
        ActionForm uncoded = new ActionForm(c.caseId(), c.title(), "none", "", "The document gives no code of its own.",
                "", "", "", "day", c.deadline(), "", "", "", c.recommendedActions(), c.languages(), c.persons(),
                c.targetIds(), true, "", null);
        UrgentAction ua = actions.create(uncoded);
        UrgentAction issued = actions.issue(ua.id(), ua.version(), null);
        assertThat(issued.code()).isNull();
        assertThat(issued.codeNote()).isEqualTo("The document gives no code of its own.");
    }

    @Test
    void personsMustBeAtRiskInTheCaseAndTargetsInTheDirectory() {
        long stranger = db.sql("insert into person default values returning id").query(Long.class).single();
        ActionForm c = f.complete("amnesty");
        ActionForm wrong = new ActionForm(c.caseId(), c.title(), "amnesty", "", "", "", "", "", "day", "", "", "", "",
                List.of(), List.of("xx"), List.of(new ActionForm.PersonEntry(stranger, "")), List.of(-1L), false, "", null);
        assertThatThrownBy(() -> actions.create(wrong))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e))
                        .containsExactlyInAnyOrder("persons", "targetIds", "languages"));
    }

    @Test
    void aTargetKnowsTheOpenActionsThatUseIt() {
        UrgentAction draft = actions.create(f.complete("amnesty"));
        UrgentAction other = actions.create(f.complete("amnesty"));
        UrgentAction issued = actions.issue(other.id(), other.version(), null);
        UrgentAction closedDraft = actions.create(f.complete("amnesty"));
        UrgentAction toClose = actions.issue(closedDraft.id(), closedDraft.version(), null);
        actions.close(toClose.id(), new CloseForm("no_response", "unknown", "", "", toClose.version()));
        assertThat(targets.openActionsUsing(f.prosecutor)).extracting(org.tocsin.actions.targets.TargetUse::actionId)
                .containsExactlyInAnyOrder(draft.id(), issued.id());
        assertThat(targets.openActionsUsing(f.prosecutor)).extracting(org.tocsin.actions.targets.TargetUse::code)
                .contains(issued.code());
    }
}
