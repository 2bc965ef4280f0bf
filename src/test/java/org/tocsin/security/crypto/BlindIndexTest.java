package org.tocsin.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.IntegrationTest;

/**
 * Keyed hashes: stable for a value, apart per context, keyed by a wrapped data key that is not a
 * primary, and the same after the master key changes. Its own context: it re-wraps the keys.
 */
@org.springframework.test.context.TestPropertySource(properties = "tocsin.test.context=blind-index")
class BlindIndexTest extends IntegrationTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;
    @Autowired
    KeyManagement keys;

    @Autowired
    BlindIndex index;
    @Autowired
    JdbcClient db;
    @Autowired
    Keyring keyring;
    @Autowired
    MasterKeySource master;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void sameValueSameHashOtherContextOtherHash() {
        String value = "someone-" + UUID.randomUUID() + "@example.org";
        byte[] first = index.of("member.email", value);
        assertThat(first).hasSize(32);
        assertThat(index.of("member.email", value)).isEqualTo(first);
        assertThat(index.of("member.other", value)).isNotEqualTo(first);
        assertThat(index.of("member.email", value + "x")).isNotEqualTo(first);

        // Another instance over the same database finds the same key.
        assertThat(new BlindIndex(db, master, transactions).of("member.email", value)).isEqualTo(first);
        assertThat(db.sql("select count(*) from data_key where purpose = 'index' and not is_primary").query(Long.class).single()).isOne();
        assertThat(db.sql("select wrapped from data_key where purpose = 'index'").query(byte[].class).single()).isNotEmpty();

        // keys rotate to a new master key file re-wraps the index key too: a restart with the new file finds the same hashes.
        KeyManagement.Rotation rotation = keys.rotateToKeyFile(dir.resolve("new-master.key"));
        assertThat(keys.dataKeys()).allMatch(k -> k.masterKeyId().equals(rotation.newMasterKeyId()));
        var withNewKey = new org.springframework.mock.env.MockEnvironment()
                .withProperty("TOCSIN_MASTER_KEY_FILE", dir.resolve("new-master.key").toString());
        BlindIndex restarted = new BlindIndex(db, new MasterKeySource(withNewKey, db, dir, ""), transactions);
        assertThat(restarted.of("member.email", value)).isEqualTo(first);
    }
}
