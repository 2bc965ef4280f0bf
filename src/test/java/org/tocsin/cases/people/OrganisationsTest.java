package org.tocsin.cases.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tocsin.IntegrationTest;

class OrganisationsTest extends IntegrationTest {

    @Autowired
    MockMvc mockMvc;
    @Autowired
    Organisations organisations;
    @Autowired
    Persons persons;

    private static MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request) {
        return request.with(user(ADMIN).roles("ADMINISTRATOR"));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(httpBasic(ADMIN, ADMIN_PASSWORD)).accept(MediaType.APPLICATION_JSON)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Organisation recorded(String name, Long parentId, String... aliases) {
        return organisations.create(new OrganisationForm(name, List.of(aliases), parentId, "ngo", "Russian Federation", null, null));
    }

    @Test
    void anOrganisationShowsItsParentChildrenAndMembers() throws Exception {
        Organisation committee = recorded(unique("Committee for the Prevention of Torture"), null, "CPT");
        Organisation group = recorded(unique("Joint Mobile Group"), committee.id(), "JMG", "СМГ");
        PersonForm member = PersonForm.of(Names.surname().latin());
        Person person = persons.create(new PersonForm(member.names(), "m", List.of(), group.id(), null, null, true));

        mockMvc.perform(page(get("/organisations/" + group.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(committee.name())))
                .andExpect(content().string(Matchers.containsString("/persons/" + person.id())));
        mockMvc.perform(page(get("/organisations/" + committee.id())).locale(Locale.forLanguageTag("ru")))
                .andExpect(content().string(Matchers.containsString("Подразделения")))
                .andExpect(content().string(Matchers.containsString(group.name())));
        mockMvc.perform(page(get("/organisations")).param("q", group.name().substring(group.name().length() - 8)))
                .andExpect(content().string(Matchers.containsString("/organisations/" + group.id())))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/organisations/" + committee.id() + "\""))));
        assertThat(organisations.list("смг", 0, 100).items()).extracting(Organisation::id).contains(group.id());
    }

    @Test
    void aParentCycleIsRefusedOnTheFieldInPagesAndApi() throws Exception {
        Organisation top = recorded(unique("Top"), null);
        Organisation middle = recorded(unique("Middle"), top.id());
        Organisation bottom = recorded(unique("Bottom"), middle.id());

        mockMvc.perform(page(post("/organisations/" + top.id())).with(csrf())
                        .param("name", top.name()).param("kind", "ngo").param("parentId", String.valueOf(bottom.id()))
                        .param("version", String.valueOf(top.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "An organisation cannot be part of itself or of one of its own parts.")));
        mockMvc.perform(json(put("/api/organisations/" + top.id()), """
                        {"name": "%s", "kind": "ngo", "parentId": %d, "version": %d}""".formatted(top.name(), top.id(), top.version())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"));
        assertThat(organisations.get(top.id()).parentId()).isNull();
        assertThat(organisations.get(top.id()).version()).isEqualTo(top.version());
    }

    @Test
    void apiCreatesUpdatesAndRefusesStaleVersions() throws Exception {
        String name = unique("Human Rights Watch");
        String location = mockMvc.perform(json(post("/api/organisations"), """
                        {"name": "%s", "aliases": ["HRW"], "kind": "ngo"}""".formatted(name)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.aliases[0]").value("HRW"))
                .andReturn().getResponse().getHeader("Location");
        mockMvc.perform(json(put(location), """
                        {"name": "%s", "kind": "media", "version": 0}""".formatted(name)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("media"))
                .andExpect(jsonPath("$.version").value(1));
        mockMvc.perform(json(put(location), """
                        {"name": "stale", "kind": "media", "version": 0}"""))
                .andExpect(status().isConflict());
        mockMvc.perform(json(post("/api/organisations"), """
                        {"name": "", "kind": "church", "parentId": 999999999}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("name", "kind")));
        mockMvc.perform(json(get("/api/organisations/999999999"), ""))
                .andExpect(status().isNotFound());
    }

    @Test
    void pageValidationAndStaleEditInRussian() throws Exception {
        Organisation organisation = recorded(unique("Memorial"), null);
        organisations.update(organisation.id(), OrganisationForm.of(organisation));

        mockMvc.perform(page(post("/organisations")).with(csrf()).locale(Locale.forLanguageTag("ru"))
                        .param("name", " ").param("kind", "ngo").param("parentId", "999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Это поле обязательно.")));
        mockMvc.perform(page(post("/organisations")).with(csrf()).locale(Locale.forLanguageTag("ru"))
                        .param("name", "x").param("kind", "ngo").param("parentId", "999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Такой организации нет.")));
        mockMvc.perform(page(post("/organisations/" + organisation.id())).with(csrf()).locale(Locale.forLanguageTag("ru"))
                        .param("name", "My renamed Memorial").param("kind", "ngo")
                        .param("version", String.valueOf(organisation.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("была изменена другим пользователем")))
                .andExpect(content().string(Matchers.containsString("My renamed Memorial")));
        mockMvc.perform(page(get("/organisations/999999999")))
                .andExpect(status().isNotFound());
    }
}
