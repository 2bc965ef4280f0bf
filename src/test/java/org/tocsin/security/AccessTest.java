package org.tocsin.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;

/** Who may use what: staff pages and the API for staff, administration for administrators. */
class AccessTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @ParameterizedTest
    @ValueSource(strings = {"/cases", "/persons", "/sources", "/targets"})
    void membersGetForbiddenOnStaffPages(String page) throws Exception {
        mvc.perform(get(page).with(user("member").roles("MEMBER"))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(user("coordinator").roles("COORDINATOR"))).andExpect(status().isOk());
    }

    @Test
    void membersGetForbiddenOnTheApiButMayManageTheirOwnAccount() throws Exception {
        UserAccounts.Account member = AccountsFixture.newUser(accounts, "member", UserAccounts.Role.MEMBER);
        mvc.perform(get("/api/cases").with(httpBasic(member.username(), AccountsFixture.PASSWORD))
                .with(AccountsFixture.from(AccountsFixture.randomAddress()))).andExpect(status().isForbidden());
        mvc.perform(get("/account/sessions").with(user(member.username()).roles("MEMBER"))).andExpect(status().isOk());
        mvc.perform(get("/account/tokens").with(user(member.username()).roles("MEMBER"))).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/users", "/admin/users/new", "/admin/outbox", "/admin/emergency"})
    void onlyAdministratorsAdministerAccounts(String page) throws Exception {
        mvc.perform(get(page).with(user("researcher").roles("RESEARCHER"))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(user("coordinator").roles("COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(user(ADMIN).roles("ADMINISTRATOR"))).andExpect(status().isOk());
        mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void strangersMayAskForAPasswordResetButNotSeeAccounts() throws Exception {
        mvc.perform(get("/password-reset")).andExpect(status().isOk());
        mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
    }
}
