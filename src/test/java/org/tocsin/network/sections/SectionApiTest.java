package org.tocsin.network.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tocsin.IntegrationTest;
import org.tocsin.security.UserAccounts;

/** /api/sections: list, get, create and update, with per-field errors, 409 on stale versions and 403 for non-administrators. */
class SectionApiTest extends IntegrationTest {

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

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(httpBasic(ADMIN, ADMIN_PASSWORD)).accept(MediaType.APPLICATION_JSON)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long sectionsNamed(String name) {
        return db.sql("select count(*) from section where name = ?").param(name).query(Long.class).single();
    }

    @Test
    void anAdministratorCreatesReadsListsAndUpdatesASection() throws Exception {
        String coordinator = f.coordinator("kari");
        long coordinatorId = f.userId(coordinator);
        String name = "Norway test " + f.tag;
        String location = mockMvc.perform(json(post("/api/sections"), """
                        {"name": "%s", "countryCode": "NOR", "languages": ["nb", "en"], "coordinatorIds": [%d]}"""
                        .formatted(name, coordinatorId)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.matchesPattern("/api/sections/\\d+")))
                .andExpect(jsonPath("$.languages[0]").value("nb"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getHeader("Location");

        mockMvc.perform(get(location).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.countryCode").value("NOR"))
                .andExpect(jsonPath("$.coordinators[0].username").value(coordinator))
                .andExpect(jsonPath("$.localTargets").isEmpty());
        mockMvc.perform(get("/api/sections").param("size", "200").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(200))
                .andExpect(jsonPath("$.items[?(@.name == '%s')].coordinators".formatted(name)).value(Matchers.contains(1)));

        mockMvc.perform(json(put(location), """
                        {"name": "%s", "countryCode": "NOR", "languages": ["nn", "nb"], "coordinatorIds": [], "version": 0}"""
                        .formatted(name)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.languages[0]").value("nn"))
                .andExpect(jsonPath("$.coordinators").isEmpty())
                .andExpect(jsonPath("$.version").value(1));
        mockMvc.perform(json(put(location), """
                        {"name": "%s", "countryCode": "SWE", "languages": ["sv"], "version": 0}""".formatted(name)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:tocsin:problem:concurrent-edit"));
        assertThat(db.sql("select country_code from section where name = ?").param(name).query(String.class).single())
                .isEqualTo("NOR");
    }

    @Test
    void eachInvalidFieldIsNamedAndNothingIsWritten() throws Exception {
        String name = "Invalid " + f.tag;
        mockMvc.perform(json(post("/api/sections"), """
                        {"name": "%s", "countryCode": "nor", "languages": []}""".formatted(name)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:tocsin:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[?(@.field == 'countryCode')].message").value(Matchers.contains(
                        Matchers.containsString("ISO 3166-1 alpha-3"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'languages')].message").value(Matchers.contains(
                        "Give at least one language.")));
        mockMvc.perform(json(post("/api/sections"), """
                        {"name": "%s", "countryCode": "XYZ", "languages": ["en", "xx"]}""".formatted(name)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'countryCode')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'languages')].message").value(Matchers.contains(
                        Matchers.containsString("“xx” is not an ISO 639-1 language code"))));
        mockMvc.perform(json(post("/api/sections"), """
                        {"name": " ", "countryCode": "NOR", "languages": ["nb"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("This field is required."));
        mockMvc.perform(json(post("/api/sections"), """
                        {"name": "%s", "countryCode": "NOR", "languages": ["nb"], "coordinatorIds": [%d]}"""
                        .formatted(name, accounts.find(ADMIN).orElseThrow().id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("coordinatorIds"));
        assertThat(sectionsNamed(name)).isZero();
    }

    @Test
    void aTakenNameIsAClearErrorInTheCallersLanguage() throws Exception {
        String name = "Taken " + f.tag;
        mockMvc.perform(json(post("/api/sections"), """
                {"name": "%s", "countryCode": "LVA", "languages": ["ru", "lv"]}""".formatted(name)))
                .andExpect(status().isCreated());
        mockMvc.perform(json(post("/api/sections"), """
                        {"name": "%s", "countryCode": "LVA", "languages": ["ru"]}""".formatted(name.toUpperCase()))
                        .locale(Locale.forLanguageTag("ru")).header("Accept-Language", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Секция с таким названием уже есть."));
        assertThat(db.sql("select count(*) from section where lower(name) = lower(?)").param(name).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void onlyAdministratorsCreateSectionsAndUnknownIdsAreNotFound() throws Exception {
        String coordinator = f.coordinator("coord");
        mockMvc.perform(post("/api/sections").with(httpBasic(coordinator, SectionFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Forbidden %s", "countryCode": "NOR", "languages": ["nb"]}""".formatted(f.tag)))
                .andExpect(status().isForbidden());
        assertThat(sectionsNamed("Forbidden " + f.tag)).isZero();
        mockMvc.perform(get("/api/sections/999999999").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("section")));
        mockMvc.perform(get("/api/sections/999999999/localisations").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCoordinatorListsOnlyTheirOwnSections() throws Exception {
        String coordinator = f.coordinator("mine");
        long mine = f.section("Mine", "NOR", java.util.List.of("nb"), coordinator);
        f.section("Other", "SWE", java.util.List.of("sv"));
        mockMvc.perform(get("/api/sections").param("size", "200").with(httpBasic(coordinator, SectionFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(mine));
    }
}
