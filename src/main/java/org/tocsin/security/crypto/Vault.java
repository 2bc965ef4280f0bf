package org.tocsin.security.crypto;

import com.google.crypto.tink.Aead;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Service;

/**
 * Seals confidential values before they reach the database or disk. The context is the associated
 * data and names where the value belongs ({@code "person.description:42"}): a ciphertext copied to
 * another row or column does not open there. Every ciphertext starts with the id of its data key,
 * so values sealed before a rotation stay readable.
 */
@Service
public class Vault {

    private final Keyring keyring;

    Vault(Keyring keyring) {
        this.keyring = keyring;
    }

    /** The sealed value, or null for null. */
    public byte[] encrypt(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        try {
            return keyring.aead().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), bytes(context));
        } catch (GeneralSecurityException e) {
            throw new VaultException("cannot seal a value for " + context, e);
        }
    }

    /** The value sealed for this context, or null for null; fails if it was sealed elsewhere or altered. */
    public String decrypt(byte[] ciphertext, String context) {
        if (ciphertext == null) {
            return null;
        }
        try {
            return new String(open(keyring.aead(), ciphertext, context), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException first) {
            if (ciphertext.length < 5 || keyring.holdsAeadKey(ByteBuffer.wrap(ciphertext, 1, 4).getInt())) {
                throw new VaultException("cannot open a value for " + context + ": it was altered or belongs elsewhere", first);
            }
            // Sealed under a key we have not loaded: perhaps another instance has just made it.
            keyring.reload();
            try {
                return new String(open(keyring.aead(), ciphertext, context), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                throw new VaultException("cannot open a value for " + context
                        + ": it was altered, belongs elsewhere, or its key is gone", e);
            }
        }
    }

    /** Seals a stream (a file, a backup) under the primary streaming data key; close it to finish. */
    public OutputStream encryptingStream(OutputStream sink, String context) {
        try {
            return keyring.streaming().newEncryptingStream(sink, bytes(context));
        } catch (GeneralSecurityException e) {
            throw new VaultException("cannot seal a stream for " + context, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a stream sealed by {@link #encryptingStream}; reading fails with an IOException if it was altered. */
    public InputStream decryptingStream(InputStream source, String context) {
        try {
            return keyring.streaming().newDecryptingStream(source, bytes(context));
        } catch (GeneralSecurityException e) {
            throw new VaultException("cannot open a stream for " + context, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] open(Aead aead, byte[] ciphertext, String context) throws GeneralSecurityException {
        return aead.decrypt(ciphertext, bytes(context));
    }

    private static byte[] bytes(String context) {
        if (context == null || context.isBlank()) {
            throw new IllegalArgumentException("a context names where the value belongs");
        }
        return context.getBytes(StandardCharsets.UTF_8);
    }

    /** A value that cannot be sealed or opened. Its message never holds the value. */
    public static class VaultException extends RuntimeException {
        public VaultException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
