package org.tocsin.cases.people;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tocsin.IntegrationTest;

class PersonApiTest extends IntegrationTest {

    @Autowired
    MockMvc mockMvc;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient db;

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(ADMIN, ADMIN_PASSWORD)).accept(MediaType.APPLICATION_JSON);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return api(request).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private Person recorded(String name) {
        PersonForm form = PersonForm.of(name);
        return persons.create(new PersonForm(form.names(), "m", java.util.List.of(), null, null, null, true));
    }

    private long named(String name) {
        return db.sql("select count(*) from person_name where name = ?").param(name).query(Long.class).single();
    }

    @Test
    void aMatchingNameIsAConflictListingTheCandidatesWithReasons() throws Exception {
        Names names = Names.surname().withFirst("Igor", "Игорь");
        Person existing = recorded(names.latin());

        mockMvc.perform(json(post("/api/persons"), """
                        {"names": [{"name": "%s"}], "gender": "m", "roles": ["lawyer"]}""".formatted(names.cyrillic())))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.type").value("urn:tocsin:problem:possible-duplicate"))
                .andExpect(jsonPath("$.candidates[0].id").value(existing.id()))
                .andExpect(jsonPath("$.candidates[0].displayName").value(names.latin()))
                .andExpect(jsonPath("$.candidates[0].reasons[0].kind").value("other-script"))
                .andExpect(jsonPath("$.candidates[0].reasons[0].text").value(
                        "same name in another script: " + names.cyrillic() + " = " + names.latin()));
        assertThat(named(names.cyrillic())).isZero();

        mockMvc.perform(json(post("/api/persons"), """
                        {"names": [{"name": "%s"}], "confirmNew": true}""".formatted(names.cyrillic())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.matchesPattern("/api/persons/\\d+")))
                .andExpect(jsonPath("$.displayName").value(names.cyrillic()))
                .andExpect(jsonPath("$.names[0].script").value("cyrillic"))
                .andExpect(jsonPath("$.gender").value("unknown"));
    }

    @Test
    void matchesExplainInTheCallersLanguage() throws Exception {
        Names names = Names.surname();
        Person existing = recorded("Oeystein " + names.latin());
        mockMvc.perform(api(get("/api/persons/matches")).param("name", "Oistan " + names.latin())
                        .locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(existing.id()))
                .andExpect(jsonPath("$[0].reasons[0].kind").value("similar"))
                .andExpect(jsonPath("$[0].reasons[0].text").value(Matchers.startsWith("похожее написание")));
        mockMvc.perform(api(get("/api/persons/matches")).param("name", "Nobody Zzyzxqwv"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void listFindsByAnyName() throws Exception {
        Names names = Names.surname();
        Person existing = recorded(names.cyrillic());
        mockMvc.perform(api(get("/api/persons")).param("q", names.latin().toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(existing.id()))
                .andExpect(jsonPath("$.page").value(1));
    }

    @Test
    void updateReplacesNamesAndRefusesAStaleVersion() throws Exception {
        Names names = Names.surname();
        Person existing = recorded(names.latin());
        String body = """
                {"names": [{"name": "%s"}, {"name": "%s"}], "gender": "f", "roles": ["journalist"], "version": %d}""";
        mockMvc.perform(json(put("/api/persons/" + existing.id()), body.formatted(names.cyrillic(), names.latin(), existing.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.names[0].name").value(names.cyrillic()))
                .andExpect(jsonPath("$.names[1].name").value(names.latin()))
                .andExpect(jsonPath("$.roles[0]").value("journalist"))
                .andExpect(jsonPath("$.version").value(existing.version() + 1));

        mockMvc.perform(json(put("/api/persons/" + existing.id()), body.formatted("Someone Else", names.latin(), existing.version())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:tocsin:problem:concurrent-edit"));
        assertThat(named("Someone Else")).isZero();
    }

    @Test
    void badInputNamesTheField() throws Exception {
        mockMvc.perform(json(post("/api/persons"), """
                        {"names": [{"name": "%s"}], "gender": "q"}""".formatted("y".repeat(301))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("names[0].name", "gender")))
                .andExpect(jsonPath("$.errors[?(@.field == 'names[0].name')].message").value("At most 300 characters."));
        mockMvc.perform(json(post("/api/persons"), """
                        {"names": [{"name": "  "}], "organisationId": 999999999, "confirmNew": true}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("names", "organisationId")))
                .andExpect(jsonPath("$.errors[?(@.field == 'names')].message").value("Enter at least one name."));
    }

    @Test
    void addingSpellingsKeepsTheOldOnes() throws Exception {
        Names names = Names.surname();
        Person existing = recorded(names.latin());
        mockMvc.perform(json(post("/api/persons/" + existing.id() + "/names"), """
                        {"names": [{"name": "%s"}, {"name": "%s"}]}""".formatted(names.cyrillic(), names.latin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.names.length()").value(2))
                .andExpect(jsonPath("$.names[1].name").value(names.cyrillic()));
    }

    @Test
    void aRefusedUpdateLeavesEveryNameAsItWas() throws Exception {
        Names names = Names.surname();
        Person existing = recorded(names.latin());
        mockMvc.perform(json(put("/api/persons/" + existing.id()), """
                        {"names": [{"name": "%s"}, {"name": "%s", "sourceId": 999999999}], "version": %d}"""
                        .formatted(names.cyrillic(), names.latin(), existing.version())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("names[1].sourceId"));
        assertThat(persons.get(existing.id())).isEqualTo(existing);
    }

    @Test
    void unknownPersonIsANotFoundProblem() throws Exception {
        mockMvc.perform(api(get("/api/persons/999999999")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:tocsin:problem:not-found"));
        mockMvc.perform(json(put("/api/persons/999999999"), """
                        {"names": [{"name": "Nobody"}], "version": 0}"""))
                .andExpect(status().isNotFound());
        mockMvc.perform(json(post("/api/persons/999999999/names"), """
                        {"names": [{"name": "Nobody"}]}"""))
                .andExpect(status().isNotFound());
    }
}
