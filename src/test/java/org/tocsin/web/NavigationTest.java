package org.tocsin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;

/** The main navigation offers each role what it may open, and nothing that answers 403. */
class NavigationTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void eachRoleSeesItsOwnLinks() throws Exception {
        assertThat(nav("RESEARCHER")).contains("href=\"/imports\"").doesNotContain("href=\"/members\"")
                .doesNotContain("href=\"/admin/users\"");
        assertThat(nav("COORDINATOR")).contains("href=\"/members\"", "href=\"/sections\"")
                .doesNotContain("href=\"/imports\"").doesNotContain("href=\"/admin/users\"");
        assertThat(nav("ADMINISTRATOR")).contains("href=\"/imports\"", "href=\"/members\"", "href=\"/admin/users\"");
    }

    private String nav(String role) throws Exception {
        String page = mvc.perform(get("/cases").with(user("nav-" + role.toLowerCase()).roles(role)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return page.substring(page.indexOf("class=\"main-nav\""), page.indexOf("</nav>"));
    }
}
