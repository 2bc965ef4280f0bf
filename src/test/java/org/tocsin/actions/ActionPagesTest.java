package org.tocsin.actions;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tocsin.IntegrationTest;

/** Staff pages and the JSON API of urgent actions. */
class ActionPagesTest extends IntegrationTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired
    MockMvc mockMvc;
    @Autowired
    JdbcClient db;
    @Autowired
    UrgentActions actions;

    Fixtures f;

    @BeforeEach
    void fixtures() {
        f = new Fixtures(db);
    }

    private static MockHttpServletRequestBuilder staff(MockHttpServletRequestBuilder request) {
        return request.with(user(ADMIN).roles("ADMINISTRATOR"));
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void theFormCreatesADraftWithPersonsTargetsAndOrderedLists() throws Exception {
        String title = "Form draft " + f.tag;
        String location = mockMvc.perform(staff(post("/actions")).with(csrf())
                        .param("caseId", String.valueOf(f.caseId)).param("title", title).param("codeScheme", "amnesty")
                        .param("issuedPrecision", "day").param("deadline", LocalDate.now().plusDays(20).toString())
                        .param("persons[0].personId", String.valueOf(f.anna)).param("persons[0].gender", "f")
                        .param("persons[1].gender", "m")
                        .param("recommendedActions", "Second action first", "", "Then this one")
                        .param("languages", "ru", "", "own")
                        .param("targetIds", String.valueOf(f.prosecutor), "")
                        .param("copiesToDiplomats", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        UrgentAction created = actions.get(id);
        assertThat(created.title()).isEqualTo(title);
        assertThat(created.recommendedActions()).containsExactly("Second action first", "Then this one");
        assertThat(created.languages()).containsExactly("ru", "own");
        assertThat(created.copiesToDiplomats()).isTrue();
        assertThat(actions.persons(id)).extracting(Views.ActionPerson::personId).containsExactly(f.anna);
        assertThat(actions.details(id).targets()).extracting(org.tocsin.actions.targets.Target::id).containsExactly(f.prosecutor);

        mockMvc.perform(staff(get("/actions/" + id)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Pavel Prosecutor " + f.tag)))
                .andExpect(content().string(containsString("Issue")));
        mockMvc.perform(staff(get("/actions/" + id + "/edit")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Then this one")));
    }

    @Test
    void theFormShowsEachMistakeNextToItsFieldAndWritesNothing() throws Exception {
        int before = f.count("select count(*) from urgent_action where case_id = ?", f.caseId);
        mockMvc.perform(staff(post("/actions")).with(csrf()).locale(RU)
                        .param("caseId", String.valueOf(f.caseId)).param("title", "").param("codeScheme", "external")
                        .param("issuedOn", "2016-05-12").param("deadline", "2016-03-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Это поле обязательно.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mockMvc.perform(staff(post("/actions")).with(csrf())
                        .param("caseId", String.valueOf(f.caseId)).param("title", "Dates").param("codeScheme", "external")
                        .param("issuedOn", "2016-05-12").param("deadline", "2016-03-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The deadline must come after the issue date.")))
                .andExpect(content().string(containsString("Enter the code as the other organisation gave it.")));
        assertThat(f.count("select count(*) from urgent_action where case_id = ?", f.caseId)).isEqualTo(before);
    }

    @Test
    void issuingAnIncompleteDraftOnThePageListsEverythingMissing() throws Exception {
        UrgentAction draft = actions.create(f.bare());
        mockMvc.perform(staff(post("/actions/" + draft.id() + "/issue")).with(csrf())
                        .param("version", String.valueOf(draft.version())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Name at least one person at risk.")))
                .andExpect(content().string(containsString("Add at least one recommended action.")))
                .andExpect(content().string(containsString("Choose at least one target.")))
                .andExpect(content().string(containsString("Set a deadline.")));
        mockMvc.perform(staff(post("/actions/" + draft.id() + "/issue")).with(csrf()).locale(RU)
                        .param("version", String.valueOf(draft.version())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Назовите хотя бы одно лицо под угрозой.")));
        assertThat(actions.get(draft.id()).status()).isEqualTo("draft");
    }

    @Test
    void theWholeCycleOnThePages() throws Exception {
        UrgentAction draft = actions.create(f.complete("amnesty"));
        mockMvc.perform(staff(post("/actions/" + draft.id() + "/issue")).with(csrf())
                        .param("version", String.valueOf(draft.version())))
                .andExpect(status().is3xxRedirection());
        UrgentAction issued = actions.get(draft.id());
        assertThat(issued.status()).isEqualTo("issued");

        LocalDate later = issued.deadline().plusDays(7);
        mockMvc.perform(staff(post("/actions/" + issued.id() + "/extend")).with(csrf())
                        .param("deadline", later.toString()).param("reason", "More time").param("version", String.valueOf(issued.version())))
                .andExpect(status().is3xxRedirection());
        mockMvc.perform(staff(get("/actions/" + issued.id())))
                .andExpect(content().string(containsString("More time")));

        mockMvc.perform(staff(post("/actions/" + issued.id() + "/follow-up")).with(csrf()).param("kind", "further_information"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/actions/*/edit"));
        mockMvc.perform(staff(get("/actions/" + issued.id())))
                .andExpect(content().string(containsString("Further information no. 1")));

        UrgentAction current = actions.get(issued.id());
        mockMvc.perform(staff(post("/actions/" + issued.id() + "/close")).with(csrf())
                        .param("response", "").param("impact", "").param("version", String.valueOf(current.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This field is required.")));
        mockMvc.perform(staff(post("/actions/" + issued.id() + "/close")).with(csrf())
                        .param("response", "no_response").param("impact", "moderately_negative").param("note", "Nobody charged.")
                        .param("version", String.valueOf(current.version())))
                .andExpect(status().is3xxRedirection());
        mockMvc.perform(staff(get("/actions/" + issued.id())).locale(RU))
                .andExpect(content().string(containsString("Ответа нет")))
                .andExpect(content().string(containsString("Умеренное отрицательное влияние")));
    }

    @Test
    void aTargetWhoseTermHasEndedWarnsWithoutBlocking() throws Exception {
        ActionForm c = f.complete("amnesty");
        ActionForm withFormer = new ActionForm(c.caseId(), c.title(), "amnesty", "", "", "", "", "", "day", c.deadline(),
                "", "", "", c.recommendedActions(), c.languages(), c.persons(),
                java.util.List.of(f.prosecutor, f.formerMinister), true, "", null);
        UrgentAction draft = actions.create(withFormer);
        mockMvc.perform(staff(get("/actions/" + draft.id())))
                .andExpect(content().string(containsString("Some targets no longer hold their office")))
                .andExpect(content().string(containsString("Mira Formerminister " + f.tag + ": the term in this office ended")));
        mockMvc.perform(staff(get("/actions/" + draft.id() + "/edit")))
                .andExpect(content().string(containsString("Some targets no longer hold their office")));
        assertThat(actions.issue(draft.id(), draft.version(), null).status()).isEqualTo("issued");
    }

    @Test
    void theListFiltersAndSorts() throws Exception {
        UrgentAction soon = actions.create(f.complete("amnesty"));
        actions.issue(soon.id(), soon.version(), null);
        UrgentAction draft = actions.create(f.bare());
        mockMvc.perform(staff(get("/actions")).param("status", "issued").param("country", "Testland").param("due", "40"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Defenders at risk " + f.tag)))
                .andExpect(content().string(not(containsString("Bare draft " + f.tag))));
        mockMvc.perform(staff(get("/actions")).param("status", "draft").param("sort", "code").locale(RU))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Срочные акции")));
        mockMvc.perform(staff(get("/actions")).param("status", "closed").param("country", "no such country " + f.tag))
                .andExpect(content().string(containsString("No urgent action matches these filters.")));
        mockMvc.perform(staff(get("/actions/for-case/" + f.caseId)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bare draft " + f.tag)));
        assertThat(draft.status()).isEqualTo("draft");
    }

    @Test
    void theCasePageLoadsItsActionsWithALinkToTheFilteredListAsFallback() throws Exception {
        actions.create(f.bare());
        Fixtures other = new Fixtures(db);
        actions.create(other.bare());
        mockMvc.perform(staff(get("/cases/" + f.caseId)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/actions/for-case/" + f.caseId + "\"")))
                .andExpect(content().string(containsString("hx-trigger=\"load\"")))
                .andExpect(content().string(containsString("href=\"/actions?caseId=" + f.caseId + "\"")))
                .andExpect(content().string(containsString("<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\":false}'>")));
        mockMvc.perform(staff(get("/actions")).param("caseId", String.valueOf(f.caseId)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bare draft " + f.tag)))
                .andExpect(content().string(containsString("UA test case " + f.tag)))
                .andExpect(content().string(not(containsString("Bare draft " + other.tag))));
        mockMvc.perform(staff(get("/cases/" + f.caseId)).locale(RU))
                .andExpect(content().string(containsString("Срочные акции этого дела")));
        mockMvc.perform(staff(get("/actions")).param("caseId", "999999999")).andExpect(status().isNotFound());
    }

    @Test
    void aFollowUpDraftSavesFromItsOwnForm() throws Exception {
        UrgentAction original = actions.create(f.complete("amnesty"));
        original = actions.issue(original.id(), original.version(), null);
        UrgentAction followUp = actions.followUp(original.id(), null);
        String page = mockMvc.perform(staff(get("/actions/" + followUp.id() + "/edit")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"codeScheme\" value=\"amnesty\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("id=\"code\"");
        String deadline = LocalDate.now().plusDays(45).toString();
        mockMvc.perform(staff(post("/actions/" + followUp.id())).with(csrf())
                        .param("caseId", String.valueOf(f.caseId)).param("title", followUp.title())
                        .param("codeScheme", "amnesty").param("issuedPrecision", "day").param("deadline", deadline)
                        .param("persons[0].personId", String.valueOf(f.anna))
                        .param("recommendedActions", "Urge an investigation.")
                        .param("targetIds", String.valueOf(f.prosecutor))
                        .param("version", String.valueOf(followUp.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(actions.get(followUp.id()).deadline()).isEqualTo(LocalDate.parse(deadline));
    }

    @Test
    void theCloseFormOffersTheHuridocsTermsInBothLanguages() throws Exception {
        UrgentAction issued = actions.create(f.complete("amnesty"));
        issued = actions.issue(issued.id(), issued.version(), null);
        mockMvc.perform(staff(get("/actions/" + issued.id() + "/close")))
                .andExpect(content().string(containsString("Responded to the request, with favourable results")))
                .andExpect(content().string(containsString("Pledged commitment")))
                .andExpect(content().string(containsString("Token response")))
                .andExpect(content().string(containsString("Requested more information")))
                .andExpect(content().string(containsString("No discernible impact")));
        mockMvc.perform(staff(get("/actions/" + issued.id() + "/close")).locale(RU))
                .andExpect(content().string(containsString("Дали обязательство")))
                .andExpect(content().string(containsString("Ответ чисто символический")))
                .andExpect(content().string(containsString("Умеренное отрицательное влияние")));
    }

    @Test
    void anUnknownUaIs404() throws Exception {
        mockMvc.perform(staff(get("/actions/999999999"))).andExpect(status().isNotFound());
        mockMvc.perform(api(get("/api/actions/999999999"))).andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- API

    private String json(ActionForm form) {
        return """
                {"caseId": %d, "title": "%s", "codeScheme": "%s", "deadline": "%s",
                 "recommendedActions": ["Urge an investigation."], "languages": ["ru", "own"],
                 "persons": [{"personId": %d, "gender": "f"}], "targetIds": [%d], "copiesToDiplomats": true%s}"""
                .formatted(form.caseId(), form.title(), form.codeScheme(), form.deadline(), f.anna, f.prosecutor,
                        form.version() == null ? "" : ", \"version\": " + form.version());
    }

    @Test
    void theApiRunsTheLifecycle() throws Exception {
        ActionForm c = f.complete("observatory");
        String body = mockMvc.perform(api(post("/api/actions")).content(json(new ActionForm(c.caseId(), "API " + f.tag,
                        "amnesty", "", "", "", "", "", "", c.deadline(), "", "", "", null, null, null, null, true, "", null))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/actions/")))
                .andExpect(jsonPath("$.status").value("draft"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));

        mockMvc.perform(api(put("/api/actions/" + id)).content(json(new ActionForm(c.caseId(), "API renamed " + f.tag,
                        "amnesty", "", "", "", "", "", "", c.deadline(), "", "", "", null, null, null, null, true, "", 0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mockMvc.perform(api(put("/api/actions/" + id)).content(json(new ActionForm(c.caseId(), "Stale " + f.tag,
                        "amnesty", "", "", "", "", "", "", c.deadline(), "", "", "", null, null, null, null, true, "", 0))))
                .andExpect(status().isConflict());

        mockMvc.perform(api(post("/api/actions/" + id + "/follow-ups")).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("status")));
        mockMvc.perform(api(post("/api/actions/" + id + "/issue")).content("{\"version\": 1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("issued"))
                .andExpect(jsonPath("$.codeBase").exists())
                .andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.matchesPattern("UA \\d+/\\d\\d")))
                .andExpect(jsonPath("$.draft").doesNotExist());
        mockMvc.perform(api(post("/api/actions/" + id + "/issue")).content("{\"version\": 2}"))
                .andExpect(status().isBadRequest());
        mockMvc.perform(api(post("/api/actions/" + id + "/follow-ups")).content("{\"kind\": \"update\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sequence").value(1));
        mockMvc.perform(api(post("/api/actions/" + id + "/extend")).content(
                        "{\"deadline\": \"" + LocalDate.parse(c.deadline()).plusDays(5) + "\", \"version\": 2}"))
                .andExpect(status().isOk());
        mockMvc.perform(api(post("/api/actions/" + id + "/close")).content("{\"response\": \"maybe\", \"impact\": \"\", \"version\": 3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("response")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("impact")));
        mockMvc.perform(api(post("/api/actions/" + id + "/close")).content("{\"response\": \"no_response\", \"impact\": \"unknown\", \"version\": 3}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("closed"));
        mockMvc.perform(api(get("/api/actions/" + id)))
                .andExpect(jsonPath("$.chain.length()").value(2))
                .andExpect(jsonPath("$.deadlines.length()").value(2))
                .andExpect(jsonPath("$.persons[0].personId").value(f.anna));
        mockMvc.perform(api(get("/api/actions")).param("caseId", String.valueOf(f.caseId)).param("status", "closed"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void incompleteIssueThroughTheApiNamesEveryMissingField() throws Exception {
        UrgentAction draft = actions.create(f.bare());
        mockMvc.perform(api(post("/api/actions/" + draft.id() + "/issue")).content("{\"version\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("persons")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("recommendedActions")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("targetIds")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("deadline")));
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        mockMvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/actions/{id}/follow-ups")))
                .andExpect(content().string(containsString("Urgent actions")));
    }
}
