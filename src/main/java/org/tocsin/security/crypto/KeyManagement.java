package org.tocsin.security.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tocsin.security.audit.AuditLog;

/**
 * What {@code tocsin keys} does: rotate data keys, re-wrap them under a new master key, and
 * write the master key as shares. Each action goes to the audit log.
 */
@Service
public class KeyManagement {

    /** A data key as listed: no key material. */
    public record DataKeyInfo(int id, String purpose, boolean primary, String masterKeyId, String createdAt) {
    }

    /** What a rotation did. {@code newMasterKeyId} is null when the master key stayed. */
    public record Rotation(int newAeadKeyId, int newStreamingKeyId, int rewrapped, String masterKeyId,
                           String newMasterKeyId) {
    }

    private final Keyring keyring;
    private final MasterKeySource master;
    private final JdbcClient db;
    private final AuditLog audit;

    KeyManagement(Keyring keyring, MasterKeySource master, JdbcClient db, AuditLog audit) {
        this.keyring = keyring;
        this.master = master;
        this.db = db;
        this.audit = audit;
    }

    public String masterKeyId() {
        return master.key().id();
    }

    public String masterKeyOrigin() {
        return master.origin();
    }

    public List<DataKeyInfo> dataKeys() {
        return keyring.list().stream().map(k -> new DataKeyInfo(k.id(), k.purpose(), k.primary(), k.masterKeyId(),
                k.createdAt().toString())).toList();
    }

    /** New primary data keys; nothing is re-encrypted, old keys keep opening what they sealed. */
    public Rotation rotate() {
        List<Integer> ids = keyring.rotate();
        audit.record("keys.rotate", "keyring", null, List.of("data keys"));
        return new Rotation(ids.get(0), ids.get(1), 0, masterKeyId(), null);
    }

    /**
     * New primary data keys, then every data key re-wrapped under the master key in {@code keyFile}:
     * read from it if it exists, else generated and written there (mode 600) before the database changes.
     */
    public Rotation rotateToKeyFile(Path keyFile) {
        byte[] bytes;
        try {
            if (Files.exists(keyFile)) {
                bytes = MasterKeyFile.read(keyFile);
            } else {
                bytes = MasterKeyFile.generate();
                MasterKeyFile.write(keyFile, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the key file " + keyFile, e);
        }
        return rotateTo(new MasterKey(bytes), "the key file " + keyFile, () -> { });
    }

    /** As {@link #rotateToKeyFile}, with a new passphrase: a new salt replaces the stored one in the same transaction. */
    public Rotation rotateToPassphrase(char[] passphrase) {
        Passphrases.Kdf kdf = Passphrases.newKdf(Passphrases.DEFAULT_COST);
        MasterKey newKey = new MasterKey(Passphrases.derive(passphrase, kdf));
        return rotateTo(newKey, "TOCSIN_MASTER_PASSPHRASE (Argon2id)", () -> Passphrases.replace(db, kdf));
    }

    /** N shares of the master key of which any K give it back. */
    public List<String> split(int shares, int threshold) {
        List<String> texts = KeyShares.split(master.key().bytes(), shares, threshold);
        audit.record("keys.split", "keyring", null, List.of("master key shares " + threshold + " of " + shares));
        return texts;
    }

    private Rotation rotateTo(MasterKey newKey, String newOrigin, Runnable storeKdf) {
        String oldId = masterKeyId();
        if (newKey.id().equals(oldId)) {
            throw new IllegalArgumentException("the new master key is the current one");
        }
        List<Integer> ids = keyring.rotate();
        int rewrapped = keyring.rewrap(newKey, () -> {
            storeKdf.run();
            audit.record("keys.rewrap", "keyring", null, List.of("master key"));
        });
        master.replace(newKey, newOrigin);
        keyring.reload();
        return new Rotation(ids.get(0), ids.get(1), rewrapped, oldId, newKey.id());
    }
}
