package org.tocsin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tocsin.IntegrationTest;

/**
 * The headers every page carries, the cookies it sets, and what hostile input turns into: a
 * script in a field is shown as text, a form without its CSRF token is refused.
 */
class WebSecurityHeadersTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndNoSniffing() throws Exception {
        for (String path : new String[] {"/login", "/cases"}) {
            MvcResult result = mvc.perform(get(path).with(user(ADMIN).roles("ADMINISTRATOR"))).andReturn();
            String csp = result.getResponse().getHeader("Content-Security-Policy");
            assertThat(csp).as(path).contains("default-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    @Test
    void strictTransportSecurityOnlyOverTls() throws Exception {
        assertThat(mvc.perform(get("/login").secure(true)).andReturn().getResponse()
                .getHeader("Strict-Transport-Security")).contains("max-age=");
        assertThat(mvc.perform(get("/login")).andReturn().getResponse()
                .getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void noPageHasAnInlineScriptOrStyle() throws Exception {
        String page = mvc.perform(get("/cases").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain(" style=\"");
    }

    @Test
    void aScriptInAFieldIsShownAsText() throws Exception {
        String hostile = "<script>alert('x')</script> & \"quotes\"";
        String location = mvc.perform(post("/cases").with(user(ADMIN).roles("ADMINISTRATOR")).with(csrf())
                        .param("title", hostile).param("status", "open"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/cases/");
        String page = mvc.perform(get(location).with(user(ADMIN).roles("ADMINISTRATOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndWritesNothing() throws Exception {
        int status = mvc.perform(post("/cases").with(user(ADMIN).roles("ADMINISTRATOR"))
                .param("title", "CSRF attempt").param("status", "open")).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
        String list = mvc.perform(get("/cases").param("q", "CSRF attempt").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).doesNotContain("CSRF attempt</a>");
    }

    @Test
    void errorsShowNoStackTraceOrSql() throws Exception {
        String body = mvc.perform(get("/api/cases/not-a-number").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContainIgnoringCase("select ");
    }
}
