package org.tocsin.security.crypto;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens the keyring before anything else runs: a missing or wrong master key stops the start
 * with a clear message instead of failing on the first confidential value; a first start makes
 * the first data keys.
 */
@Component
@Order(-100)
class KeyringStartup implements ApplicationRunner {

    private final Keyring keyring;
    private final boolean enabled;

    // Off for commands that need no key, such as checking the audit log.
    KeyringStartup(Keyring keyring, @Value("${tocsin.keyring.open-at-start:true}") boolean enabled) {
        this.keyring = keyring;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            keyring.aead();
        }
    }
}
