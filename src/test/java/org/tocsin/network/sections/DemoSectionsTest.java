package org.tocsin.network.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;
import org.tocsin.actions.targets.Target;

/** The demo sections, as loaded on start (the test profile has tocsin.demo on). */
class DemoSectionsTest extends IntegrationTest {

    @Autowired
    JdbcClient db;
    @Autowired
    Sections sections;
    @Autowired
    Localisations localisations;
    @Autowired
    MockMvc mockMvc;
    @Autowired
    DemoSectionsLoader loader;

    @BeforeEach
    void demoData() {
        Assumptions.assumeTrue(db.sql("select exists (select 1 from case_file where title = 'Joint Mobile Group and Igor Kalyapin')")
                .query(Boolean.class).single(), "started with TOCSIN_DEMO=false");
    }

    private Section named(String name) {
        long id = db.sql("select id from section where name = ?").param(name).query(Long.class).single();
        return sections.get(id);
    }

    @Test
    void norwayAndARussianLanguageSectionInLatviaEachListTheRussianEmbassy() {
        Section norway = named("Norway");
        assertThat(norway.countryCode()).isEqualTo("NOR");
        assertThat(norway.languages()).containsExactly("nb", "en");
        List<Target> norwegian = sections.localTargets(norway.id());
        assertThat(norwegian).singleElement().satisfies(t -> {
            assertThat(t.organisation()).isEqualTo("Embassy of the Russian Federation in Norway");
            assertThat(t.addressLines()).containsExactly("Drammensveien 74", "0244 Oslo", "Norway");
            assertThat(t.salutations()).containsKeys("nb", "en");
        });

        Section latvia = named("Latvia (Russian-language)");
        assertThat(latvia.countryCode()).isEqualTo("LVA");
        assertThat(latvia.languages()).containsExactly("ru", "lv");
        assertThat(sections.localTargets(latvia.id())).singleElement()
                .satisfies(t -> assertThat(t.salutations()).containsKeys("ru", "lv"));
        assertThat(sections.coordinators(norway.id())).isEmpty();
    }

    @Test
    void eachDemoSectionHasAPublishedLocalisationInItsLanguageWithItsEmbassy() throws Exception {
        Section norway = named("Norway");
        Localisation nb = localisations.forSection(norway.id()).getFirst().localisation();
        assertThat(nb.language()).isEqualTo("nb");
        assertThat(nb.isPublished()).isTrue();
        assertThat(nb.recommendedActions()).hasSize(3);
        assertThat(localisations.targets(nb.id())).extracting(Target::id)
                .containsExactlyElementsOf(sections.localTargets(norway.id()).stream().map(Target::id).toList());
        mockMvc.perform(get("/take-action/local/" + nb.id()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Menneskerettighetsforsvarere i fare for nye angrep")))
                .andExpect(content().string(containsString("Drammensveien 74")))
                .andExpect(content().string(containsString("Deres eksellense")));

        Localisation ru = localisations.forSection(named("Latvia (Russian-language)").id()).getFirst().localisation();
        assertThat(ru.language()).isEqualTo("ru");
        mockMvc.perform(get("/take-action/local/" + ru.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ru\"")))
                .andExpect(content().string(containsString("Правозащитникам грозят новые нападения")))
                .andExpect(content().string(containsString("Antonijas iela 2")));
        mockMvc.perform(get("/api/sections/" + norway.id() + "/localisations").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].language").value("nb"))
                .andExpect(jsonPath("$.items[0].status").value("published"))
                .andExpect(jsonPath("$.items[0].needsUpdate").value(false));
        mockMvc.perform(get("/sections/" + norway.id()).param("lang", "ru").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Норвегия (NOR)")));
    }

    @Test
    void everySectionPageAnswersInEachLanguageWithoutMissingMessages() throws Exception {
        Section norway = named("Norway");
        long target = sections.localTargets(norway.id()).getFirst().id();
        Localisation nb = localisations.forSection(norway.id()).getFirst().localisation();
        List<String> pages = List.of("/sections", "/sections/new", "/sections/" + norway.id(), "/sections/" + norway.id() + "/edit",
                "/sections/" + norway.id() + "/targets/new", "/sections/" + norway.id() + "/targets/" + target + "/edit",
                "/sections/localisations/" + nb.id(), "/sections/localisations/" + nb.id() + "/edit",
                "/sections/localisations/for-action/" + nb.actionId(), "/take-action/local/" + nb.id());
        for (String language : List.of("en", "ru")) {
            for (String path : pages) {
                var response = mockMvc.perform(get(path).param("lang", language).with(user(ADMIN).roles("ADMINISTRATOR")))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as(path).isEqualTo(200);
                assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).as(path).doesNotContain("??");
            }
        }
        mockMvc.perform(get("/sections/new").with(user("researcher").roles("RESEARCHER"))).andExpect(status().isForbidden());
        mockMvc.perform(get("/sections/" + norway.id() + "/targets/new").with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDemoIsLoadedOnlyOnce() {
        assertThat(loader.loadIfEmpty()).isFalse();
        assertThat(db.sql("select count(*) from section where name = 'Norway'").query(Long.class).single()).isEqualTo(1);
    }
}
