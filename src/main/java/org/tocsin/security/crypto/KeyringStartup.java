package org.tocsin.security.crypto;

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

    KeyringStartup(Keyring keyring) {
        this.keyring = keyring;
    }

    @Override
    public void run(ApplicationArguments args) {
        keyring.aead();
    }
}
