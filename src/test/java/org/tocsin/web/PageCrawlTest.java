package org.tocsin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tocsin.IntegrationTest;

/**
 * Opens every staff page of the demo case file in each language: each answers, speaks the
 * language asked for, and has no untranslated message key (Thymeleaf shows those as ??key??).
 */
class PageCrawlTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    private String firstId(String table) {
        return db.sql("select min(id) from " + table).query(Long.class).optional().map(String::valueOf).orElse(null);
    }

    private List<String> pages() {
        List<String> pages = new ArrayList<>(List.of("/cases", "/cases/new", "/persons", "/persons/new",
                "/organisations", "/organisations/new", "/sources", "/sources/new", "/targets", "/targets/new",
                "/actions", "/imports", "/account", "/account/two-factor", "/account/sessions", "/account/tokens",
                "/admin/users", "/admin/users/new", "/admin/outbox", "/admin/audit", "/admin/backups", "/admin/emergency"));
        String caseId = firstId("case_file");
        String personId = firstId("person");
        String organisationId = firstId("organisation");
        String sourceId = firstId("source");
        String incidentId = firstId("incident");
        String investigationId = firstId("investigation");
        String targetId = firstId("target");
        String actionId = db.sql("select min(id) from urgent_action where status <> 'draft'").query(Long.class).optional()
                .map(String::valueOf).orElse(null);
        Stream.of(
                        caseId == null ? null : List.of("/cases/" + caseId, "/cases/" + caseId + "/edit", "/cases/" + caseId + "/incidents/new"),
                        personId == null ? null : List.of("/persons/" + personId, "/persons/" + personId + "/edit"),
                        organisationId == null ? null : List.of("/organisations/" + organisationId, "/organisations/" + organisationId + "/edit"),
                        sourceId == null ? null : List.of("/sources/" + sourceId, "/sources/" + sourceId + "/edit"),
                        incidentId == null ? null : List.of("/incidents/" + incidentId, "/incidents/" + incidentId + "/edit",
                                "/incidents/" + incidentId + "/investigations/new"),
                        investigationId == null ? null : List.of("/investigations/" + investigationId, "/investigations/" + investigationId + "/edit"),
                        targetId == null ? null : List.of("/targets/" + targetId, "/targets/" + targetId + "/edit"),
                        actionId == null ? null : List.of("/actions/" + actionId, "/take-action/" + actionId))
                .filter(java.util.Objects::nonNull)
                .forEach(pages::addAll);
        return pages;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void everyPageAnswersInTheLanguageAskedFor(String language) throws Exception {
        List<String> pages = pages();
        assertThat(pages).hasSizeGreaterThan(20);
        for (String path : pages) {
            MvcResult result = mvc.perform(get(path).param("lang", language).with(user(ADMIN).roles("ADMINISTRATOR")))
                    .andReturn();
            String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            assertThat(body).as(path).contains("<html lang=\"" + language + "\"").doesNotContain("??");
            if (List.of("/cases", "/persons", "/organisations", "/sources", "/targets").contains(path)) {
                assertThat(body).as(path).contains("action=\"" + path + "\"").contains("name=\"q\"");
            }
        }
    }
}
