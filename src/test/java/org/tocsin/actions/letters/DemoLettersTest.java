package org.tocsin.actions.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;

/** The demo model letters of the JMG case's urgent actions (the test profile loads demo data). */
class DemoLettersTest extends IntegrationTest {

    @Autowired
    JdbcClient db;
    @Autowired
    ModelLetters modelLetters;
    @Autowired
    Letters letters;
    @Autowired
    MockMvc mockMvc;

    List<Long> actionIds;

    @BeforeEach
    void theDemoActions() {
        actionIds = db.sql("""
                        select a.id from urgent_action a join case_file c on c.id = a.case_id
                        where c.title = 'Joint Mobile Group and Igor Kalyapin' order by a.id""")
                .query(Long.class).list();
        Assumptions.assumeFalse(actionIds.isEmpty(), "started with TOCSIN_DEMO=false");
    }

    @Test
    void threeActionsHaveValidLettersInEnglishAndRussian() {
        List<ModelLetter> all = actionIds.stream().flatMap(id -> modelLetters.list(id).stream()).toList();
        assertThat(all).hasSize(6);
        assertThat(all).extracting(ModelLetter::language).containsOnly("en", "ru");
        all.forEach(l -> letters.check(l.template()));
    }

    @Test
    void theMarch2016TakeActionPageOffersTheRussianLetterToTheProsecutorGeneral() throws Exception {
        long id = db.sql("""
                        select a.id from urgent_action a join case_file c on c.id = a.case_id
                        where c.title = 'Joint Mobile Group and Igor Kalyapin' and a.title = 'Rights defenders at risk of further attacks'""")
                .query(Long.class).single();
        mockMvc.perform(get("/take-action/" + id).locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Уважаемый Генеральный прокурор!\n\nМеня глубоко тревожат")))
                .andExpect(content().string(containsString("Под угрозой находятся: Игорь Каляпин, ")));
    }
}
