package org.tocsin.actions.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tocsin.IntegrationTest;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.NotFoundException;

/** The directory of authorities through its service, pages and API, on the real database. */
class TargetTest extends IntegrationTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired MockMvc mvc;
    @Autowired Targets targets;
    @Autowired RecordingTargetUsage usage;
    @Autowired JdbcClient db;

    /** A marker no other test uses, so counts and searches see only this test's rows. */
    private final String marker = "T" + UUID.randomUUID().toString().substring(0, 8);

    private static MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request) {
        return request.with(user(ADMIN).roles("ADMINISTRATOR"));
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String json) {
        return request.with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json);
    }

    private TargetInput input(String name) {
        return new TargetInput(name, "Prosecutor General " + marker, "Prosecutor General's Office",
                List.of("ul. B. Dmitrovka, d.15a", "125993 Moscow GSP-3"), "Russian Federation",
                List.of("+7 495 692 17 25"), List.of("prgenproc@gov.ru"), "+7 495 000 00 00", "https://example.org/appeal",
                List.of("@prosecutor"), Map.of("en", "Dear Prosecutor General", "ru", "Уважаемый Генеральный прокурор"),
                "2006-06-23", "", "Note " + marker, null);
    }

    /** A valid form as the page posts it, with {@code field} set to {@code value}. */
    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Form target " + marker);
        fields.put("title", "Chairman " + marker);
        fields.put("organisation", "Investigative Committee of the Russian Federation");
        fields.put("addressLines", "Tekhnicheskii pereulok, dom 2\r\n105005 Moscow\r\n");
        fields.put("country", "Russian Federation");
        fields.put("fax", "+7 499 265 90 77\n(+7) 499/265-97-75");
        fields.put("email", "chair@example.org");
        fields.put("phone", "");
        fields.put("webForm", "https://example.org/form");
        fields.put("social", "");
        fields.put("salutations", "en: Dear Chairman\nru: Уважаемый Председатель");
        fields.put("termStart", "2011-01-15");
        fields.put("termEnd", "");
        fields.put("notes", "");
        fields.putAll(changes);
        MockHttpServletRequestBuilder built = page(request).with(csrf());
        fields.forEach(built::param);
        return built;
    }

    private long rowsWithMarker() {
        return db.sql("select count(*) from target where strpos(coalesce(title, '') || name, ?) > 0")
                .param(marker).query(Long.class).single();
    }

    @Test
    void aTargetIsCreatedOnThePageAndShownWithEveryDetail() throws Exception {
        String location = mvc.perform(form(post("/targets"), Map.of()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/targets/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Target saved = targets.get(id);
        assertThat(saved.addressLines()).containsExactly("Tekhnicheskii pereulok, dom 2", "105005 Moscow");
        assertThat(saved.fax()).containsExactly("+7 499 265 90 77", "(+7) 499/265-97-75");
        assertThat(saved.salutations()).containsEntry("en", "Dear Chairman").containsEntry("ru", "Уважаемый Председатель");
        assertThat(saved.termStart()).isEqualTo(LocalDate.of(2011, 1, 15));

        mvc.perform(page(get(location)).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Form target " + marker)))
                .andExpect(content().string(containsString("105005 Moscow")))
                .andExpect(content().string(containsString("(+7) 499/265-97-75")))
                .andExpect(content().string(containsString("mailto:chair@example.org")))
                .andExpect(content().string(containsString("https://example.org/form")))
                .andExpect(content().string(containsString("since 15 January 2011")))
                .andExpect(content().string(containsString("Dear Chairman")))
                .andExpect(content().string(containsString("English (en)")))
                .andExpect(content().string(not(containsString("Term ended"))))
                .andExpect(content().string(containsString("No open urgent action uses this authority.")));
        mvc.perform(page(get(location)).locale(RU))
                .andExpect(content().string(containsString("Номера факса")))
                .andExpect(content().string(containsString("русский (ru)")))
                .andExpect(content().string(containsString("с 15 января 2011")))
                .andExpect(content().string(containsString("Ни одна открытая срочная акция не использует этого адресата.")));
        mvc.perform(page(get(location + "/edit")).locale(RU))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Изменить адресата")))
                .andExpect(content().string(containsString("en: Dear Chairman")));
    }

    @Test
    void eachBadFieldIsNamedInEnglishAndNothingIsWritten() throws Exception {
        mvc.perform(form(post("/targets"), Map.of("name", " ", "title", "Bad " + marker, "fax", "+7 495 692 17 25\ncall me",
                        "email", "prgenproc(at)gov.ru", "webForm", "ftp://example.org", "termStart", "2020-06-01",
                        "termEnd", "2006-06-23", "salutations", "english: Dear Sir\nru:")).locale(Locale.ENGLISH))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please correct the fields marked below.")))
                .andExpect(content().string(containsString("This field is required.")))
                .andExpect(content().string(containsString("“call me” is not a fax number")))
                .andExpect(content().string(containsString("“prgenproc(at)gov.ru” is not an e-mail address.")))
                .andExpect(content().string(containsString("Enter an address starting with http:// or https://.")))
                .andExpect(content().string(containsString("The term cannot end before it starts (2020-06-01).")))
                .andExpect(content().string(containsString("“english” is not a language code")))
                .andExpect(content().string(containsString("Write the salutation after “ru:”.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("call me")));
        assertThat(rowsWithMarker()).isZero();
    }

    @Test
    void eachBadFieldIsNamedInRussian() throws Exception {
        mvc.perform(form(post("/targets"), Map.of("name", "", "title", "Bad " + marker, "fax", "факс", "email", "nobody",
                        "webForm", "example.org", "termStart", "2020-06-01", "termEnd", "2006-06-23",
                        "salutations", "Dear Sir\nen: A\nen: B")).locale(RU))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Исправьте отмеченные ниже поля.")))
                .andExpect(content().string(containsString("Это поле обязательно.")))
                .andExpect(content().string(containsString("«факс» не номер факса")))
                .andExpect(content().string(containsString("«nobody» не адрес электронной почты.")))
                .andExpect(content().string(containsString("Введите адрес, начинающийся с http:// или https://.")))
                .andExpect(content().string(containsString("Срок полномочий не может закончиться раньше, чем начался")))
                .andExpect(content().string(containsString("«Dear Sir» не код языка")))
                .andExpect(content().string(containsString("Язык «en» указан больше одного раза.")));
        assertThat(rowsWithMarker()).isZero();
    }

    @Test
    void anUnreadableDateIsAnErrorOnItsField() {
        TargetInput bad = new TargetInput("Date " + marker, null, null, null, null, null, null, null, null, null, null,
                "15.01.2011", null, null, null);
        assertThatThrownBy(() -> targets.create(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("termStart"));
        assertThat(rowsWithMarker()).isZero();
    }

    @Test
    void aStaleEditOnThePageIsRefusedWithTheInputKept() throws Exception {
        Target target = targets.create(input("Stale page " + marker));
        targets.update(target.id(), input("Changed meanwhile " + marker).withVersion(target.version()));

        mvc.perform(form(post("/targets/{id}", target.id()), Map.of("name", "My edit " + marker,
                        "version", String.valueOf(target.version()))).locale(Locale.ENGLISH))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("was changed by someone else")))
                .andExpect(content().string(containsString("My edit " + marker)));
        mvc.perform(form(post("/targets/{id}", target.id()), Map.of("name", "My edit " + marker,
                        "version", String.valueOf(target.version()))).locale(RU))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("была изменена другим пользователем")));
        assertThat(targets.get(target.id()).name()).isEqualTo("Changed meanwhile " + marker);
    }

    @Test
    void anEditWithTheCurrentVersionIsSavedAndBadInputKeepsTheOldValues() throws Exception {
        Target target = targets.create(input("Editable " + marker));
        mvc.perform(form(post("/targets/{id}", target.id()), Map.of("name", "Edited " + marker, "fax", "not a fax",
                        "version", String.valueOf(target.version()))))
                .andExpect(status().isBadRequest());
        assertThat(targets.get(target.id()).name()).isEqualTo("Editable " + marker);
        assertThat(targets.get(target.id()).version()).isEqualTo(target.version());

        mvc.perform(form(post("/targets/{id}", target.id()), Map.of("name", "Edited " + marker, "termEnd", "2020-01-22",
                        "version", String.valueOf(target.version()))))
                .andExpect(status().is3xxRedirection());
        Target edited = targets.get(target.id());
        assertThat(edited.name()).isEqualTo("Edited " + marker);
        assertThat(edited.version()).isEqualTo(target.version() + 1);
        assertThat(edited.salutations()).containsOnlyKeys("en", "ru");
        mvc.perform(page(get("/targets/{id}", target.id())).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("This term ended on 22 January 2020")));
    }

    @Test
    void unknownTargetsAreNotFound() throws Exception {
        mvc.perform(page(get("/targets/{id}", Long.MAX_VALUE))).andExpect(status().isNotFound());
        mvc.perform(page(get("/targets/{id}/edit", Long.MAX_VALUE))).andExpect(status().isNotFound());
        mvc.perform(form(post("/targets/{id}", Long.MAX_VALUE), Map.of("version", "0"))).andExpect(status().isNotFound());
        mvc.perform(api(get("/api/targets/{id}", Long.MAX_VALUE), ""))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("authority")));
        mvc.perform(api(put("/api/targets/{id}", Long.MAX_VALUE), "{\"name\": \"x\", \"version\": 0}"))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> targets.termEnded(Long.MAX_VALUE, LocalDate.now())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theListSearchesNameTitleOrganisationAndCountryAndShowsEndedTerms() throws Exception {
        targets.create(new TargetInput("Ambassador A " + marker, "Ambassador", "Embassy in Brussels " + marker, null,
                "Belgium", null, null, null, null, null, null, null, null, null, null));
        targets.create(new TargetInput("Former minister " + marker, "Minister of Justice", null, null, "Atlantis" + marker,
                null, null, null, null, null, null, "2008-05-12", "2020-01-21", null, null));

        assertThat(targets.list(marker.toLowerCase(), 0, 10).total()).isEqualTo(2);
        assertThat(targets.list("embassy in brussels " + marker, 0, 10).items()).extracting(Target::name)
                .containsExactly("Ambassador A " + marker);
        assertThat(targets.list("atlantis" + marker, 0, 10).items()).extracting(Target::name)
                .containsExactly("Former minister " + marker);
        assertThat(targets.list("nobody-" + marker, 0, 10).total()).isZero();

        mvc.perform(page(get("/targets").param("q", marker)).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ambassador A " + marker)))
                .andExpect(content().string(containsString("Term ended · 21 January 2020")));
        mvc.perform(page(get("/targets").param("q", "nobody-" + marker)).locale(RU))
                .andExpect(content().string(containsString("По этому запросу адресатов не найдено.")));
        mvc.perform(api(get("/api/targets").param("q", marker), ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items[*].country", hasItem("Belgium")));
        mvc.perform(api(get("/api/targets/options").param("q", marker).param("on", "2021-01-01"), ""))
                .andExpect(jsonPath("$[?(@.termEnded == true)].label", hasItem("Former minister " + marker + ", Minister of Justice")));
    }

    @Test
    void termEndedIsTrueOnlyAfterTheLastDay() {
        Target target = targets.create(new TargetInput("Term " + marker, null, null, null, null, null, null, null, null,
                null, null, "2006-06-23", "2020-01-22", null, null));
        assertThat(targets.termEnded(target.id(), LocalDate.of(2020, 1, 22))).isFalse();
        assertThat(targets.termEnded(target.id(), LocalDate.of(2020, 1, 23))).isTrue();
        Target open = targets.create(input("Open term " + marker));
        assertThat(targets.termEnded(open.id(), LocalDate.of(2100, 1, 1))).isFalse();
        assertThat(targets.options(marker, LocalDate.of(2021, 1, 1), 10)).filteredOn(TargetOption::termEnded)
                .extracting(TargetOption::id).containsExactly(target.id());
    }

    @Test
    void theSalutationFallsBackToEnglishThenToAny() {
        Target both = targets.create(input("Salutations " + marker));
        assertThat(both.salutationFor("ru")).contains("Уважаемый Генеральный прокурор");
        assertThat(both.salutationFor("RU")).contains("Уважаемый Генеральный прокурор");
        assertThat(both.salutationFor("fr")).contains("Dear Prosecutor General");
        Target frenchOnly = targets.create(new TargetInput("French " + marker, null, null, null, null, null, null, null,
                null, null, Map.of("fr", "Monsieur le Procureur général"), null, null, null, null));
        assertThat(frenchOnly.salutationFor("ru")).contains("Monsieur le Procureur général");
        Target none = targets.create(new TargetInput("None " + marker, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null));
        assertThat(none.salutationFor("en")).isEmpty();
    }

    @Test
    void theApiCreatesWith201AndRefusesAStaleVersionWith409() throws Exception {
        String body = """
                {"name": "Api target %s", "title": "Minister", "fax": ["+7 495 955 59 99"],
                 "salutations": {"en": "Dear Minister", "ru": "Уважаемый министр"}, "termStart": "2008-05-12"}"""
                .formatted(marker);
        String location = mvc.perform(api(post("/api/targets"), body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/targets/")))
                .andExpect(jsonPath("$.salutations.ru").value("Уважаемый министр"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(api(get(location), "")).andExpect(status().isOk()).andExpect(jsonPath("$.fax[0]").value("+7 495 955 59 99"));

        mvc.perform(api(put(location), """
                        {"name": "Api target %s", "title": "Former minister", "version": 0}""".formatted(marker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.title").value("Former minister"));
        mvc.perform(api(put(location), """
                        {"name": "Stale %s", "version": 0}""".formatted(marker)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:tocsin:problem:concurrent-edit"));
        mvc.perform(api(put(location), """
                        {"name": "No version %s"}""".formatted(marker)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(api(get(location), "")).andExpect(jsonPath("$.title").value("Former minister"));
    }

    @Test
    void theApiNamesEachBadFieldInTheCallersLanguage() throws Exception {
        mvc.perform(api(post("/api/targets"), """
                        {"name": "", "title": "%s", "fax": ["abc"], "email": ["x@"], "webForm": "javascript:alert(1)",
                         "salutations": {"english": "Dear Sir"}, "termStart": "2020-01-01", "termEnd": "2019-01-01"}"""
                        .formatted(marker)).locale(RU))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:tocsin:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("fax")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("webForm")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("salutations")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("termEnd")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("«abc» не номер факса: допустимы только цифры, пробелы, +, -, / и скобки.")));
        assertThat(rowsWithMarker()).isZero();
    }

    @Test
    void theOpenActionsUsingATargetAreShownOnItsPageAndEditForm() throws Exception {
        Target used = targets.create(input("Used " + marker));
        usage.register(used.id(), List.of(new TargetUse(901, "UA 315/14", "Activist attacked and threatened", "issued"),
                new TargetUse(902, null, "Rights defenders at risk of further attacks", "draft")));

        mvc.perform(page(get("/targets/{id}", used.id())).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Used by open urgent actions")))
                .andExpect(content().string(containsString("UA 315/14")))
                .andExpect(content().string(containsString("/actions/902")))
                .andExpect(content().string(containsString("Rights defenders at risk of further attacks")))
                .andExpect(content().string(not(containsString("No open urgent action uses this authority."))));
        mvc.perform(page(get("/targets/{id}/edit", used.id())).locale(RU))
                .andExpect(content().string(containsString("Используется в открытых срочных акциях")))
                .andExpect(content().string(containsString("черновик")))
                .andExpect(content().string(containsString("затронет все перечисленные")));
        mvc.perform(api(get("/api/targets/{id}/uses", used.id()), ""))
                .andExpect(jsonPath("$.items[0].code").value("UA 315/14"));
    }

    @Test
    void aStaleServiceUpdateThrowsAndChangesNothing() {
        Target target = targets.create(input("Service " + marker));
        targets.update(target.id(), input("Service changed " + marker).withVersion(target.version()));
        assertThatThrownBy(() -> targets.update(target.id(), input("Lost " + marker).withVersion(target.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(targets.get(target.id()).name()).endsWith("Service changed " + marker);
        assertThat(targets.getAll(List.of(target.id(), Long.MAX_VALUE))).extracting(Target::id).containsExactly(target.id());
    }
}
