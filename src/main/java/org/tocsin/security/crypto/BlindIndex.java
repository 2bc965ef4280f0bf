package org.tocsin.security.crypto;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.mac.HmacParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keyed hashes (HMAC-SHA256) of confidential values, so that a sealed value can be found again
 * by its text (a member's e-mail address) without the database ever holding the text. The key is
 * one data key of purpose {@code index}, wrapped by the master key like the others, so a master
 * key rotation re-wraps it; it is never rotated itself, since every stored hash depends on it.
 */
@Service
public class BlindIndex {

    private static final String PURPOSE = "index";

    private final JdbcClient db;
    private final MasterKeySource master;
    private final TransactionTemplate transaction;
    private volatile Mac mac;

    BlindIndex(JdbcClient db, MasterKeySource master, PlatformTransactionManager transactions) {
        this.db = db;
        this.master = master;
        this.transaction = new TransactionTemplate(transactions);
        Crypto.register();
    }

    /** The keyed hash of a value; the context keeps hashes of different kinds of values apart. */
    public byte[] of(String context, String value) {
        if (context == null || context.isBlank() || value == null) {
            throw new IllegalArgumentException("a blind index needs a context and a value");
        }
        try {
            return mac().computeMac((context + "\u0000" + value).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute a blind index for " + context, e);
        }
    }

    private Mac mac() {
        Mac now = mac;
        if (now == null) {
            synchronized (this) {
                if (mac == null) {
                    mac = load();
                }
                now = mac;
            }
        }
        return now;
    }

    private Mac load() {
        KeysetHandle keys = transaction.execute(status -> {
            db.sql("select pg_advisory_xact_lock(hashtext('tocsin.keyring'))").query().singleValue();
            List<KeyRow> rows = db.sql("select id, wrapped from data_key where purpose = ? order by created_at, id")
                    .param(PURPOSE).query(KeyRow.class).list();
            return rows.isEmpty() ? create() : Keyring.unwrap(rows.getFirst().wrapped(), rows.getFirst().id(), PURPOSE, master.key());
        });
        try {
            return keys.getPrimitive(RegistryConfiguration.get(), Mac.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use the blind index key", e);
        }
    }

    private KeysetHandle create() {
        try {
            HmacParameters parameters = HmacParameters.builder().setKeySizeBytes(32).setTagSizeBytes(32)
                    .setHashType(HmacParameters.HashType.SHA256).setVariant(HmacParameters.Variant.NO_PREFIX).build();
            List<Integer> taken = db.sql("select id from data_key").query(Integer.class).list();
            KeysetHandle fresh;
            do {
                fresh = KeysetHandle.newBuilder()
                        .addEntry(KeysetHandle.generateEntryFromParameters(parameters).withRandomId().makePrimary())
                        .build();
            } while (taken.contains(fresh.getPrimary().getId()));
            int id = fresh.getPrimary().getId();
            MasterKey key = master.key();
            // Not a primary: primaries are what rotation replaces, and this key is never replaced.
            db.sql("insert into data_key (id, purpose, wrapped, master_key_id, is_primary) values (?, ?, ?, ?, false)")
                    .params(id, PURPOSE, Keyring.wrap(fresh, id, PURPOSE, key), key.id()).update();
            return fresh;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the blind index key", e);
        }
    }

    private record KeyRow(int id, byte[] wrapped) {
    }
}
