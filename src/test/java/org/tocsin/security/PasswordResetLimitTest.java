package org.tocsin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;

/** Reset links are limited per account and per address; the answer is the same whether or not one is sent. */
class PasswordResetLimitTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient db;
    @Autowired
    Mailer mailer;

    @Test
    void oneAccountGetsAFewLinksWhateverTheAddress() throws Exception {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "flooded", UserAccounts.Role.COORDINATOR);
        for (int i = 0; i < PasswordResets.MAX_REQUESTS_PER_ACCOUNT + 3; i++) {
            ask(i % 2 == 0 ? user.username() : user.email(), AccountsFixture.randomAddress());
        }
        assertThat(mailsTo(user.email())).isEqualTo(PasswordResets.MAX_REQUESTS_PER_ACCOUNT);
        assertThat(db.sql("select count(*) from password_reset where user_id = ?").param(user.id()).query(Long.class).single())
                .isEqualTo(PasswordResets.MAX_REQUESTS_PER_ACCOUNT);
        // Nothing in the table names the account or its address.
        assertThat(db.sql("select count(*) from password_reset_request where target_hash in (?, ?, ?)")
                .params(user.username(), user.email(), String.valueOf(user.id())).query(Long.class).single()).isZero();
    }

    @Test
    void neitherTheAddressNorTheNameAskedForIsStoredOrPlainlyHashed() throws Exception {
        String address = AccountsFixture.randomAddress();
        String identifier = "someone-" + address + "@example.org";
        long before = db.sql("select count(*) from password_reset_request").query(Long.class).single();
        ask(identifier, address);
        assertThat(db.sql("select count(*) from password_reset_request").query(Long.class).single()).isGreaterThan(before);
        assertThat(db.sql("select count(*) from password_reset_request where address in (?, ?) or target_hash in (?, ?)"
                        + " or target_hash like ? or address like ?")
                .params(address, Secrets.sha256(address), Secrets.sha256("name:" + identifier), identifier,
                        "%" + address + "%", "%" + address + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void oneAddressCanAskOnlySoOften() throws Exception {
        String address = AccountsFixture.randomAddress();
        for (int i = 0; i < PasswordResets.MAX_REQUESTS_PER_ADDRESS; i++) {
            ask("nobody-" + i + "-" + address, address);
        }
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "blocked", UserAccounts.Role.COORDINATOR);
        ask(user.username(), address);
        assertThat(mailsTo(user.email())).isZero();
        ask(user.username(), AccountsFixture.randomAddress());
        assertThat(mailsTo(user.email())).isEqualTo(1);
    }

    private void ask(String identifier, String address) throws Exception {
        mvc.perform(post("/password-reset").param("identifier", identifier).with(AccountsFixture.from(address)).with(csrf()))
                .andExpect(redirectedUrl("/password-reset?sent"));
    }

    private long mailsTo(String email) {
        return OutboxMails.to(mailer, email).size();
    }
}
