package org.tocsin.cases.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tocsin.IntegrationTest;
import org.tocsin.security.FieldSensitivity;
import org.tocsin.security.Sensitivity;

/**
 * A person's description is confidential: researchers and administrators open it (audited); a
 * section coordinator sees that there is a confidential field, never its value, opens nothing
 * (so no audit entry) and does not wipe it by saving the person.
 */
class PersonSensitivityTest extends IntegrationTest {

    @Autowired
    MockMvc mockMvc;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient db;

    String marker;
    Person person;

    @BeforeEach
    void aPersonWithAConfidentialDescription() {
        marker = "sealed-" + UUID.randomUUID();
        person = persons.create(new PersonForm(List.of(new PersonForm.NameInput("Vera Sensitiva " + marker, null)), "f",
                List.of("lawyer"), null, "Lives at " + marker, null, true));
    }

    @Test
    void theDescriptionIsDeclaredConfidentialAndOnlyResearchersAndAdministratorsMayReadThatLevel() {
        assertThat(FieldSensitivity.of(FieldSensitivity.PERSON_DESCRIPTION)).isEqualTo(Sensitivity.CONFIDENTIAL);
        assertThat(Sensitivity.CONFIDENTIAL.readableBy(List.of("COORDINATOR"))).isFalse();
        assertThat(Sensitivity.CONFIDENTIAL.readableBy(List.of("RESEARCHER"))).isTrue();
        assertThat(Sensitivity.CONFIDENTIAL.readableBy(List.of("ADMINISTRATOR"))).isTrue();
        assertThat(Sensitivity.INTERNAL.readableBy(List.of("COORDINATOR"))).isTrue();
        assertThat(Sensitivity.INTERNAL.readableBy(List.of("MEMBER"))).isFalse();
        assertThat(Sensitivity.PUBLIC.readableBy(List.of())).isTrue();
    }

    @Test
    void aCoordinatorSeesNoConfidentialValueOnThePersonPageOrFormAndOpensNothing() throws Exception {
        long viewsBefore = views();
        String page = body(get("/persons/" + person.id()), coordinator());
        assertThat(page).doesNotContain("Lives at").contains("Vera Sensitiva " + marker)
                .contains("Confidential: ask a researcher.");
        String form = body(get("/persons/" + person.id() + "/edit"), coordinator());
        assertThat(form).doesNotContain("Lives at").doesNotContain("name=\"description\"")
                .contains("Confidential: ask a researcher.");
        assertThat(body(get("/persons/" + person.id()).locale(Locale.forLanguageTag("ru")), coordinator()))
                .contains("Конфиденциально: спросите исследователя.");
        assertThat(views()).isEqualTo(viewsBefore);
    }

    @Test
    void aResearcherSeesTheDescriptionAndTheViewIsAudited() throws Exception {
        long viewsBefore = views();
        assertThat(body(get("/persons/" + person.id()), user("researcher-" + marker).roles("RESEARCHER")))
                .contains("Lives at " + marker).doesNotContain("Confidential: ask a researcher.");
        assertThat(body(get("/api/persons/" + person.id()), user("researcher-" + marker).roles("RESEARCHER")))
                .contains("Lives at " + marker).contains("\"descriptionWithheld\":false");
        assertThat(views()).isEqualTo(viewsBefore + 2);
    }

    @Test
    void theApiGivesACoordinatorNoDescriptionAndSaysItIsWithheld() throws Exception {
        long viewsBefore = views();
        assertThat(body(get("/api/persons/" + person.id()), coordinator()))
                .doesNotContain("Lives at").contains("\"description\":null").contains("\"descriptionWithheld\":true");
        assertThat(views()).isEqualTo(viewsBefore);
    }

    @Test
    void aCoordinatorSavingThePersonKeepsTheDescription() throws Exception {
        mockMvc.perform(post("/persons/" + person.id()).with(coordinator()).with(csrf())
                        .param("names[0].name", "Vera Sensitiva " + marker).param("gender", "f")
                        .param("roles[0]", "journalist").param("version", String.valueOf(person.version())))
                .andExpect(status().is3xxRedirection());
        Person saved = persons.reveal(person.id());
        assertThat(saved.roles()).containsExactly("journalist");
        assertThat(saved.description()).isEqualTo("Lives at " + marker);

        String json = """
                {"names":[{"name":"Vera Sensitiva %s"}],"gender":"f","roles":["lawyer"],"description":null,"version":%d}
                """.formatted(marker, saved.version());
        String answer = body(put("/api/persons/" + person.id()).contentType(MediaType.APPLICATION_JSON).content(json),
                coordinator());
        assertThat(answer).doesNotContain("Lives at").contains("\"descriptionWithheld\":true");
        assertThat(persons.reveal(person.id()).description()).isEqualTo("Lives at " + marker);
    }

    private RequestPostProcessor coordinator() {
        return user("coordinator-" + marker).roles("COORDINATOR");
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                        RequestPostProcessor who) throws Exception {
        return mockMvc.perform(request.with(who).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private long views() {
        return db.sql("select count(*) from audit_entry where record_kind = 'person' and record_id = ? and action = 'view'")
                .param(String.valueOf(person.id())).query(Long.class).single();
    }
}
