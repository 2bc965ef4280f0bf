package org.tocsin.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {

    @TempDir
    Path dir;

    @Test
    void keyFilesAreOwnerOnlyAndNeverOverwritten() throws Exception {
        byte[] key = MasterKeyFile.generate();
        Path file = dir.resolve("master.key");
        MasterKeyFile.write(file, key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(MasterKeyFile.read(file)).isEqualTo(key);
        assertThat(Files.readString(file)).startsWith("#").contains(MasterKeyFile.fingerprint(key));
        assertThatThrownBy(() -> MasterKeyFile.write(file, MasterKeyFile.generate())).hasMessageContaining("exists");
        assertThat(MasterKeyFile.read(file)).isEqualTo(key);
    }

    @Test
    void theTextFormIsBase64OfThirtyTwoBytes() {
        byte[] key = MasterKeyFile.generate();
        assertThat(MasterKeyFile.decode(MasterKeyFile.encode(key))).isEqualTo(key);
        assertThatThrownBy(() -> MasterKeyFile.decode("c2hvcnQ=")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> MasterKeyFile.decode("not base64!")).hasMessageContaining("base64");
    }

    @Test
    void theFingerprintNamesTheKeyWithoutShowingIt() {
        byte[] key = MasterKeyFile.generate();
        MasterKey master = new MasterKey(key);
        assertThat(master.id()).hasSize(16).isEqualTo(new MasterKey(key).id()).isNotEqualTo(new MasterKey(MasterKeyFile.generate()).id());
        assertThat(master.toString()).doesNotContain(MasterKeyFile.encode(key));
    }

    @Test
    void aPassphraseGivesTheSameKeyWithTheSameSaltOnly() {
        Passphrases.Cost cheap = new Passphrases.Cost(1024, 1, 1);
        Passphrases.Kdf kdf = Passphrases.newKdf(cheap);
        byte[] first = Passphrases.derive("correct horse battery".toCharArray(), kdf);
        assertThat(first).hasSize(32);
        assertThat(Passphrases.derive("correct horse battery".toCharArray(), kdf)).isEqualTo(first);
        assertThat(Passphrases.derive("correct horse battery".toCharArray(), Passphrases.newKdf(cheap))).isNotEqualTo(first);
        assertThat(Passphrases.derive("correct horse battery!".toCharArray(), kdf)).isNotEqualTo(first);
    }
}
