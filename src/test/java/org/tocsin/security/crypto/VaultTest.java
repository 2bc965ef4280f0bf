package org.tocsin.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.PlatformTransactionManager;
import org.tocsin.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

// Rotating and re-wrapping change the service's master key: this class gets its own context
// and database so that the tests sharing the main context keep the key they started with.
@TestPropertySource(properties = "tocsin.test.context=vault-rotation")
class VaultTest extends IntegrationTest {

    @Autowired
    Vault vault;
    @Autowired
    Keyring keyring;
    @Autowired
    KeyManagement keys;
    @Autowired
    MasterKeySource masterKeySource;
    @Autowired
    JdbcClient db;
    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path dir;

    @Test
    void aValueComesBackOnlyInItsOwnContext() {
        byte[] sealed = vault.encrypt("Witness: Аминат, lives behind the market", "person.description:1");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Witness").doesNotContain("market");
        assertThat(vault.encrypt("Witness: Аминат, lives behind the market", "person.description:1")).isNotEqualTo(sealed);
        assertThat(vault.decrypt(sealed, "person.description:1")).isEqualTo("Witness: Аминат, lives behind the market");

        assertThatThrownBy(() -> vault.decrypt(sealed, "person.description:2"))
                .isInstanceOf(Vault.VaultException.class).hasMessageNotContaining("Witness");
        assertThatThrownBy(() -> vault.decrypt(sealed, "organisation.description:1")).isInstanceOf(Vault.VaultException.class);
        assertThat(vault.encrypt(null, "person.description:1")).isNull();
        assertThat(vault.decrypt(null, "person.description:1")).isNull();
        assertThatThrownBy(() -> vault.encrypt("x", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAlteredCiphertextDoesNotOpen() {
        byte[] sealed = vault.encrypt("confidential", "test:tamper");
        for (int position : new int[] {0, 3, 7, sealed.length / 2, sealed.length - 1}) {
            byte[] altered = sealed.clone();
            altered[position] ^= 0x01;
            assertThatThrownBy(() -> vault.decrypt(altered, "test:tamper")).as("byte %d", position)
                    .isInstanceOf(Vault.VaultException.class);
        }
        assertThatThrownBy(() -> vault.decrypt(Arrays.copyOf(sealed, sealed.length - 1), "test:tamper"))
                .isInstanceOf(Vault.VaultException.class);
    }

    @Test
    void streamsRoundTripAndRefuseAlteration() throws IOException {
        byte[] file = new byte[100_000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) (i * 31);
        }
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = vault.encryptingStream(sealed, "upload:7")) {
            out.write(file);
        }
        assertThat(read(vault.decryptingStream(new ByteArrayInputStream(sealed.toByteArray()), "upload:7"))).isEqualTo(file);

        assertThatThrownBy(() -> read(vault.decryptingStream(new ByteArrayInputStream(sealed.toByteArray()), "upload:8")))
                .isInstanceOf(IOException.class);
        byte[] altered = sealed.toByteArray();
        altered[altered.length / 2] ^= 0x10;
        assertThatThrownBy(() -> read(vault.decryptingStream(new ByteArrayInputStream(altered), "upload:7")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void rotationKeepsOldValuesReadableAndSealsNewOnesUnderTheNewKey() throws IOException {
        byte[] before = vault.encrypt("sealed before the rotation", "test:rotate");
        ByteArrayOutputStream streamBefore = new ByteArrayOutputStream();
        try (OutputStream out = vault.encryptingStream(streamBefore, "test:rotate-file")) {
            out.write("a file before".getBytes(StandardCharsets.UTF_8));
        }
        int oldPrimary = keyring.primaryId(Keyring.Purpose.AEAD);
        assertThat(keyId(before)).isEqualTo(oldPrimary);

        KeyManagement.Rotation rotation = keys.rotate();

        assertThat(rotation.newAeadKeyId()).isNotEqualTo(oldPrimary);
        byte[] after = vault.encrypt("sealed after the rotation", "test:rotate");
        assertThat(keyId(after)).isEqualTo(rotation.newAeadKeyId());
        assertThat(vault.decrypt(before, "test:rotate")).isEqualTo("sealed before the rotation");
        assertThat(vault.decrypt(after, "test:rotate")).isEqualTo("sealed after the rotation");
        assertThat(new String(read(vault.decryptingStream(new ByteArrayInputStream(streamBefore.toByteArray()),
                "test:rotate-file")), StandardCharsets.UTF_8)).isEqualTo("a file before");
        assertThat(keys.dataKeys()).filteredOn(KeyManagement.DataKeyInfo::primary)
                .extracting(KeyManagement.DataKeyInfo::id)
                .containsExactlyInAnyOrder(rotation.newAeadKeyId(), rotation.newStreamingKeyId());
    }

    @Test
    void anotherInstanceFindsKeysMadeSinceItLoaded() {
        Keyring other = new Keyring(db, masterKeySource, transactions);
        Vault otherVault = new Vault(other);
        otherVault.encrypt("warm the cache", "test:other");
        keys.rotate();
        byte[] fresh = vault.encrypt("sealed under a key the other instance has not seen", "test:other");
        assertThat(otherVault.decrypt(fresh, "test:other")).isEqualTo("sealed under a key the other instance has not seen");
    }

    @Test
    void rewrappingUnderANewMasterKeyFileKeepsEverythingReadable() throws IOException {
        byte[] before = vault.encrypt("sealed under the old master key", "test:rewrap");
        String oldMaster = keys.masterKeyId();
        Path newKeyFile = dir.resolve("new-master.key");

        KeyManagement.Rotation rotation = keys.rotateToKeyFile(newKeyFile);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(newKeyFile))).isEqualTo("rw-------");
        assertThat(rotation.masterKeyId()).isEqualTo(oldMaster);
        assertThat(rotation.newMasterKeyId()).isEqualTo(MasterKeyFile.fingerprint(MasterKeyFile.read(newKeyFile)))
                .isEqualTo(keys.masterKeyId());
        assertThat(keys.dataKeys()).allMatch(k -> k.masterKeyId().equals(rotation.newMasterKeyId()));
        assertThat(rotation.rewrapped()).isEqualTo(keys.dataKeys().size());
        assertThat(vault.decrypt(before, "test:rewrap")).isEqualTo("sealed under the old master key");

        // A service started afresh with the new key file opens the old value; with any other key it refuses to start.
        MockEnvironment withNewKey = new MockEnvironment().withProperty("TOCSIN_MASTER_KEY_FILE", newKeyFile.toString());
        Vault restarted = new Vault(new Keyring(db, new MasterKeySource(withNewKey, db, dir, ""), transactions));
        assertThat(restarted.decrypt(before, "test:rewrap")).isEqualTo("sealed under the old master key");

        MockEnvironment withOtherKey = new MockEnvironment()
                .withProperty("TOCSIN_MASTER_KEY", MasterKeyFile.encode(MasterKeyFile.generate()));
        Keyring wrong = new Keyring(db, new MasterKeySource(withOtherKey, db, dir, ""), transactions);
        assertThatThrownBy(wrong::aead).hasMessageContaining("Wrong master key");
    }

    @Test
    void rewrappingUnderAPassphraseStoresItsSaltButNeverThePassphrase() {
        byte[] before = vault.encrypt("sealed before the passphrase", "test:passphrase");
        keys.rotateToPassphrase("a long passphrase for the test".toCharArray());

        assertThat(db.sql("select count(*) from master_key_kdf").query(Long.class).single()).isEqualTo(1);
        MockEnvironment withPassphrase = new MockEnvironment()
                .withProperty("TOCSIN_MASTER_PASSPHRASE", "a long passphrase for the test");
        Vault restarted = new Vault(new Keyring(db, new MasterKeySource(withPassphrase, db, dir, ""), transactions));
        assertThat(restarted.decrypt(before, "test:passphrase")).isEqualTo("sealed before the passphrase");
    }

    @Test
    void aMissingKeyFileIsNotReplacedWhileTheDatabaseHoldsKeys() {
        MasterKeySource nothingGiven = new MasterKeySource(new MockEnvironment(), db, dir, "");
        assertThatThrownBy(nothingGiven::key).hasMessageContaining("is missing");
        assertThat(dir.resolve("master.key")).doesNotExist();

        MasterKeySource external = new MasterKeySource(new MockEnvironment(), db, dir, "jdbc:postgresql://elsewhere/tocsin");
        assertThatThrownBy(external::key).hasMessageContaining("external database");
    }

    @Test
    void theFirstStartWroteAnOwnerOnlyKeyFileInTheDataDirectory() throws IOException {
        Path file = masterKeySource.defaultKeyFile();
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    static int keyId(byte[] ciphertext) {
        assertThat(ciphertext[0]).as("Tink prefix version").isEqualTo((byte) 1);
        return ByteBuffer.wrap(ciphertext, 1, 4).getInt();
    }

    private static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

}
