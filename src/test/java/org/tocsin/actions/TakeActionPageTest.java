package org.tocsin.actions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;

/** The public take-action page, asked for without logging in. */
class TakeActionPageTest extends IntegrationTest {

    @Autowired
    MockMvc mockMvc;
    @Autowired
    JdbcClient db;
    @Autowired
    UrgentActions actions;

    Fixtures f;
    UrgentAction issued;

    @BeforeEach
    void anIssuedAction() {
        f = new Fixtures(db);
        UrgentAction draft = actions.create(f.complete("amnesty"));
        issued = actions.issue(draft.id(), draft.version(), null);
    }

    @Test
    void anIssuedUaIsPublicWithEverythingAMemberNeeds() throws Exception {
        mockMvc.perform(get("/take-action/" + issued.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(issued.title())))
                .andExpect(content().string(containsString(issued.code())))
                .andExpect(content().string(containsString("Anna Testova " + f.tag)))
                .andExpect(content().string(containsString("What happened to them.")))
                .andExpect(content().string(containsString("Please write immediately in Russian or your own language:")))
                .andExpect(content().string(containsString("Urge an investigation.")))
                .andExpect(content().string(containsString("Pavel Prosecutor " + f.tag)))
                .andExpect(content().string(containsString("1 Main Street")))
                .andExpect(content().string(containsString("+1 555 0100")))
                .andExpect(content().string(containsString("prosecutor@example.org")))
                .andExpect(content().string(containsString("Dear Prosecutor General")))
                .andExpect(content().string(containsString("days left: 30")))
                .andExpect(content().string(containsString("Also send copies to the diplomatic representatives")))
                .andExpect(content().string(containsString("hreflang=\"ru\"")))
                // Staff data never appears: the internal note, the case, the staff links.
                .andExpect(content().string(not(containsString("Internal only " + f.tag))))
                .andExpect(content().string(not(containsString("UA test case " + f.tag))))
                .andExpect(content().string(not(containsString("/actions/" + issued.id()))));
    }

    @Test
    void inRussianWithTheRussianSalutation() throws Exception {
        mockMvc.perform(get("/take-action/" + issued.id()).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Пожалуйста, срочно напишите на русском или вашем родном языке:")))
                .andExpect(content().string(containsString("Уважаемый Генеральный прокурор")))
                .andExpect(content().string(containsString("осталось дней: 30")))
                .andExpect(content().string(containsString("Кто под угрозой")));
    }

    @Test
    void aDraftAndAnUnknownIdAreNotFound() throws Exception {
        UrgentAction draft = actions.create(f.complete("amnesty"));
        mockMvc.perform(get("/take-action/" + draft.id()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(draft.title() + "</h1>"))))
                .andExpect(content().string(not(containsString("Internal only"))));
        mockMvc.perform(get("/take-action/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void aPassedDeadlineIsSaidSoAndFollowUpsAreListedOnceIssued() throws Exception {
        ActionForm c = f.complete("amnesty");
        ActionForm old = new ActionForm(c.caseId(), "Old appeal " + f.tag, "amnesty", "", "", "", "", "2015-01-05", "day",
                "2015-02-05", "", "", "", c.recommendedActions(), List.of("ru", "en", "own"), c.persons(), c.targetIds(),
                false, "", null);
        UrgentAction draft = actions.create(old);
        UrgentAction past = actions.issue(draft.id(), draft.version(), null);
        mockMvc.perform(get("/take-action/" + past.id()))
                .andExpect(content().string(containsString("The deadline has passed.")))
                .andExpect(content().string(containsString("in Russian, English or your own language")));

        UrgentAction followUp = actions.followUp(past.id(), null);
        mockMvc.perform(get("/take-action/" + past.id()))
                .andExpect(content().string(not(containsString("/take-action/" + followUp.id()))));
        ActionForm form = ActionForm.of(followUp, List.of(new ActionForm.PersonEntry(f.anna, "f")), List.of(f.prosecutor));
        ActionForm dated = new ActionForm(form.caseId(), "Further news " + f.tag, "amnesty", "", "", "", "", "", "day",
                LocalDate.now().plusDays(10).toString(), "", "", "", form.recommendedActions(), form.languages(),
                form.persons(), form.targetIds(), false, "", form.version());
        UrgentAction edited = actions.updateDraft(followUp.id(), dated);
        actions.issue(followUp.id(), edited.version(), null);
        mockMvc.perform(get("/take-action/" + past.id()))
                .andExpect(content().string(containsString("/take-action/" + followUp.id())))
                .andExpect(content().string(containsString("Further news " + f.tag)));
        mockMvc.perform(get("/take-action/" + followUp.id()))
                .andExpect(content().string(containsString("Further information no. 1")));
    }

    @Test
    void aClosedUaShowsItsOutcome() throws Exception {
        actions.close(issued.id(), new StepForms.CloseForm("denied_event", "strongly_negative", "They denied it.", "",
                issued.version()));
        mockMvc.perform(get("/take-action/" + issued.id()).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("This urgent action is closed.")))
                .andExpect(content().string(containsString("Countered the intervention: denied the event")))
                .andExpect(content().string(containsString("They denied it.")));
    }

    @Test
    void staffPagesStillNeedALogin() throws Exception {
        mockMvc.perform(get("/actions/" + issued.id())).andExpect(status().is3xxRedirection());
        mockMvc.perform(post("/take-action/" + issued.id()).with(csrf())).andExpect(status().isMethodNotAllowed());
    }
}
