package org.tocsin.security;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, with no accounts at all, creates the administrator {@code admin}. Its
 * password is {@code TOCSIN_ADMIN_PASSWORD} or, without it, a generated one shown once on
 * the console (not in the log, which may be shipped elsewhere).
 */
@Component
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccounts accounts;
    private final String configuredPassword;

    AdministratorBootstrap(UserAccounts accounts, @Value("${tocsin.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        accounts.create("admin", "Administrator", UserAccounts.Role.ADMINISTRATOR, password);
        log.info("Created the administrator account 'admin'");
        if (generated) {
            System.out.println("""

                    ================================================================
                     Tocsin created the administrator account.
                       user:     admin
                       password: %s
                     This password is shown only this once. Set TOCSIN_ADMIN_PASSWORD
                     before the first start to choose it yourself.
                    ================================================================
                    """.formatted(password));
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
