package org.tocsin.network.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tocsin.actions.ActionFixtures;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;
import org.tocsin.network.MailTest;
import org.tocsin.network.members.Members;
import org.tocsin.security.UserAccounts;

/**
 * A published localisation's public page: its letter filled in for the UA's targets and the
 * section's own, its PDFs, the report form with a member's notification link, and the check of
 * the letter when a coordinator saves it. A mail test, as the member's link comes by mail.
 */
class LocalLettersTest extends MailTest {

    static final String RUSSIAN_BODY = "{salutation}!\n\nПрошу вас защитить {persons} до {deadline}.\n\nС уважением,\n{member_name}\n{member_town}";
    static final String ENGLISH_BODY = "{salutation},\n\nPlease protect {persons}.\n\nYours sincerely,\n{member_name}\n{member_town}";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient db;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UrgentActions actions;
    @Autowired
    Localisations localisations;
    @Autowired
    Members members;

    SectionFixtures f;
    String ivan;
    String kari;
    long latvia;
    long norway;
    long riga;
    long oslo;
    UrgentAction ua;

    @BeforeEach
    void fixtures() {
        f = new SectionFixtures(db, accounts);
        ivan = f.coordinator("ivan");
        kari = f.coordinator("kari");
        latvia = f.section("Latvia", "LVA", List.of("ru", "lv"), ivan);
        norway = f.section("Norway", "NOR", List.of("nb", "en"), kari);
        riga = f.embassy(latvia, "Antonijas iela 2");
        oslo = f.embassy(norway, "Drammensveien 74");
        ua = new ActionFixtures(db, actions).issued();
    }

    @AfterEach
    void signOut() {
        SectionFixtures.signOut();
    }

    Localisation draft(String coordinator, long section, String language, String subject, String body, long embassy) {
        SectionFixtures.signIn(coordinator, "COORDINATOR");
        try {
            return localisations.create(ua.id(), section, new LocalisationInput(language, "Localised " + f.tag,
                    "What happened.", List.of("Ask for protection."), subject, body,
                    ua.deadline().minusDays(5).toString(), List.of(embassy), null));
        } finally {
            SectionFixtures.signOut();
        }
    }

    Localisation published(String coordinator, long section, String language, String subject, String body, long embassy) {
        Localisation l = draft(coordinator, section, language, subject, body, embassy);
        SectionFixtures.signIn(coordinator, "COORDINATOR");
        try {
            return localisations.publish(l.id(), l.version());
        } finally {
            SectionFixtures.signOut();
        }
    }

    Localisation russian() {
        return published(ivan, latvia, "ru", "Защитите {persons}", RUSSIAN_BODY, riga);
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String persons() {
        return "Anna Testova " + ua.title().substring(ua.title().lastIndexOf(' ') + 1);
    }

    @Test
    void theRussianPageHasALetterToTheUasTargetAndTheLocalEmbassy() throws Exception {
        Localisation l = russian();
        String html = page(get("/take-action/local/" + l.id()).param("lang", "en")
                .param("name", "Иван Петров").param("town", "Рига"));
        assertThat(html).contains("Ваши письма", "Язык письма", "Скачать PDF", "Все письма одним PDF",
                "Уважаемый Генеральный прокурор!\n\nПрошу вас защитить " + persons(),
                "Ваше превосходительство!\n\nПрошу вас защитить " + persons(),
                "С уважением,\nИван Петров\nРига",
                "Кому: Ambassador of Testland " + f.tag,
                "action=\"/take-action/local/" + l.id() + "#letters\"",
                "href=\"/take-action/local/" + l.id() + "/letters/" + riga + ".pdf?language=ru&amp;name=",
                "href=\"/take-action/local/" + l.id() + "/letters.pdf?language=ru&amp;name=",
                // Only the prosecutor has an e-mail address.
                "href=\"mailto:prosecutor@example.org?subject=",
                "value=\"Защитите Anna Testova",
                "hx-get=\"/take-action/" + ua.id() + "/report\"")
                .doesNotContain("Dear ", "{persons}");
        // The localisation's own deadline is the one its letter asks to keep.
        assertThat(html).contains(" до " + ua.deadline().minusDays(5).getDayOfMonth() + " ");
    }

    @Test
    void theEnglishPageOfAnotherSectionWritesToItsOwnEmbassy() throws Exception {
        Localisation l = published(kari, norway, "en", "Protect {persons}", ENGLISH_BODY, oslo);
        String html = page(get("/take-action/local/" + l.id()).param("lang", "ru"));
        assertThat(html).contains("Your letters", "Letter language", "Download PDF", "All letters as one PDF",
                "Dear Prosecutor General,\n\nPlease protect " + persons(),
                "Your Excellency,\n\nPlease protect " + persons(),
                "To Ambassador of Testland " + f.tag, "Drammensveien 74",
                "hx-get=\"/take-action/" + ua.id() + "/report\"")
                .doesNotContain("Ваше превосходительство!");
        // The original's own page is unchanged: it has no model letter, so no letters.
        assertThat(page(get("/take-action/" + ua.id()).param("lang", "en"))).doesNotContain("Your letters");
    }

    @Test
    void thePdfsCarryTheCyrillicLetterAndTheEmbassysName() throws Exception {
        Localisation l = russian();
        byte[] one = mvc.perform(get("/take-action/local/" + l.id() + "/letters/" + riga + ".pdf")
                        .param("name", "Иван Петров").param("town", "Рига"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        "attachment; filename=\"[A-Za-z0-9-]+-" + f.tag + "-ru\\.pdf\"")))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(one)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Ваше превосходительство!", "Прошу вас защитить",
                    "Ambassador of Testland " + f.tag, "Иван Петров", "Рига");
        }
        byte[] all = mvc.perform(get("/take-action/local/" + l.id() + "/letters.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        "attachment; filename=\"[A-Za-z0-9-]+-ru\\.pdf\"")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(all)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Уважаемый Генеральный прокурор!",
                    "Ваше превосходительство!", "Ambassador of Testland " + f.tag, "С уважением");
        }
        // Another section's embassy is no target of this localisation.
        mvc.perform(get("/take-action/local/" + l.id() + "/letters/" + oslo + ".pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/take-action/local/999999999/letters.pdf")).andExpect(status().isNotFound());
    }

    @Test
    void aDraftIsNotFoundAndALocalisationWithoutALetterHasNoLetters() throws Exception {
        Localisation draft = draft(ivan, latvia, "ru", "Защитите {persons}", RUSSIAN_BODY, riga);
        mvc.perform(get("/take-action/local/" + draft.id())).andExpect(status().isNotFound());
        mvc.perform(get("/take-action/local/" + draft.id() + "/letters.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/take-action/local/" + draft.id() + "/letters/" + riga + ".pdf")).andExpect(status().isNotFound());

        SectionFixtures.signIn(ivan, "COORDINATOR");
        Localisation l = localisations.publish(draft.id(), draft.version());
        SectionFixtures.signOut();
        // Published before letters were asked for (or emptied since): the page has no letters, the PDFs are gone.
        db.sql("update localisation set letter_subject = null, letter_body = null where id = ?").param(l.id()).update();
        assertThat(page(get("/take-action/local/" + l.id()))).doesNotContain("Ваши письма", "id=\"letters\"")
                .contains("Ваше превосходительство");
        mvc.perform(get("/take-action/local/" + l.id() + "/letters.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/take-action/local/" + l.id() + "/letters/" + riga + ".pdf")).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownPlaceholderIsAnErrorNextToItsFieldAndNothingIsWritten() throws Exception {
        Localisation l = draft(ivan, latvia, "ru", "Защитите {persons}", RUSSIAN_BODY, riga);
        String html = mvc.perform(post("/sections/localisations/" + l.id()).with(user(ivan).roles("COORDINATOR")).with(csrf())
                        .param("lang", "en").param("version", "" + l.version()).param("title", "Changed " + f.tag)
                        .param("letterSubject", "Защитите {victim}").param("letterBody", "{salutation}!\n\n{persona} {persons}")
                        .param("targetIds", "" + riga))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"letterSubject-error\"", "Unknown placeholder {victim}.",
                "id=\"letterBody-error\"", "Unknown placeholder {persona}.", "aria-invalid=\"true\"",
                "value=\"Changed " + f.tag + "\"");
        assertThat(localisations.get(l.id()).title()).isEqualTo("Localised " + f.tag);
        assertThat(localisations.get(l.id()).letterBody()).isEqualTo(RUSSIAN_BODY);
        assertThat(localisations.get(l.id()).version()).isEqualTo(l.version());

        String ru = mvc.perform(post("/sections/localisations/" + l.id()).with(user(ivan).roles("COORDINATOR")).with(csrf())
                        .param("lang", "ru").param("version", "" + l.version()).param("title", "Changed " + f.tag)
                        .param("letterSubject", "Тема").param("letterBody", "{salutation} {жертва}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(ru).contains("Неизвестная подстановка {жертва}.");

        // A letter stored before the check (here by SQL) cannot be published as it is.
        db.sql("update localisation set letter_body = '{salutation} {victim}' where id = ?").param(l.id()).update();
        mvc.perform(post("/sections/localisations/" + l.id() + "/publish").with(user(ivan).roles("COORDINATOR")).with(csrf())
                        .param("lang", "en").param("version", "" + l.version()))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Unknown placeholder {victim}.")));
        assertThat(localisations.get(l.id()).status()).isEqualTo("draft");
    }

    @Test
    void aMembersLinkFromTheLocalisationNoticeCountsTheirReportAtOnce() throws Exception {
        String address = "ll-" + f.tag + "-" + UUID.randomUUID().toString().substring(0, 4) + "@example.org";
        long member = members.addConfirmed(address, "Ирина Тестова", "ru", latvia, List.of(), "immediate");
        Localisation l = russian();
        MimeMessage notice = awaitMails(address, 1).getFirst();
        String link = link(notice, "/take-action/local/" + l.id());
        String token = link.substring(link.indexOf("?m=") + 3);

        assertThat(page(get(link))).contains("hx-get=\"/take-action/" + ua.id() + "/report\"");
        // htmx loads the form with the localisation page's address, ?m= and all.
        String form = page(get("/take-action/" + ua.id() + "/report").header("HX-Request", "true")
                .header("HX-Current-URL", "https://tocsin.example.org" + link).locale(Locale.forLanguageTag("ru")));
        assertThat(form).contains("name=\"m\" value=\"" + token + "\"");
        String forged = page(get("/take-action/" + ua.id() + "/report").header("HX-Request", "true")
                .header("HX-Current-URL", "https://tocsin.example.org/take-action/local/" + l.id() + "?m=" + token + "x"));
        assertThat(forged).doesNotContain("name=\"m\"");

        String done = page(post("/take-action/" + ua.id() + "/report").with(csrf()).header("HX-Request", "true")
                .with(request -> {
                    request.setRemoteAddr("10.9." + (member % 250) + "." + (1 + (int) (Math.random() * 250)));
                    return request;
                })
                .locale(Locale.forLanguageTag("ru"))
                .param("channel", "letter").param("count", "2").param("takenOn", LocalDate.now().toString())
                .param("email", "").param("website", "").param("m", token));
        assertThat(done).contains("Спасибо! Ваше сообщение учтено.");
        assertThat(db.sql("select status from action_report where action_id = ? and member_id = ?")
                .params(ua.id(), member).query(String.class).list()).containsExactly("confirmed");
        assertThat(db.sql("select section_id from action_report where action_id = ? and member_id = ?")
                .params(ua.id(), member).query(Long.class).single()).isEqualTo(latvia);
    }
}
