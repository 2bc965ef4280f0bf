package org.tocsin.actions.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tocsin.IntegrationTest;
import org.tocsin.actions.StepForms;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;

/** The staff pages of a UA's model letters. */
class LetterPagesTest extends IntegrationTest {

    @Autowired
    MockMvc mockMvc;
    @Autowired
    JdbcClient db;
    @Autowired
    UrgentActions actions;
    @Autowired
    ModelLetters letters;

    LetterFixtures f;
    UrgentAction ua;

    @BeforeEach
    void aDraft() {
        f = new LetterFixtures(db, actions);
        ua = f.draft();
    }

    MockHttpServletRequestBuilder staff(MockHttpServletRequestBuilder request) {
        return request.with(user(ADMIN).roles("ADMINISTRATOR")).with(csrf());
    }

    @Test
    void writeALetterInANewLanguageAndSeeItListed() throws Exception {
        mockMvc.perform(staff(get("/actions/" + ua.id() + "/letters")).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No model letter yet.")))
                .andExpect(content().string(containsString("<option value=\"ru\">Russian (ru)</option>")));
        mockMvc.perform(staff(get("/actions/" + ua.id() + "/letters/edit")).param("language", "ru").locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Model letter in Russian")))
                .andExpect(content().string(containsString("{salutation} {target_name}")));
        mockMvc.perform(staff(post("/actions/" + ua.id() + "/letters/ru")).param("subject", "О {code}")
                        .param("body", "{salutation}!\r\n\r\nЗащитите {persons}.").param("version", ""))
                .andExpect(redirectedUrl("/actions/" + ua.id() + "/letters#letter-ru"));
        assertThat(letters.get(ua.id(), "ru").body()).isEqualTo("{salutation}!\r\n\r\nЗащитите {persons}.");
        mockMvc.perform(staff(get("/actions/" + ua.id() + "/letters")).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Russian (ru)</h2>")))
                .andExpect(content().string(containsString("Remove the letter in Russian")))
                .andExpect(content().string(not(containsString("<option value=\"ru\">"))));
        mockMvc.perform(staff(get("/actions/" + ua.id() + "/letters/summary")).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Russian</a>: <span>О {code}</span>")));
        mockMvc.perform(staff(get("/actions/" + ua.id())).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("hx-get=\"/actions/" + ua.id() + "/letters/summary\"")));
    }

    @Test
    void badInputIsShownNextToTheFieldAndWritesNothing() throws Exception {
        mockMvc.perform(staff(post("/actions/" + ua.id() + "/letters/en")).locale(Locale.ENGLISH).param("subject", " ")
                        .param("body", "Dear {name},\nabout {persons} and {name}").param("version", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"subject-error\" class=\"field-error\">This field is required.")))
                .andExpect(content().string(containsString("Unknown placeholder {name}. The placeholders are: {salutation}")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("about {persons} and {name}</textarea>")));
        mockMvc.perform(staff(get("/actions/" + ua.id() + "/letters/edit")).param("language", "zz").locale(Locale.ENGLISH))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Unknown language code &quot;zz&quot;")));
        assertThat(f.count("select count(*) from model_letter where action_id = ?", ua.id())).isZero();
    }

    @Test
    void inRussian() throws Exception {
        mockMvc.perform(staff(post("/actions/" + ua.id() + "/letters/ru")).param("lang", "ru").param("subject", "Тема")
                        .param("body", "{приветствие}").param("version", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Образец письма: Русский")))
                .andExpect(content().string(containsString("Неизвестная подстановка {приветствие}.")));
        mockMvc.perform(staff(get("/actions/" + ua.id() + "/letters")).param("lang", "ru"))
                .andExpect(content().string(containsString("Образцов писем пока нет.")))
                .andExpect(content().string(containsString("Добавить образец письма")));
    }

    @Test
    void aStaleEditIsRefusedAndKeepsWhatTheUserTyped() throws Exception {
        letters.save(ua.id(), "en", new LetterForm("First", "{salutation},", null));
        letters.save(ua.id(), "en", new LetterForm("Second", "{salutation},", 0));
        mockMvc.perform(staff(post("/actions/" + ua.id() + "/letters/en")).locale(Locale.ENGLISH).param("subject", "Mine")
                        .param("body", "{salutation}, my text").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("was changed by someone else")))
                .andExpect(content().string(containsString("value=\"Mine\"")))
                .andExpect(content().string(containsString("{salutation}, my text</textarea>")));
        mockMvc.perform(staff(post("/actions/" + ua.id() + "/letters/en/delete")).locale(Locale.ENGLISH).param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(letters.get(ua.id(), "en").subject()).isEqualTo("Second");
        mockMvc.perform(staff(post("/actions/" + ua.id() + "/letters/en/delete")).param("version", "1"))
                .andExpect(redirectedUrl("/actions/" + ua.id() + "/letters"));
        assertThat(letters.find(ua.id(), "en")).isEmpty();
    }

    @Test
    void onceClosedTheLettersAreShownButNotEditable() throws Exception {
        letters.save(ua.id(), "en", new LetterForm("Kept", "{salutation},", null));
        UrgentAction issued = actions.issue(ua.id(), ua.version(), null);
        actions.close(ua.id(), new StepForms.CloseForm("no_response", "unknown", "", "", issued.version()));
        mockMvc.perform(staff(get("/actions/" + ua.id() + "/letters")).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("This urgent action is closed")))
                .andExpect(content().string(containsString("Kept")))
                .andExpect(content().string(not(containsString("/delete"))))
                .andExpect(content().string(not(containsString("Add a model letter"))));
        mockMvc.perform(staff(post("/actions/" + ua.id() + "/letters/en")).locale(Locale.ENGLISH).param("subject", "Changed")
                        .param("body", "{salutation},").param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This urgent action is closed")));
        mockMvc.perform(staff(get("/actions/" + ua.id() + "/letters/edit")).param("language", "en"))
                .andExpect(redirectedUrl("/actions/" + ua.id() + "/letters"));
        assertThat(letters.get(ua.id(), "en").subject()).isEqualTo("Kept");
        mockMvc.perform(staff(get("/actions/999999999/letters"))).andExpect(status().isNotFound());
    }
}
