package org.tocsin.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;

/** The demo urgent actions of the JMG case, as loaded on start (the test profile has tocsin.demo on). */
class DemoActionsTest extends IntegrationTest {

    @Autowired
    JdbcClient db;
    @Autowired
    UrgentActions actions;
    @Autowired
    MockMvc mockMvc;

    long caseId;

    @BeforeEach
    void theDemoCase() {
        List<Long> ids = db.sql("select id from case_file where title = 'Joint Mobile Group and Igor Kalyapin' order by id")
                .query(Long.class).list();
        Assumptions.assumeFalse(ids.isEmpty(), "started with TOCSIN_DEMO=false");
        caseId = ids.getFirst();
    }

    private UrgentAction byCode(String code) {
        return actions.forCase(caseId).stream().filter(r -> code.equals(r.code())).findFirst()
                .map(r -> actions.get(r.id())).orElseThrow();
    }

    @Test
    void theObservatoryAppealAndItsUpdateFormAChain() {
        UrgentAction original = byCode("RUS 004 / 1214 / OBS 093");
        UrgentAction update = byCode("RUS 004 / 1214 / OBS 093.1");
        assertThat(update.parentId()).isEqualTo(original.id());
        assertThat(update.kind()).isEqualTo("update");
        assertThat(update.issuedOn()).isEqualTo(LocalDate.of(2016, 3, 23));
        assertThat(update.recommendedActions()).hasSize(6);
        assertThat(actions.persons(update.id())).hasSize(9);
        assertThat(actions.chain(original.id())).extracting(Views.ActionRow::id).containsExactly(original.id(), update.id());
    }

    @Test
    void theDemoActionsHaveThemes() {
        assertThat(byCode("UA 315/14").themes()).containsExactly("human_rights_defenders", "impunity");
        assertThat(byCode("RUS 004 / 1214 / OBS 093.1").themes()).contains("human_rights_defenders", "torture");
        UrgentAction march = actions.forCase(caseId).stream()
                .filter(r -> r.code() == null && "Rights defenders at risk of further attacks".equals(r.title()))
                .findFirst().map(r -> actions.get(r.id())).orElseThrow();
        assertThat(march.themes()).contains("journalists", "impunity");
    }

    @Test
    void amnestysDecemberAndJuneActionsAreClosedWithTheirOutcome() {
        UrgentAction ua315 = byCode("UA 315/14");
        assertThat(ua315.deadline()).isEqualTo(LocalDate.of(2015, 1, 28));
        assertThat(ua315.status()).isEqualTo("closed");
        assertThat(ua315.outcomeResponse()).isEqualTo("no_response");
        assertThat(actions.persons(ua315.id())).extracting(Views.ActionPerson::name).containsExactly("Igor Kalyapin");
        UrgentAction ua125 = byCode("UA 125/15");
        assertThat(ua125.status()).isEqualTo("closed");
        assertThat(ua125.outcomeImpact()).isEqualTo("moderately_negative");
    }

    @Test
    void theMarch2016ActionHasNoCodeOfItsOwnAndTenPersonsAtRisk() {
        UrgentAction march = actions.forCase(caseId).stream()
                .filter(r -> r.code() == null && "Rights defenders at risk of further attacks".equals(r.title()))
                .findFirst().map(r -> actions.get(r.id())).orElseThrow();
        assertThat(march.codeScheme()).isEqualTo("none");
        assertThat(march.codeNote()).contains("no code of its own");
        assertThat(march.deadline()).isEqualTo(LocalDate.of(2016, 5, 12));
        List<Views.ActionPerson> persons = actions.persons(march.id());
        assertThat(persons).hasSize(10);
        assertThat(persons.stream().filter(p -> "m".equals(p.gender()))).hasSize(7);
        assertThat(persons.stream().filter(p -> "f".equals(p.gender()))).hasSize(3);
        assertThat(actions.details(march.id()).refersTo()).extracting(Views.ActionRow::code)
                .containsExactlyInAnyOrder("UA 315/14", "UA 125/15");
    }

    @Test
    void theDemoPublicPagesShowTheirStateLoggedOut() throws Exception {
        UrgentAction ua315 = byCode("UA 315/14");
        mockMvc.perform(get("/take-action/" + ua315.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Activist attacked and threatened")))
                .andExpect(content().string(containsString("This urgent action is closed.")));
        UrgentAction update = byCode("RUS 004 / 1214 / OBS 093.1");
        mockMvc.perform(get("/take-action/" + update.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("RUS 004 / 1214 / OBS 093")))
                .andExpect(content().string(containsString("No deadline given.")));
    }

    @Test
    void everyDemoTargetLinkFindsItsAuthority() throws Exception {
        // Two each for UA 315/14 and the March 2016 UA, ten for the Observatory's update.
        assertThat(actions.targets(byCode("UA 315/14").id())).extracting(t -> t.name())
                .containsExactly("Aleksandr Ivanovich Bastrykin", "Yuriy Yakovlevich Chaika");
        UrgentAction update = byCode("RUS 004 / 1214 / OBS 093.1");
        assertThat(actions.targets(update.id())).hasSize(10).extracting(t -> t.name())
                .startsWith("Vladimir Putin", "Yuriy Yakovlevich Chaika").endsWith("Alexander Alekseev");
        // Other tests add UAs to the demo case; the demo's own were all made in the loader's one
        // transaction, so they share its start time, the earliest of the case.
        long links = db.sql("select count(*) from urgent_action_target ut join urgent_action a on a.id = ut.action_id"
                + " where a.case_id = ? and a.created_at = (select min(created_at) from urgent_action where case_id = ?)")
                .params(caseId, caseId).query(Long.class).single();
        assertThat(links).isEqualTo(14);
        long chaika = actions.targets(update.id()).get(1).id();
        mockMvc.perform(get("/targets/" + chaika).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/actions/" + update.id())))
                .andExpect(content().string(containsString("Rights defenders at risk of further attacks")));
    }
}
