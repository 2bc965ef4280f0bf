package org.tocsin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tocsin.IntegrationTest;

/** Every account and administration page answers in the language asked for, with no missing message. */
class SecurityPagesTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void everyPageSpeaksTheLanguage(String language) throws Exception {
        long adminId = accounts.find(ADMIN).orElseThrow().id();
        List<String> staffPages = List.of("/account", "/account/two-factor", "/account/sessions", "/account/tokens",
                "/admin/users", "/admin/users/new", "/admin/users/" + adminId, "/admin/outbox", "/admin/emergency");
        for (String path : staffPages) {
            check(path, language, mvc.perform(get(path).param("lang", language).with(user(ADMIN).roles("ADMINISTRATOR"))).andReturn());
        }
        for (String path : List.of("/login", "/password-reset", "/password-reset/not-a-token")) {
            check(path, language, mvc.perform(get(path).param("lang", language)).andReturn());
        }
    }

    private static void check(String path, String language, MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(path).isIn(200, 404);
        assertThat(body).as(path).contains("<html lang=\"" + language + "\"").doesNotContain("??");
    }
}
