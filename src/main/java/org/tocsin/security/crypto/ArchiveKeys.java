package org.tocsin.security.crypto;

import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import com.google.crypto.tink.subtle.Hkdf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Keys for backup archives, derived from the master key alone: HKDF-SHA256 of the master key
 * with a random salt that the archive's header carries. The data keys cannot seal a backup,
 * since they are inside it: after a burned office the archive must open on a new machine with
 * nothing but the master key (or K of its shares). Nothing here hands out the master key.
 */
@Service
public class ArchiveKeys {

    private static final byte[] INFO = "tocsin.backup-archive.v1".getBytes(StandardCharsets.UTF_8);
    private static final int SEGMENT_BYTES = 1 << 20;

    /** Argon2id salt and cost of a master passphrase, copied into the header: the table holding them is in the archive. */
    public record PassphraseKdf(byte[] salt, int memoryKib, int iterations, int parallelism) {
    }

    /** What a header records to find the archive's key again; none of it is secret. */
    public record KeyReference(String masterKeyId, byte[] salt, PassphraseKdf passphrase) {
    }

    /** The key of a new archive, and what its header must say. */
    public record Sealing(KeyReference reference, StreamingAead aead) {
    }

    private final MasterKeySource master;
    private final JdbcClient db;

    ArchiveKeys(MasterKeySource master, JdbcClient db) {
        this.master = master;
        this.db = db;
    }

    /** A fresh key for one archive, under the master key in use. */
    public Sealing forNewArchive() {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        MasterKey key = master.key();
        PassphraseKdf kdf = db.sql("select salt, memory_kib, iterations, parallelism from master_key_kdf where id = 1")
                .query((rs, n) -> new PassphraseKdf(rs.getBytes(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .optional().orElse(null);
        return new Sealing(new KeyReference(key.id(), salt, kdf), streaming(key, salt));
    }

    /**
     * The key of an existing archive, from the master key given by the settings, without a
     * database: {@code TOCSIN_MASTER_KEY}, {@code TOCSIN_MASTER_KEY_FILE},
     * {@code TOCSIN_MASTER_PASSPHRASE} (stretched with the header's salt), or {@code master.key}
     * in the data directory. Never makes a key.
     */
    public static StreamingAead forArchive(KeyReference reference, UnaryOperator<String> settings, Path dataDir) {
        String origin;
        byte[] bytes;
        try {
            if (present(settings.apply("TOCSIN_MASTER_KEY"))) {
                origin = "TOCSIN_MASTER_KEY";
                bytes = MasterKeyFile.decode(settings.apply("TOCSIN_MASTER_KEY"));
            } else if (present(settings.apply("TOCSIN_MASTER_KEY_FILE"))) {
                origin = "the key file " + settings.apply("TOCSIN_MASTER_KEY_FILE");
                bytes = MasterKeyFile.read(Path.of(settings.apply("TOCSIN_MASTER_KEY_FILE")));
            } else if (present(settings.apply("TOCSIN_MASTER_PASSPHRASE"))) {
                origin = "TOCSIN_MASTER_PASSPHRASE";
                PassphraseKdf kdf = reference.passphrase();
                if (kdf == null) {
                    throw new WrongKeyException("this archive was made under master key " + reference.masterKeyId()
                            + ", not one from a passphrase: give TOCSIN_MASTER_KEY or TOCSIN_MASTER_KEY_FILE");
                }
                bytes = Passphrases.derive(settings.apply("TOCSIN_MASTER_PASSPHRASE").toCharArray(), new Passphrases.Kdf(
                        kdf.salt(), new Passphrases.Cost(kdf.memoryKib(), kdf.iterations(), kdf.parallelism())));
            } else {
                Path file = dataDir.toAbsolutePath().normalize().resolve(MasterKeySource.KEY_FILE_NAME);
                if (!Files.exists(file)) {
                    throw new WrongKeyException("no master key: give TOCSIN_MASTER_KEY, TOCSIN_MASTER_KEY_FILE or "
                            + "TOCSIN_MASTER_PASSPHRASE (tocsin keys join rebuilds a key file from shares)");
                }
                origin = "the key file " + file;
                bytes = MasterKeyFile.read(file);
            }
        } catch (IOException e) {
            throw new WrongKeyException("cannot read the master key: " + e.getMessage());
        }
        MasterKey key = new MasterKey(bytes);
        Arrays.fill(bytes, (byte) 0);
        if (!key.id().equals(reference.masterKeyId())) {
            throw new WrongKeyException("this archive was made under another key: master key " + reference.masterKeyId()
                    + ", while " + origin + " gives " + key.id());
        }
        return streaming(key, reference.salt());
    }

    private static StreamingAead streaming(MasterKey key, byte[] salt) {
        byte[] master = key.bytes();
        try {
            byte[] archiveKey = Hkdf.computeHkdf("HMACSHA256", master, salt, INFO, 32);
            return new AesGcmHkdfStreaming(archiveKey, "HmacSha256", 32, SEGMENT_BYTES, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive an archive key", e);
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The archive's key cannot be had from the master key given. The message names key ids, never keys. */
    public static class WrongKeyException extends RuntimeException {
        public WrongKeyException(String message) {
            super(message);
        }
    }
}
