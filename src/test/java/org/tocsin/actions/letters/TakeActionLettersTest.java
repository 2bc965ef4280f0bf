package org.tocsin.actions.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;

/** The letters on the public take-action page and their PDFs, asked for without logging in. */
class TakeActionLettersTest extends IntegrationTest {

    static final String ENGLISH_BODY = "{salutation},\n\nI urge you to protect {persons}.\n\nYours sincerely,\n{member_name}\n{member_town}";
    static final String RUSSIAN_BODY = "{salutation}!\n\nПрошу вас защитить {persons}.\n\nС уважением,\n{member_name}\n{member_town}";

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
    void anIssuedActionWithLettersInEnglishAndRussian() {
        f = new LetterFixtures(db, actions);
        ua = f.issued();
        letters.save(ua.id(), "en", new LetterForm("Protect {persons} ({code})", ENGLISH_BODY, null));
        letters.save(ua.id(), "ru", new LetterForm("Защитите {persons} ({code})", RUSSIAN_BODY, null));
    }

    @Test
    void theEnglishPageFillsEachTargetsLetterInEnglish() throws Exception {
        mockMvc.perform(get("/take-action/" + ua.id()).locale(Locale.ENGLISH).param("name", "Jane <b>Doe</b>").param("town", "Leeds+{code}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your letters")))
                .andExpect(content().string(containsString("Dear Prosecutor General,\n\nI urge you to protect Anna Testova " + f.tag
                        + " and Boris Testov " + f.tag + ".\n\nYours sincerely,\nJane &lt;b&gt;Doe&lt;/b&gt;\nLeeds+{code}")))
                // The minister has no English salutation: the generic one.
                .andExpect(content().string(containsString("Dear Sir or Madam,")))
                .andExpect(content().string(containsString("value=\"Protect Anna Testova " + f.tag)))
                .andExpect(content().string(containsString("href=\"/take-action/" + ua.id() + "/letters/" + f.prosecutor
                        + ".pdf?language=en&amp;name=Jane%20%3Cb%3EDoe%3C%2Fb%3E&amp;town=Leeds%2B%7Bcode%7D\"")))
                .andExpect(content().string(containsString("href=\"/take-action/" + ua.id() + "/letters.pdf?language=en&amp;")))
                // Only the prosecutor has an e-mail address.
                .andExpect(content().string(containsString("href=\"mailto:prosecutor@example.org?subject=Protect%20Anna%20Testova%20")))
                .andExpect(content().string(containsString("Write e-mail")))
                .andExpect(content().string(not(containsString("<b>Doe"))));
    }

    @Test
    void theRussianPageShowsTheRussianLetterAndRussianLabels() throws Exception {
        mockMvc.perform(get("/take-action/" + ua.id()).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ваши письма")))
                .andExpect(content().string(containsString("Язык письма")))
                .andExpect(content().string(containsString("Уважаемый Генеральный прокурор!\n\nПрошу вас защитить Anna Testova " + f.tag
                        + " и Boris Testov " + f.tag)))
                .andExpect(content().string(containsString("Уважаемый господин / уважаемая госпожа!")))
                .andExpect(content().string(containsString(Letters.HANDWRITING)))
                .andExpect(content().string(containsString("Скачать PDF")))
                .andExpect(content().string(containsString("Все письма одним PDF")));
        // The letter language is the member's choice, whatever the page's.
        mockMvc.perform(get("/take-action/" + ua.id()).param("lang", "ru").param("language", "en"))
                .andExpect(content().string(containsString("Dear Prosecutor General,")))
                .andExpect(content().string(containsString("<option value=\"en\" selected=\"selected\">Английский</option>")));
    }

    @Test
    void aRussianLetterNamesThePersonsInCyrillicWhereTheCaseFileHasThatSpelling() throws Exception {
        db.sql("insert into person_name (person_id, name, script, position) values (?, ?, 'cyrillic', 1)")
                .params(f.anna, "Анна Тестова " + f.tag).update();
        mockMvc.perform(get("/take-action/" + ua.id()).param("language", "ru"))
                .andExpect(content().string(containsString("Прошу вас защитить Анна Тестова " + f.tag + " и Boris Testov " + f.tag)));
        mockMvc.perform(get("/take-action/" + ua.id()).param("language", "en"))
                .andExpect(content().string(containsString("I urge you to protect Anna Testova " + f.tag + " and Boris Testov")));
    }

    @Test
    void anAliasOrALongerNameFromTheCaseFileNeverReachesAPublicLetter() throws Exception {
        // Spellings the UA never published: an alias, and the full name with a patronymic.
        db.sql("insert into person_name (person_id, name, script, position) values (?, ?, 'cyrillic', 1), (?, ?, 'cyrillic', 2)")
                .params(f.anna, "Лиса " + f.tag, f.anna, "Анна Петровна Тестова " + f.tag).update();
        mockMvc.perform(get("/take-action/" + ua.id()).param("language", "ru"))
                .andExpect(content().string(containsString("Прошу вас защитить Anna Testova " + f.tag)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Лиса"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Петровна"))));
    }

    @Test
    void anUnknownLanguageIsSaidPlainly() throws Exception {
        mockMvc.perform(get("/take-action/" + ua.id()).locale(Locale.ENGLISH).param("language", "xx<"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no letter in &quot;xx&lt;&quot;")))
                .andExpect(content().string(containsString("Dear Prosecutor General,")));
        mockMvc.perform(get("/take-action/" + ua.id() + "/letters.pdf").locale(Locale.ENGLISH).param("language", "fr"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no model letter with id " + ua.id() + "/fr.")));
    }

    @Test
    void onePdfPerTargetAndOneWithAllTheLetters() throws Exception {
        byte[] one = mockMvc.perform(get("/take-action/" + ua.id() + "/letters/" + f.prosecutor + ".pdf")
                        .param("language", "ru").param("name", "Анна").param("town", "Казань"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\""
                        + ua.code().replaceAll("[^A-Za-z0-9]+", "-") + "-" + f.tag + "-ru.pdf\""))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(one)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Уважаемый Генеральный прокурор!", "Анна", "Казань",
                    "Pavel Prosecutor " + f.tag, "1 Main Street");
        }
        byte[] all = mockMvc.perform(get("/take-action/" + ua.id() + "/letters.pdf").param("language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\""
                        + ua.code().replaceAll("[^A-Za-z0-9]+", "-") + "-en.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(all)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Dear Prosecutor General,", "Mira Minister " + f.tag,
                    "Fax: +1 555 0200");
        }
    }

    @Test
    void draftsUnknownActionsAndOtherTargetsAreNotFound() throws Exception {
        UrgentAction draft = f.draft();
        letters.save(draft.id(), "en", new LetterForm("S", "{salutation}", null));
        mockMvc.perform(get("/take-action/" + draft.id() + "/letters.pdf").param("language", "en")).andExpect(status().isNotFound());
        mockMvc.perform(get("/take-action/" + draft.id() + "/letters/" + f.prosecutor + ".pdf").param("language", "en"))
                .andExpect(status().isNotFound());
        mockMvc.perform(get("/take-action/999999999/letters.pdf").param("language", "en")).andExpect(status().isNotFound());
        long otherTarget = f.id("insert into target (name) values (?) returning id", "Someone Else " + f.tag);
        mockMvc.perform(get("/take-action/" + ua.id() + "/letters/" + otherTarget + ".pdf").param("language", "en"))
                .andExpect(status().isNotFound());
    }

    @Test
    void withoutAModelLetterThereIsNoLettersSection() throws Exception {
        UrgentAction bare = f.issued();
        mockMvc.perform(get("/take-action/" + bare.id()).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Your letters"))));
    }
}
