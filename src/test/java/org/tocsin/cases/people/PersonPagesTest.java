package org.tocsin.cases.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tocsin.IntegrationTest;

class PersonPagesTest extends IntegrationTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    MockMvc mockMvc;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient db;

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user(ADMIN).roles("ADMINISTRATOR"));
    }

    private static MockHttpServletRequestBuilder postForm(String path) {
        return as(post(path)).with(csrf());
    }

    private long namesLike(String name) {
        return db.sql("select count(*) from person_name where name = ?").param(name).query(Long.class).single();
    }

    private Person recorded(String... names) {
        PersonForm form = PersonForm.of(names);
        return persons.create(new PersonForm(form.names(), "m", java.util.List.of("lawyer"), null, null, null, true));
    }

    @Test
    void newPersonWithAKnownNameInAnotherScriptGetsTheOfferAndNothingIsWritten() throws Exception {
        Names names = Names.surname().withFirst("Igor", "Игорь");
        Person existing = recorded(names.latin());

        mockMvc.perform(postForm("/persons").param("names[0].name", names.cyrillic()).param("names[1].name", "")
                        .param("gender", "m"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This person may already be recorded")))
                .andExpect(content().string(Matchers.containsString(
                        "same name in another script: " + names.cyrillic() + " = " + names.latin())))
                .andExpect(content().string(Matchers.containsString("/persons/" + existing.id() + "/names")))
                .andExpect(content().string(Matchers.containsString("name=\"confirmNew\" value=\"true\"")))
                .andExpect(content().string(Matchers.containsString("Create a new person anyway")));
        assertThat(namesLike(names.cyrillic())).isZero();
    }

    @Test
    void theOfferSpeaksRussian() throws Exception {
        Names names = Names.surname().withFirst("Yegor", "Егор");
        recorded(names.latin());
        mockMvc.perform(postForm("/persons").locale(RUSSIAN).param("names[0].name", "Egor " + names.latin().split(" ")[1]))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Возможно, этот человек уже записан")))
                .andExpect(content().string(Matchers.containsString("то же имя в другой транслитерации")))
                .andExpect(content().string(Matchers.containsString("Всё равно создать нового человека")));
    }

    @Test
    void confirmingCreatesANewPersonAnyway() throws Exception {
        Names names = Names.surname();
        recorded(names.latin());
        mockMvc.perform(postForm("/persons").param("names[0].name", names.cyrillic()).param("confirmNew", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/persons/*"));
        assertThat(namesLike(names.cyrillic())).isEqualTo(1);
    }

    @Test
    void theNameCanBeAddedAsAnotherSpellingOfTheExistingPerson() throws Exception {
        Names names = Names.surname().withFirst("Ekaterina", "Екатерина");
        Person existing = recorded(names.latin());
        mockMvc.perform(postForm("/persons/" + existing.id() + "/names")
                        .param("names[0].name", names.cyrillic()).param("names[1].name", "").param("names[2].name", names.latin()))
                .andExpect(status().is3xxRedirection());

        Person updated = persons.get(existing.id());
        assertThat(updated.names()).extracting(PersonName::name).containsExactly(names.latin(), names.cyrillic());
        assertThat(updated.names()).extracting(PersonName::script).containsExactly("latin", "cyrillic");
        assertThat(updated.version()).isEqualTo(existing.version() + 1);
        mockMvc.perform(as(get("/persons/" + existing.id())))
                .andExpect(content().string(Matchers.containsString(names.cyrillic())))
                .andExpect(content().string(Matchers.containsString("Cyrillic")));
    }

    @Test
    void createsAPersonWithSeveralNamesAndShowsThem() throws Exception {
        Names names = Names.surname();
        String location = mockMvc.perform(postForm("/persons")
                        .param("names[0].name", names.latin()).param("names[1].name", "")
                        .param("names[2].name", names.cyrillic()).param("gender", "f")
                        .param("roles", "lawyer, human rights defender"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        mockMvc.perform(as(get(location)).locale(RUSSIAN))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(names.latin())))
                .andExpect(content().string(Matchers.containsString("кириллица")))
                .andExpect(content().string(Matchers.containsString("женский")))
                .andExpect(content().string(Matchers.containsString("lawyer, human rights defender")));
    }

    @Test
    void searchFindsAPersonByANameInAnotherScriptAndWithoutAccents() throws Exception {
        Names names = Names.surname();
        Person existing = recorded("Jérôme " + names.latin());
        mockMvc.perform(as(get("/persons").param("q", names.cyrillic())))
                .andExpect(content().string(Matchers.containsString("/persons/" + existing.id())));
        mockMvc.perform(as(get("/persons").param("q", "JEROME " + names.latin().toUpperCase())))
                .andExpect(content().string(Matchers.containsString("/persons/" + existing.id())));
        mockMvc.perform(as(get("/persons").param("q", names.latin() + "zzz")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/persons/" + existing.id()))))
                .andExpect(content().string(Matchers.containsString("Nobody has a name matching your search.")));
    }

    @Test
    void invalidFieldsAreNamedInEnglishAndNothingIsWritten() throws Exception {
        String tooLong = "x".repeat(301);
        mockMvc.perform(postForm("/persons").param("names[0].name", "").param("names[1].name", tooLong)
                        .param("gender", "q"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Please correct the fields marked below.")))
                .andExpect(content().string(Matchers.containsString("id=\"names1-error\"")))
                .andExpect(content().string(Matchers.containsString("At most 300 characters.")))
                .andExpect(content().string(Matchers.containsString("Choose one of the listed values.")))
                .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
        assertThat(namesLike(tooLong)).isZero();
    }

    @Test
    void missingNameAndUnknownOrganisationAreNamedInRussian() throws Exception {
        mockMvc.perform(postForm("/persons").locale(RUSSIAN).param("names[0].name", " ").param("organisationId", "999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Введите хотя бы одно имя.")))
                .andExpect(content().string(Matchers.containsString("Такой организации нет.")))
                .andExpect(content().string(Matchers.containsString("Исправьте отмеченные ниже поля.")));
    }

    @Test
    void unknownSourceAndRepeatedNameAreRefusedPerRow() throws Exception {
        Names names = Names.surname();
        mockMvc.perform(postForm("/persons").param("names[0].name", names.latin())
                        .param("names[1].name", names.latin()).param("names[0].sourceId", "999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("There is no such source.")))
                .andExpect(content().string(Matchers.containsString("This name is already in another row.")));
        assertThat(namesLike(names.latin())).isZero();
    }

    @Test
    void aStaleEditIsRefusedAndTheInputKept() throws Exception {
        Names names = Names.surname();
        Person existing = recorded(names.latin());
        persons.update(existing.id(), PersonForm.of(persons.get(existing.id())));

        mockMvc.perform(postForm("/persons/" + existing.id()).param("version", String.valueOf(existing.version()))
                        .param("names[0].name", names.latin()).param("names[1].name", "My new spelling"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("was changed by someone else")))
                .andExpect(content().string(Matchers.containsString("My new spelling")));
        assertThat(namesLike("My new spelling")).isZero();

        mockMvc.perform(postForm("/persons/" + existing.id()).param("version", String.valueOf(existing.version() + 1))
                        .param("names[0].name", names.cyrillic()).param("names[1].name", names.latin()))
                .andExpect(status().is3xxRedirection());
        assertThat(persons.get(existing.id()).displayName()).isEqualTo(names.cyrillic());
    }

    @Test
    void unknownPersonIsANotFoundPage() throws Exception {
        mockMvc.perform(as(get("/persons/999999999")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("There is no person with id")));
        mockMvc.perform(as(get("/persons/999999999/edit")).locale(RUSSIAN))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Запись «человек» с номером")));
    }

    @Test
    void formsAndListSpeakRussian() throws Exception {
        mockMvc.perform(as(get("/persons/new")).locale(RUSSIAN))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Новый человек")))
                .andExpect(content().string(Matchers.containsString("Имя 1 (показывается)")))
                .andExpect(content().string(Matchers.containsString("names5.name")));
        mockMvc.perform(as(get("/persons")).locale(RUSSIAN))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Любое имя, в любой письменности")));
    }

    @Test
    void namesInsertedWithPlainSqlAreFoundAndMatched() {
        Names names = Names.surname().withFirst("Igor", "Игорь");
        long id = db.sql("insert into person (gender) values ('m') returning id").query(Long.class).single();
        db.sql("insert into person_name (person_id, name, script, position) values (?, ?, 'cyrillic', 0)")
                .params(id, names.cyrillic()).update();

        // Other tests' generated surnames may look similar; the strongest match must be this person.
        assertThat(persons.findMatches(names.latin())).first().satisfies(match -> {
            assertThat(match.person().id()).isEqualTo(id);
            assertThat(match.strength()).isEqualTo(PersonNameMatcher.Strength.OTHER_SCRIPT);
        });
        assertThat(persons.list(names.latin(), 0, 10).items()).extracting(Person::id).containsExactly(id);
        assertThat(persons.findMatches("Igor Ivanov")).extracting(m -> m.person().id()).doesNotContain(id);
    }
}
