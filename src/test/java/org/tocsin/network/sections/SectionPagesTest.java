package org.tocsin.network.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;
import org.tocsin.security.UserAccounts;

/** The section pages: list, form with per-field errors, lost edits, and local targets kept by a section's coordinators. */
class SectionPagesTest extends IntegrationTest {

    @Autowired
    MockMvc mockMvc;
    @Autowired
    JdbcClient db;
    @Autowired
    UserAccounts accounts;

    SectionFixtures f;

    @BeforeEach
    void fixtures() {
        f = new SectionFixtures(db, accounts);
    }

    @Test
    void theListNamesCountriesAndLanguagesInEnglishAndRussian() throws Exception {
        // Named to sort first: the list is paged by name, and other tests add sections too.
        f.section("Aa listed", "NOR", List.of("nb", "en"));
        mockMvc.perform(get("/sections").param("lang", "en").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Sections</h1>")))
                .andExpect(content().string(containsString("Aa listed " + f.tag)))
                .andExpect(content().string(containsString("Norway (NOR)")))
                .andExpect(content().string(containsString("href=\"/sections/new\"")))
                .andExpect(content().string(not(containsString("??"))));
        mockMvc.perform(get("/sections").param("lang", "ru").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Секции</h1>")))
                .andExpect(content().string(containsString("Норвегия (NOR)")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aCoordinatorWithoutSectionsSeesAnEmptyStateThatSaysWhatToDo() throws Exception {
        String lonely = f.coordinator("lonely");
        mockMvc.perform(get("/sections").param("lang", "en").with(user(lonely).roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An administrator creates sections")))
                .andExpect(content().string(not(containsString("href=\"/sections/new\""))));
    }

    @Test
    void theFormShowsEachErrorNextToItsFieldAndWritesNothing() throws Exception {
        String name = "Form " + f.tag;
        mockMvc.perform(post("/sections").with(user(ADMIN).roles("ADMINISTRATOR")).with(csrf()).param("lang", "en")
                        .param("name", name).param("countryCode", "Norway").param("languages", "nb, klingon"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"countryCode-error\"")))
                .andExpect(content().string(containsString("is not an ISO 3166-1 alpha-3 country code")))
                .andExpect(content().string(containsString("“klingon” is not an ISO 639-1 language code")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")));
        mockMvc.perform(post("/sections").with(user(ADMIN).roles("ADMINISTRATOR")).with(csrf()).param("lang", "ru")
                        .param("name", name).param("countryCode", "NOR").param("languages", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Укажите хотя бы один язык.")));
        assertThat(db.sql("select count(*) from section where name = ?").param(name).query(Long.class).single()).isZero();

        mockMvc.perform(post("/sections").with(user(ADMIN).roles("ADMINISTRATOR")).with(csrf())
                        .param("name", name).param("countryCode", "NOR").param("languages", "nb, en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/sections/*"));
        mockMvc.perform(post("/sections").with(user(ADMIN).roles("ADMINISTRATOR")).with(csrf()).param("lang", "en")
                        .param("name", name.toLowerCase()).param("countryCode", "NOR").param("languages", "nb"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A section with this name already exists.")));
    }

    @Test
    void aStaleEditIsRefusedWithTheUsersInputKept() throws Exception {
        long id = f.section("Stale", "LVA", List.of("ru", "lv"));
        mockMvc.perform(get("/sections/" + id + "/edit").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"ru, lv\"")));
        mockMvc.perform(post("/sections/" + id).with(user(ADMIN).roles("ADMINISTRATOR")).with(csrf())
                        .param("name", "Stale " + f.tag).param("countryCode", "LVA").param("languages", "ru, lv, en")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mockMvc.perform(post("/sections/" + id).with(user(ADMIN).roles("ADMINISTRATOR")).with(csrf()).param("lang", "en")
                        .param("name", "Stale " + f.tag).param("countryCode", "EST").param("languages", "et")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString("value=\"EST\"")));
        assertThat(db.sql("select country_code from section where id = ?").param(id).query(String.class).single())
                .isEqualTo("LVA");
    }

    @Test
    void onlyAdministratorsCreateOrEditSections() throws Exception {
        long id = f.section("Guarded", "NOR", List.of("nb"));
        mockMvc.perform(post("/sections").with(user("researcher").roles("RESEARCHER")).with(csrf())
                        .param("name", "Researcher " + f.tag).param("countryCode", "NOR").param("languages", "nb"))
                .andExpect(status().isForbidden());
        mockMvc.perform(post("/sections/" + id).with(user("researcher").roles("RESEARCHER")).with(csrf())
                        .param("name", "Renamed " + f.tag).param("countryCode", "NOR").param("languages", "nb")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(db.sql("select count(*) from section where name in (?, ?)").params("Researcher " + f.tag, "Renamed " + f.tag)
                .query(Long.class).single()).isZero();
        mockMvc.perform(get("/sections/" + id).with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk());
    }

    @Test
    void aCoordinatorKeepsTheLocalTargetsOfTheirOwnSectionOnly() throws Exception {
        String kari = f.coordinator("kari");
        long norway = f.section("Norway", "NOR", List.of("nb", "en"), kari);
        long latvia = f.section("Latvia", "LVA", List.of("ru", "lv"));
        String embassy = "Embassy of Testland in Norway " + f.tag;

        mockMvc.perform(post("/sections/" + norway + "/targets").with(user(kari).roles("COORDINATOR")).with(csrf())
                        .param("name", embassy).param("addressLines", "Drammensveien 1\n0244 Oslo")
                        .param("salutations", "nb: Deres eksellense\nen: Your Excellency"))
                .andExpect(status().is3xxRedirection());
        Long targetId = db.sql("select id from target where name = ? and section_id = ?").params(embassy, norway)
                .query(Long.class).single();
        mockMvc.perform(get("/sections/" + norway).param("lang", "ru").with(user(kari).roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(embassy)))
                .andExpect(content().string(containsString("Drammensveien 1, 0244 Oslo")))
                .andExpect(content().string(containsString("Местные адресаты")));
        // The central directory does not list a section's own targets.
        mockMvc.perform(get("/targets").param("q", f.tag).with(user(kari).roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(embassy))));

        mockMvc.perform(post("/sections/" + latvia + "/targets").with(user(kari).roles("COORDINATOR")).with(csrf())
                        .param("name", "Not mine " + f.tag))
                .andExpect(status().isForbidden());
        mockMvc.perform(post("/sections/" + latvia + "/targets/" + targetId).with(user(kari).roles("COORDINATOR")).with(csrf())
                        .param("name", "Moved " + f.tag).param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(db.sql("select count(*) from target where name in (?, ?)").params("Not mine " + f.tag, "Moved " + f.tag)
                .query(Long.class).single()).isZero();

        // Nor through the directory's own pages.
        String ivan = f.coordinator("ivan");
        mockMvc.perform(post("/targets/" + targetId).with(user(ivan).roles("COORDINATOR")).with(csrf())
                        .param("name", "Moved " + f.tag).param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(db.sql("select count(*) from target where name in (?, ?)").params("Not mine " + f.tag, "Moved " + f.tag)
                .query(Long.class).single()).isZero();

        mockMvc.perform(post("/sections/" + norway + "/targets/" + targetId).with(user(kari).roles("COORDINATOR")).with(csrf())
                        .param("name", embassy).param("addressLines", "Drammensveien 74\n0244 Oslo").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mockMvc.perform(post("/sections/" + norway + "/targets/" + targetId).with(user(kari).roles("COORDINATOR")).with(csrf())
                        .param("name", embassy).param("addressLines", "Elsewhere").param("version", "0"))
                .andExpect(status().isConflict());
    }
}
