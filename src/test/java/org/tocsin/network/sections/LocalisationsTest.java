package org.tocsin.network.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;
import org.tocsin.actions.ActionFixtures;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;
import org.tocsin.security.UserAccounts;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;

/** Localising an issued UA for a section: who may, what it starts from, the rules, publishing and follow-ups. */
@RecordApplicationEvents
class LocalisationsTest extends IntegrationTest {

    @Autowired
    MockMvc mockMvc;
    @Autowired
    JdbcClient db;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UrgentActions actions;
    @Autowired
    Localisations localisations;
    @Autowired
    ApplicationEvents events;

    SectionFixtures f;
    ActionFixtures uas;
    String kari;
    String ivan;
    long norway;
    long latvia;
    long embassy;

    @BeforeEach
    void fixtures() {
        f = new SectionFixtures(db, accounts);
        uas = new ActionFixtures(db, actions);
        kari = f.coordinator("kari");
        ivan = f.coordinator("ivan");
        norway = f.section("Norway", "NOR", List.of("nb", "en"), kari);
        latvia = f.section("Latvia", "LVA", List.of("ru", "lv"), ivan);
        embassy = f.embassy(norway, "Drammensveien 74");
    }

    @AfterEach
    void signOut() {
        SectionFixtures.signOut();
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(InvalidInputException.FieldError::field).toList();
    }

    private LocalisationInput complete(String language, UrgentAction ua) {
        return new LocalisationInput(language, "Localised " + f.tag, "What happened, told locally.",
                List.of("Ask for an investigation."), "Subject " + f.tag, "{salutation}\n\nPlease investigate.",
                ua.deadline().minusDays(5).toString(), List.of(embassy), null);
    }

    private long localisations(long actionId) {
        return db.sql("select count(*) from localisation where action_id = ?").param(actionId).query(Long.class).single();
    }

    @Test
    void aNewLocalisationStartsFromTheOriginalAndItsModelLetter() throws Exception {
        UrgentAction ua = uas.issued();
        db.sql("insert into model_letter (action_id, language, subject, body) values (?, 'en', ?, 'Dear {salutation}')")
                .params(ua.id(), "Model subject " + f.tag).update();
        mockMvc.perform(get("/sections/localisations/new").param("actionId", "" + ua.id()).param("sectionId", "" + norway)
                        .param("language", "en").param("lang", "en").with(user(kari).roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + ua.title() + "\"")))
                .andExpect(content().string(containsString("Urge an investigation.\nUrge protection.")))
                .andExpect(content().string(containsString("value=\"Model subject " + f.tag + "\"")))
                .andExpect(content().string(containsString("value=\"" + ua.deadline() + "\"")))
                .andExpect(content().string(containsString("value=\"" + embassy + "\" checked")));
        mockMvc.perform(get("/sections/localisations/new").param("actionId", "" + ua.id()).param("sectionId", "" + norway)
                        .param("language", "nb").param("lang", "ru").with(user(kari).roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Новая адаптация")))
                .andExpect(content().string(containsString("id=\"letterSubject\" name=\"letterSubject\" value=\"\"")));
    }

    @Test
    void aCoordinatorCreatesALocalisationThatTheUaPageLists() throws Exception {
        UrgentAction ua = uas.issued();
        mockMvc.perform(post("/sections/localisations").with(user(kari).roles("COORDINATOR")).with(csrf())
                        .param("actionId", "" + ua.id()).param("sectionId", "" + norway).param("language", "nb")
                        .param("title", "Forsvarere i fare " + f.tag).param("summary", "Sammendrag")
                        .param("recommendedActions", "Be om etterforskning.\n\nBe om beskyttelse.")
                        .param("localDeadline", ua.deadline().minusDays(3).toString())
                        .param("targetIds", "" + embassy))
                .andExpect(status().is3xxRedirection());
        Localisation created = localisations.forAction(ua.id()).getFirst().localisation();
        assertThat(created.recommendedActions()).containsExactly("Be om etterforskning.", "Be om beskyttelse.");
        assertThat(created.status()).isEqualTo("draft");
        assertThat(localisations.targetIds(created.id())).containsExactly(embassy);
        assertThat(db.sql("select count(*) from audit_entry where record_kind = 'localisation' and record_id = ? and action = 'create'")
                .param("" + created.id()).query(Long.class).single()).isEqualTo(1);

        mockMvc.perform(get("/sections/localisations/for-action/" + ua.id()).param("lang", "en").with(user(kari).roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Forsvarere i fare " + f.tag)))
                .andExpect(content().string(containsString("draft")))
                // nb is done; en is still open for Kari's section, and she coordinates no other.
                .andExpect(content().string(containsString("language=en")))
                .andExpect(content().string(not(containsString("language=nb"))))
                .andExpect(content().string(not(containsString("sectionId=" + latvia))));
        mockMvc.perform(get("/actions/" + ua.id()).with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/sections/localisations/for-action/" + ua.id() + "\"")));
    }

    @Test
    void theLocalDeadlineFallsBetweenTheIssueDateAndTheUasDeadline() throws Exception {
        UrgentAction ua = uas.issued();
        mockMvc.perform(post("/sections/localisations").with(user(kari).roles("COORDINATOR")).with(csrf()).param("lang", "en")
                        .param("actionId", "" + ua.id()).param("sectionId", "" + norway).param("language", "en")
                        .param("title", "Late").param("localDeadline", ua.deadline().plusDays(1).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"localDeadline-error\"")))
                .andExpect(content().string(containsString("cannot be after the urgent action&#39;s own deadline (" + ua.deadline() + ")")));
        mockMvc.perform(post("/sections/localisations").with(user(kari).roles("COORDINATOR")).with(csrf()).param("lang", "ru")
                        .param("actionId", "" + ua.id()).param("sectionId", "" + norway).param("language", "en")
                        .param("title", "").param("localDeadline", ua.issuedOn().minusDays(1).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("не может быть раньше даты выпуска срочной акции (" + ua.issuedOn() + ")")))
                .andExpect(content().string(containsString("id=\"title-error\"")));
        assertThat(localisations(ua.id())).isZero();
    }

    @Test
    void draftsLanguagesOutsideTheSectionAndTargetsOfOtherSectionsAreRefused() {
        SectionFixtures.signIn(kari, "COORDINATOR");
        UrgentAction draft = uas.draft();
        assertThatThrownBy(() -> localisations.create(draft.id(), norway, complete("nb", draft)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("actionId"));
        UrgentAction ua = uas.issued();
        assertThatThrownBy(() -> localisations.create(ua.id(), norway, complete("ru", ua)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("language"));
        long latvianEmbassy = f.embassy(latvia, "Antonijas iela 2");
        LocalisationInput foreignTarget = new LocalisationInput("nb", "T", null, List.of(), null, null, null,
                List.of(latvianEmbassy), null);
        assertThatThrownBy(() -> localisations.create(ua.id(), norway, foreignTarget))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("targetIds"));
        localisations.create(ua.id(), norway, complete("nb", ua));
        assertThatThrownBy(() -> localisations.create(ua.id(), norway, complete("nb", ua)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("language"));
        assertThat(localisations(draft.id())).isZero();
        assertThat(localisations(ua.id())).isEqualTo(1);
    }

    @Test
    void aCoordinatorOfAnotherSectionGets403AndResearchersMayOnlyRead() throws Exception {
        UrgentAction ua = uas.issued();
        SectionFixtures.signIn(kari, "COORDINATOR");
        Localisation l = localisations.create(ua.id(), norway, complete("nb", ua));
        SectionFixtures.signIn(ivan, "COORDINATOR");
        assertThatThrownBy(() -> localisations.create(ua.id(), norway, complete("en", ua))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> localisations.publish(l.id(), l.version())).isInstanceOf(AccessDeniedException.class);
        SectionFixtures.signOut();

        mockMvc.perform(post("/sections/localisations/" + l.id()).with(user(ivan).roles("COORDINATOR")).with(csrf())
                        .param("title", "Hijacked").param("version", "" + l.version()))
                .andExpect(status().isForbidden());
        mockMvc.perform(post("/sections/localisations/" + l.id() + "/publish").with(user(ivan).roles("COORDINATOR")).with(csrf())
                        .param("version", "" + l.version()))
                .andExpect(status().isForbidden());
        mockMvc.perform(get("/sections/localisations/new").param("actionId", "" + ua.id()).param("sectionId", "" + norway)
                        .param("language", "en").with(user(ivan).roles("COORDINATOR")))
                .andExpect(status().isForbidden());
        mockMvc.perform(post("/sections/localisations/" + l.id()).with(user("researcher").roles("RESEARCHER")).with(csrf())
                        .param("title", "Hijacked").param("version", "" + l.version()))
                .andExpect(status().isForbidden());
        mockMvc.perform(get("/sections/localisations/" + l.id()).with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Localised " + f.tag)));
        assertThat(localisations.get(l.id()).title()).isEqualTo("Localised " + f.tag);
        assertThat(localisations.get(l.id()).status()).isEqualTo("draft");
    }

    @Test
    void aStaleEditIsAConflictAndKeepsTheInput() throws Exception {
        UrgentAction ua = uas.issued();
        SectionFixtures.signIn(kari, "COORDINATOR");
        Localisation l = localisations.create(ua.id(), norway, complete("en", ua));
        localisations.update(l.id(), new LocalisationInput(null, "First edit", null, List.of(), null, null, null,
                List.of(), l.version()));
        assertThatThrownBy(() -> localisations.update(l.id(), new LocalisationInput(null, "Second edit", null,
                List.of(), null, null, null, List.of(), l.version()))).isInstanceOf(ConcurrentEditException.class);
        SectionFixtures.signOut();
        mockMvc.perform(post("/sections/localisations/" + l.id()).with(user(kari).roles("COORDINATOR")).with(csrf())
                        .param("lang", "en").param("title", "Page edit " + f.tag).param("version", "" + l.version()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("value=\"Page edit " + f.tag + "\"")))
                .andExpect(content().string(containsString("role=\"alert\"")));
        assertThat(localisations.get(l.id()).title()).isEqualTo("First edit");
    }

    @Test
    void publishingNeedsTheTextAndTheLetterAndAnnouncesIt() throws Exception {
        UrgentAction ua = uas.issued();
        SectionFixtures.signIn(kari, "COORDINATOR");
        Localisation l = localisations.create(ua.id(), norway, new LocalisationInput("en", "Bare " + f.tag, null,
                List.of(), null, null, null, List.of(), null));
        SectionFixtures.signOut();
        mockMvc.perform(post("/sections/localisations/" + l.id() + "/publish").with(user(kari).roles("COORDINATOR")).with(csrf())
                        .param("lang", "en").param("version", "" + l.version()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Summary: give the localised summary.")))
                .andExpect(content().string(containsString("Recommended actions: give at least one.")))
                .andExpect(content().string(containsString("Letter subject: give the subject of the model letter.")))
                .andExpect(content().string(containsString("Letter text: give the text of the model letter.")));
        assertThat(localisations.get(l.id()).status()).isEqualTo("draft");
        assertThat(events.stream(LocalisationPublished.class)).isEmpty();

        SectionFixtures.signIn(kari, "COORDINATOR");
        LocalisationInput full = complete("en", ua);
        Localisation edited = localisations.update(l.id(), new LocalisationInput(null, full.title(), full.summary(),
                full.recommendedActions(), full.letterSubject(), full.letterBody(), full.localDeadline(), full.targetIds(),
                l.version()));
        Localisation published = localisations.publish(l.id(), edited.version());
        assertThat(published.status()).isEqualTo("published");
        assertThat(published.publishedAt()).isNotNull();
        assertThat(events.stream(LocalisationPublished.class))
                .containsExactly(new LocalisationPublished(l.id(), ua.id(), norway, "en"));
        assertThat(db.sql("select count(*) from audit_entry where record_kind = 'localisation' and record_id = ? and action = 'publish'")
                .param("" + l.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFollowUpMarksEarlierLocalisationsAsNeedingAnUpdate() throws Exception {
        UrgentAction ua = uas.issued();
        SectionFixtures.signIn(ADMIN, "ADMINISTRATOR");
        Localisation l = localisations.create(ua.id(), norway, complete("nb", ua));
        Localisation other = localisations.create(uas.issued().id(), norway, complete("nb", ua));
        SectionFixtures.signOut();
        assertThat(l.needsUpdate()).isFalse();

        UrgentAction followUp = uas.issueFollowUp(ua.id());
        assertThat(localisations.get(l.id()).needsUpdate()).isTrue();
        assertThat(localisations.get(other.id()).needsUpdate()).isFalse();

        mockMvc.perform(get("/sections/localisations/" + l.id()).param("lang", "en").with(user(kari).roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"needs-update\"")))
                .andExpect(content().string(containsString("The original has a newer follow-up")))
                .andExpect(content().string(containsString("href=\"/actions/" + followUp.id() + "\"")))
                .andExpect(content().string(containsString("actionId=" + followUp.id() + "&amp;sectionId=" + norway + "&amp;language=nb")));
        mockMvc.perform(get("/sections/localisations/" + l.id()).param("lang", "ru").with(user(kari).roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("У оригинала есть более новое продолжение")));

        Localisation before = localisations.get(l.id());
        mockMvc.perform(post("/sections/localisations/" + l.id() + "/reviewed").with(user(kari).roles("COORDINATOR")).with(csrf())
                        .param("version", "" + before.version()))
                .andExpect(status().is3xxRedirection());
        assertThat(localisations.get(l.id()).needsUpdate()).isFalse();

        // The follow-up itself can be localised in the same language.
        SectionFixtures.signIn(kari, "COORDINATOR");
        LocalisationInput again = new LocalisationInput("nb", "Oppdatering", null, List.of(), null, null,
                followUp.deadline().toString(), List.of(), null);
        assertThat(localisations.create(followUp.id(), norway, again).needsUpdate()).isFalse();
    }

    @Test
    void thePublicPageShowsTheLocalTextDeadlineAndTargetsAndHidesDrafts() throws Exception {
        UrgentAction ua = uas.issued();
        SectionFixtures.signIn(ivan, "COORDINATOR");
        long riga = f.embassy(latvia, "Antonijas iela 2");
        LocalisationInput ru = new LocalisationInput("ru", "Правозащитники в опасности " + f.tag, "Что случилось.",
                List.of("Призовите расследовать нападения."), "Тема", "{salutation}\n\nТекст.",
                LocalDate.now().plusDays(20).toString(), List.of(riga), null);
        Localisation draft = localisations.create(ua.id(), latvia, ru);
        SectionFixtures.signOut();
        mockMvc.perform(get("/take-action/local/" + draft.id())).andExpect(status().isNotFound());
        mockMvc.perform(get("/take-action/local/999999999")).andExpect(status().isNotFound());

        SectionFixtures.signIn(ivan, "COORDINATOR");
        localisations.publish(draft.id(), draft.version());
        SectionFixtures.signOut();
        mockMvc.perform(get("/take-action/local/" + draft.id()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ru\"")))
                .andExpect(content().string(containsString("Правозащитники в опасности " + f.tag)))
                .andExpect(content().string(containsString("Призовите расследовать нападения.")))
                .andExpect(content().string(containsString("Antonijas iela 2")))
                .andExpect(content().string(containsString("Ваше превосходительство")))
                .andExpect(content().string(containsString("Pavel Prosecutor")))
                .andExpect(content().string(containsString("href=\"/take-action/" + ua.id() + "\"")))
                .andExpect(content().string(containsString("Копии также направьте")))
                .andExpect(content().string(not(containsString("Internal only"))));

        // A Norwegian localisation keeps the interface language asked for and shows the Norwegian text.
        SectionFixtures.signIn(kari, "COORDINATOR");
        Localisation nb = localisations.create(ua.id(), norway, new LocalisationInput("nb", "Forsvarere i fare " + f.tag,
                "Hva skjedde.", List.of("Be om etterforskning."), "Emne", "Tekst", null, List.of(embassy), null));
        localisations.publish(nb.id(), nb.version());
        SectionFixtures.signOut();
        mockMvc.perform(get("/take-action/local/" + nb.id()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("lang=\"nb\">Forsvarere i fare " + f.tag)))
                .andExpect(content().string(containsString("Also send copies to")))
                .andExpect(content().string(containsString("Drammensveien 74")));
    }
}
