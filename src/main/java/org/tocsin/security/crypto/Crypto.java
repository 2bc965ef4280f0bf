package org.tocsin.security.crypto;

import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.security.GeneralSecurityException;

/** Registers Tink's key types once. */
final class Crypto {

    private static volatile boolean registered;

    private Crypto() {
    }

    static void register() {
        if (registered) {
            return;
        }
        try {
            AeadConfig.register();
            StreamingAeadConfig.register();
            MacConfig.register();
            registered = true;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink is not usable", e);
        }
    }
}
