package org.tocsin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.IntegrationTest;

/** Creating an account, changing its role, disabling it, resetting its second factor and setting its password are audited. */
class AccountAuditTest extends IntegrationTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    JdbcClient db;

    @Test
    void everyChangeToAnAccountIsAnEntryNamingFieldsOnly() {
        UserAccounts.Account account = AccountsFixture.newUser(accounts, "audited", UserAccounts.Role.COORDINATOR);
        accounts.changeRole(account.id(), account.version(), UserAccounts.Role.RESEARCHER);
        accounts.setEnabled("admin", account.id(), accounts.get(account.id()).version(), false);
        accounts.setEnabled("admin", account.id(), accounts.get(account.id()).version(), true);
        twoFactor.reset(account.id());
        accounts.setPassword(account.id(), "another long test password", "change-password");

        List<String> entries = db.sql("select actor || ' ' || action || ' ' || array_to_string(fields, ',') from audit_entry "
                        + "where record_kind = 'user' and record_id = ? order by id")
                .param(String.valueOf(account.id())).query(String.class).list();
        assertThat(entries).containsExactly(
                "system create username,displayName,role,email,password",
                "system update role",
                "system disable enabled",
                "system enable enabled",
                "system reset-two-factor totpSecret,recoveryCodes",
                account.username() + " change-password password");
        assertThat(String.join(" ", entries)).doesNotContain(AccountsFixture.PASSWORD).doesNotContain("another long");
    }
}
