package org.tocsin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.security.AccountsFixture.PASSWORD;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;

/** Password guessing is refused after five failures for an account, or twenty from one address. */
class ThrottlingTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void fiveFailuresForOneAccountLockItEvenWithTheRightPassword() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "guessed", UserAccounts.Role.RESEARCHER);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            // From a different address each time: the account's count locks, not the address's.
            MockHttpServletResponse failed = AccountsFixture.postLogin(mvc, user.username(), "wrong " + i, AccountsFixture.randomAddress());
            assertThat(failed.getRedirectedUrl()).isEqualTo("/login?error");
        }
        MockHttpServletResponse refused = AccountsFixture.postLogin(mvc, user.username(), PASSWORD, AccountsFixture.randomAddress());
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("Too many failed attempts").contains("wait 15 minutes");
        assertThat(AccountsFixture.sessionCookie(refused)).isNull();
    }

    @Test
    void anUnknownAccountLocksTheSameWaySoTheAnswerRevealsNothing() throws Exception {
        String nobody = AccountsFixture.uniqueName("nobody");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            AccountsFixture.postLogin(mvc, nobody, "wrong", AccountsFixture.randomAddress());
        }
        assertThat(AccountsFixture.postLogin(mvc, nobody, "wrong", AccountsFixture.randomAddress()).getStatus()).isEqualTo(429);
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressInRussianToo() throws Exception {
        String address = AccountsFixture.randomAddress();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            AccountsFixture.postLogin(mvc, AccountsFixture.uniqueName("sprayed"), "wrong", address);
        }
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "bystander", UserAccounts.Role.RESEARCHER);
        MockHttpServletResponse refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                        .param("username", user.username()).param("password", PASSWORD).param("lang", "ru")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(AccountsFixture.from(address)))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("Слишком много неудачных попыток");
        // The same account from elsewhere still logs in.
        assertThat(AccountsFixture.postLogin(mvc, user.username(), PASSWORD, AccountsFixture.randomAddress()).getRedirectedUrl())
                .isEqualTo("/cases");
    }

    @Test
    void aFullLoginClearsTheAccountsCount() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "forgetful", UserAccounts.Role.RESEARCHER);
        String address = AccountsFixture.randomAddress();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT - 1; i++) {
            AccountsFixture.postLogin(mvc, user.username(), "wrong", address);
        }
        assertThat(AccountsFixture.postLogin(mvc, user.username(), PASSWORD, address).getRedirectedUrl()).isEqualTo("/cases");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT - 1; i++) {
            AccountsFixture.postLogin(mvc, user.username(), "wrong", address);
        }
        assertThat(AccountsFixture.postLogin(mvc, user.username(), PASSWORD, address).getRedirectedUrl()).isEqualTo("/cases");
    }
}
