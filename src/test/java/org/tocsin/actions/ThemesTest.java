package org.tocsin.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tocsin.IntegrationTest;

/** The themes of a UA: chosen on the form or through the API, checked, shown, copied to follow-ups. */
class ThemesTest extends IntegrationTest {

    @Autowired
    MockMvc mockMvc;
    @Autowired
    JdbcClient db;
    @Autowired
    UrgentActions actions;

    Fixtures f;

    @BeforeEach
    void fixtures() {
        f = new Fixtures(db);
    }

    private static MockHttpServletRequestBuilder staff(MockHttpServletRequestBuilder request) {
        return request.with(user(ADMIN).roles("ADMINISTRATOR"));
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private MockHttpServletRequestBuilder form(String title, String... themes) {
        return staff(post("/actions")).with(csrf())
                .param("caseId", String.valueOf(f.caseId)).param("title", title).param("codeScheme", "amnesty")
                .param("issuedPrecision", "day").param("deadline", LocalDate.now().plusDays(20).toString())
                .param("persons[0].personId", String.valueOf(f.anna)).param("persons[0].gender", "f")
                .param("recommendedActions", "Urge protection.").param("languages", "ru")
                .param("targetIds", String.valueOf(f.prosecutor))
                .param("themes", themes);
    }

    private int actionsTitled(String title) {
        return f.count("select count(*) from urgent_action where title = ?", title);
    }

    @Test
    void theFormSavesThemesAndTheStaffAndPublicPagesShowThem() throws Exception {
        String title = "Themed " + f.tag;
        String location = mockMvc.perform(form(title, "torture", "human_rights_defenders"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // Kept in the vocabulary's order, whatever the order of the boxes sent.
        assertThat(actions.get(id).themes()).containsExactly("human_rights_defenders", "torture");
        assertThat(db.sql("select fields from audit_entry where record_kind = 'urgent_action' and record_id = ? and action = 'create'")
                .param(Long.toString(id)).query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
                .contains("themes");

        mockMvc.perform(staff(get("/actions/" + id))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Human rights defenders, Torture and ill-treatment")));
        mockMvc.perform(staff(get("/actions/" + id)).locale(Locale.forLanguageTag("ru"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Правозащитники, Пытки и жестокое обращение")));
        mockMvc.perform(staff(get("/actions/" + id + "/edit"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend>Themes</legend>")))
                .andExpect(content().string(containsString("value=\"torture\" checked")))
                .andExpect(content().string(not(containsString("value=\"lgbti\" checked"))));
        mockMvc.perform(staff(get("/actions/new").param("caseId", String.valueOf(f.caseId))).locale(Locale.forLanguageTag("ru")))
                .andExpect(content().string(containsString("<legend>Темы</legend>")))
                .andExpect(content().string(containsString("Насильственные исчезновения")));

        UrgentAction draft = actions.get(id);
        actions.issue(id, draft.version(), "");
        mockMvc.perform(get("/take-action/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Torture and ill-treatment")));
        mockMvc.perform(get("/take-action/" + id).locale(Locale.forLanguageTag("ru"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Правозащитники")));
    }

    @Test
    void anUnknownThemeIsAFieldErrorAndWritesNothing() throws Exception {
        String title = "Unknown theme " + f.tag;
        mockMvc.perform(form(title, "torture", "weather"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"themes-error\"")))
                .andExpect(content().string(containsString("Choose one of the listed values.")))
                // The researcher's choice is kept on the re-shown form.
                .andExpect(content().string(containsString("value=\"torture\" checked")));
        mockMvc.perform(form(title, "weather").locale(Locale.forLanguageTag("ru")))
                .andExpect(content().string(containsString("Выберите одно из значений списка.")));
        assertThat(actionsTitled(title)).isZero();
    }

    @Test
    void aFollowUpStartsWithTheThemesOfTheUaItFollows() {
        ActionForm complete = f.complete("amnesty");
        ActionForm themed = new ActionForm(complete.caseId(), complete.title(), complete.codeScheme(), complete.code(),
                complete.codeNote(), complete.countryCode(), complete.issuer(), complete.issuedOn(),
                complete.issuedPrecision(), complete.deadline(), complete.country(), complete.summary(),
                complete.background(), complete.recommendedActions(), complete.languages(), complete.persons(),
                complete.targetIds(), complete.copiesToDiplomats(), complete.internalNote(), null,
                List.of("enforced_disappearance", "impunity"));
        UrgentAction original = actions.create(themed);
        actions.issue(original.id(), original.version(), "");
        UrgentAction followUp = actions.followUp(original.id(), "further_information");
        assertThat(followUp.themes()).containsExactly("enforced_disappearance", "impunity");
    }

    @Test
    void theApiReadsAndWritesThemes() throws Exception {
        String body = """
                {"caseId": %d, "title": "API themes %s", "codeScheme": "amnesty", "themes": ["journalists", "freedom_of_expression"]%s}""";
        String created = mockMvc.perform(api(post("/api/actions")).content(body.formatted(f.caseId, f.tag, "")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.themes[0]").value("journalists"))
                .andExpect(jsonPath("$.themes[1]").value("freedom_of_expression"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mockMvc.perform(api(get("/api/actions/" + id)))
                .andExpect(jsonPath("$.action.themes.length()").value(2));

        mockMvc.perform(api(put("/api/actions/" + id)).content("""
                        {"caseId": %d, "title": "API themes %s", "codeScheme": "amnesty", "themes": ["death_penalty"], "version": 0}"""
                        .formatted(f.caseId, f.tag)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.themes.length()").value(1))
                .andExpect(jsonPath("$.themes[0]").value("death_penalty"));
        mockMvc.perform(api(put("/api/actions/" + id)).content("""
                        {"caseId": %d, "title": "API themes %s", "codeScheme": "amnesty", "themes": ["gossip"], "version": 1}"""
                        .formatted(f.caseId, f.tag)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("themes")));
        assertThat(actions.get(id).themes()).containsExactly("death_penalty");
        assertThat(db.sql("select fields from audit_entry where record_kind = 'urgent_action' and record_id = ? and action = 'update'")
                .param(Long.toString(id)).query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
                .contains("themes");
    }
}
