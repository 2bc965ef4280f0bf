package org.tocsin.security.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the master key, in this order: {@code TOCSIN_MASTER_KEY} (base64 of 32 bytes),
 * {@code TOCSIN_MASTER_KEY_FILE}, {@code TOCSIN_MASTER_PASSPHRASE} (Argon2id), then the key file
 * {@code master.key} in the data directory, which Tocsin creates on the first start of the
 * embedded database. Resolved once, on first use.
 */
@Component
class MasterKeySource {

    static final String KEY_FILE_NAME = "master.key";
    private static final Logger log = LoggerFactory.getLogger(MasterKeySource.class);

    private final Environment environment;
    private final JdbcClient db;
    private final Path defaultKeyFile;
    private final boolean embedded;
    private volatile MasterKey key;
    private volatile String origin;

    MasterKeySource(Environment environment, JdbcClient db, @Value("${tocsin.data-dir}") Path dataDir,
                    @Value("${tocsin.database.url:}") String databaseUrl) {
        this.environment = environment;
        this.db = db;
        this.defaultKeyFile = dataDir.toAbsolutePath().normalize().resolve(KEY_FILE_NAME);
        this.embedded = databaseUrl.isBlank();
    }

    MasterKey key() {
        MasterKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = resolve();
                    log.info("Master key {} from {}", key.id(), origin);
                }
                current = key;
            }
        }
        return current;
    }

    /** Where the key came from, for messages: never the key. */
    String origin() {
        key();
        return origin;
    }

    Path defaultKeyFile() {
        return defaultKeyFile;
    }

    /** After a rotation to a new master key within this process. */
    synchronized void replace(MasterKey newKey, String newOrigin) {
        key = newKey;
        origin = newOrigin;
    }

    private MasterKey resolve() {
        String inline = setting("TOCSIN_MASTER_KEY");
        if (inline != null) {
            origin = "TOCSIN_MASTER_KEY";
            return new MasterKey(MasterKeyFile.decode(inline));
        }
        String file = setting("TOCSIN_MASTER_KEY_FILE");
        if (file != null) {
            origin = "the key file " + file;
            return new MasterKey(read(Path.of(file)));
        }
        String passphrase = setting("TOCSIN_MASTER_PASSPHRASE");
        if (passphrase != null) {
            origin = "TOCSIN_MASTER_PASSPHRASE (Argon2id)";
            return new MasterKey(Passphrases.derive(passphrase.toCharArray(), Passphrases.stored(db)));
        }
        if (Files.exists(defaultKeyFile)) {
            origin = "the key file " + defaultKeyFile;
            return new MasterKey(read(defaultKeyFile));
        }
        if (!embedded) {
            throw new IllegalStateException("No master key: with an external database set TOCSIN_MASTER_KEY, "
                    + "TOCSIN_MASTER_KEY_FILE or TOCSIN_MASTER_PASSPHRASE (see docs/threat-model.md)");
        }
        return generate();
    }

    private MasterKey generate() {
        long keys = db.sql("select count(*) from data_key").query(Long.class).single();
        if (keys > 0) {
            throw new IllegalStateException("The database holds data keys but " + defaultKeyFile + " is missing: "
                    + "restore the master key file from its backup, or rebuild it with 'tocsin keys join', "
                    + "or give TOCSIN_MASTER_KEY / TOCSIN_MASTER_KEY_FILE / TOCSIN_MASTER_PASSPHRASE");
        }
        byte[] bytes = MasterKeyFile.generate();
        try {
            MasterKeyFile.write(defaultKeyFile, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the master key file " + defaultKeyFile, e);
        }
        origin = "the key file " + defaultKeyFile + " (generated)";
        // The console, not the log: this is for the person starting the service.
        System.out.println("""

                ================================================================
                 Tocsin generated its master key in
                   %s
                 Back this file up now, and keep the copy APART from the database
                 and its backups: without it the confidential data cannot be read,
                 and anyone holding it with a copy of the database can read it all.
                 (tocsin keys split writes it as shares for several keepers.)
                ================================================================
                """.formatted(defaultKeyFile));
        return new MasterKey(bytes);
    }

    private String setting(String name) {
        String value = environment.getProperty(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static byte[] read(Path file) {
        try {
            return MasterKeyFile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the master key file " + file, e);
        }
    }
}
