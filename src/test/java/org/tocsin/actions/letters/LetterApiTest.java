package org.tocsin.actions.letters;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tocsin.IntegrationTest;
import org.tocsin.actions.StepForms;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;

/** GET, PUT and DELETE /api/actions/{id}/letters/{language}. */
class LetterApiTest extends IntegrationTest {

    @Autowired
    MockMvc mockMvc;
    @Autowired
    JdbcClient db;
    @Autowired
    UrgentActions actions;

    LetterFixtures f;
    UrgentAction ua;

    @BeforeEach
    void anIssuedAction() {
        f = new LetterFixtures(db, actions);
        ua = f.issued();
    }

    MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    String letter(String subject, String body, Integer version) {
        return "{\"subject\": \"" + subject + "\", \"body\": \"" + body + "\", \"version\": " + version + "}";
    }

    @Test
    void addChangeReadAndRemoveALetter() throws Exception {
        String url = "/api/actions/" + ua.id() + "/letters/ru";
        mockMvc.perform(api(put(url)).content(letter("О {code}", "{salutation}!\\n\\nЗащитите {persons}.", null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith(url)))
                .andExpect(jsonPath("$.language").value("ru"))
                .andExpect(jsonPath("$.version").value(0));
        mockMvc.perform(api(put(url)).content(letter("О {code} снова", "{salutation}!\\n\\nЗащитите {persons}.", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("О {code} снова"))
                .andExpect(jsonPath("$.version").value(1));
        mockMvc.perform(api(get(url))).andExpect(status().isOk()).andExpect(jsonPath("$.body").value("{salutation}!\n\nЗащитите {persons}."));
        mockMvc.perform(api(get("/api/actions/" + ua.id() + "/letters")))
                .andExpect(jsonPath("$.items[0].language").value("ru")).andExpect(jsonPath("$.total").value(1));
        org.assertj.core.api.Assertions.assertThat(db.sql("select fields from audit_entry where record_kind = 'model_letter' and record_id = ? and action = 'update'")
                .param(ua.id() + "/ru").query(String.class).single()).isEqualTo("{subject}");

        mockMvc.perform(api(delete(url)).param("version", "0")).andExpect(status().isConflict());
        mockMvc.perform(api(delete(url)).param("version", "1")).andExpect(status().isNoContent());
        mockMvc.perform(api(get(url))).andExpect(status().isNotFound());
    }

    @Test
    void aStaleVersionOrASecondNewLetterIsAConflictAndChangesNothing() throws Exception {
        String url = "/api/actions/" + ua.id() + "/letters/en";
        mockMvc.perform(api(put(url)).content(letter("About {code}", "{salutation},", null))).andExpect(status().isCreated());
        mockMvc.perform(api(put(url)).content(letter("Other", "{salutation},", null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:tocsin:problem:concurrent-edit"));
        mockMvc.perform(api(put(url)).content(letter("Mine", "{salutation},", 0))).andExpect(status().isOk());
        mockMvc.perform(api(put(url)).content(letter("Theirs", "{salutation},", 0))).andExpect(status().isConflict());
        mockMvc.perform(api(get(url))).andExpect(jsonPath("$.subject").value("Mine"));
    }

    @Test
    void unknownActionsAndLettersAreNotFound() throws Exception {
        mockMvc.perform(api(get("/api/actions/999999999/letters/en"))).andExpect(status().isNotFound());
        mockMvc.perform(api(get("/api/actions/" + ua.id() + "/letters/fr")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString(ua.id() + "/fr")));
        mockMvc.perform(api(put("/api/actions/999999999/letters/en")).content(letter("S", "B", null))).andExpect(status().isNotFound());
        mockMvc.perform(api(put("/api/actions/" + ua.id() + "/letters/fr")).content(letter("S", "B", 3))).andExpect(status().isNotFound());
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() throws Exception {
        mockMvc.perform(api(put("/api/actions/" + ua.id() + "/letters/en")).content(letter("", "Dear {name}, {persons}", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'subject')].message").value("This field is required."));
        mockMvc.perform(api(put("/api/actions/" + ua.id() + "/letters/en")).content(letter("S", "Dear {name}, {persons}", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Unknown placeholder {name}.")));
        mockMvc.perform(api(put("/api/actions/" + ua.id() + "/letters/xx")).content(letter("S", "B", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("language"));
        mockMvc.perform(api(put("/api/actions/" + ua.id() + "/letters/en")).header("Accept-Language", "ru")
                        .content(letter("S", "{Persons}", null)))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Неизвестная подстановка {Persons}")));
        org.assertj.core.api.Assertions.assertThat(f.count("select count(*) from model_letter where action_id = ?", ua.id())).isZero();
    }

    @Test
    void aClosedActionsLettersCanNoLongerChange() throws Exception {
        String url = "/api/actions/" + ua.id() + "/letters/en";
        mockMvc.perform(api(put(url)).content(letter("About {code}", "{salutation},", null))).andExpect(status().isCreated());
        UrgentAction current = actions.get(ua.id());
        actions.close(ua.id(), new StepForms.CloseForm("no_response", "unknown", "", "", current.version()));
        mockMvc.perform(api(put(url)).content(letter("Changed", "{salutation},", 0)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("action"));
        mockMvc.perform(api(delete(url)).param("version", "0")).andExpect(status().isBadRequest());
        mockMvc.perform(api(get(url))).andExpect(status().isOk()).andExpect(jsonPath("$.subject").value("About {code}"));
    }
}
