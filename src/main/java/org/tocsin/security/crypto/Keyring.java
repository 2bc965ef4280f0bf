package org.tocsin.security.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data keys, unwrapped with the master key and kept in memory for a short while: every
 * instance notices a rotation made elsewhere within {@link #RECHECK_MILLIS}, or at once when it
 * meets a ciphertext under a key it does not know yet.
 */
@Component
class Keyring {

    static final long RECHECK_MILLIS = 30_000;
    private static final Logger log = LoggerFactory.getLogger(Keyring.class);

    enum Purpose {
        AEAD("aead", PredefinedAeadParameters.AES256_GCM),
        STREAMING("streaming", PredefinedStreamingAeadParameters.AES256_GCM_HKDF_4KB);

        final String code;
        final Parameters parameters;

        Purpose(String code, Parameters parameters) {
            this.code = code;
            this.parameters = parameters;
        }
    }

    /** A data key as listed by {@code tocsin keys list}: no key material. */
    record DataKey(int id, String purpose, boolean primary, String masterKeyId, OffsetDateTime createdAt) {
    }

    private record Row(int id, String purpose, byte[] wrapped, String masterKeyId, boolean primary) {
    }

    private record Loaded(long generation, long checkedAt, Aead aead, StreamingAead streaming,
                          KeysetHandle aeadKeys, KeysetHandle streamingKeys) {
    }

    private final JdbcClient db;
    private final MasterKeySource master;
    private final TransactionTemplate transaction;
    private volatile Loaded loaded;

    Keyring(JdbcClient db, MasterKeySource master, PlatformTransactionManager transactions) {
        this.db = db;
        this.master = master;
        this.transaction = new TransactionTemplate(transactions);
        Crypto.register();
    }

    Aead aead() {
        return current().aead();
    }

    StreamingAead streaming() {
        return current().streaming();
    }

    /** Reloads now: for a ciphertext under a key another instance has just made. */
    synchronized void reload() {
        loaded = load();
    }

    /** Whether a value key with this id is in the keyring as loaded. */
    boolean holdsAeadKey(int id) {
        KeysetHandle keys = current().aeadKeys();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.getAt(i).getId() == id) {
                return true;
            }
        }
        return false;
    }

    int primaryId(Purpose purpose) {
        return (purpose == Purpose.AEAD ? current().aeadKeys() : current().streamingKeys()).getPrimary().getId();
    }

    List<DataKey> list() {
        return db.sql("select id, purpose, is_primary as \"primary\", master_key_id, created_at from data_key order by created_at, id")
                .query(DataKey.class).list();
    }

    /** Makes a new primary data key of each purpose; old keys stay to read what they sealed. Returns the new ids. */
    List<Integer> rotate() {
        List<Integer> ids = transaction.execute(status -> {
            lock();
            List<Integer> made = new ArrayList<>();
            for (Purpose purpose : Purpose.values()) {
                made.add(addPrimary(purpose, master.key()));
            }
            bump();
            return made;
        });
        reload();
        return ids;
    }

    /**
     * Re-wraps every data key under {@code newKey}, in one transaction. The caller stores the new
     * master key (file, passphrase salt) so that it is never lost while the database uses it.
     */
    int rewrap(MasterKey newKey, Runnable inSameTransaction) {
        MasterKey oldKey = master.key();
        Integer count = transaction.execute(status -> {
            lock();
            List<Row> rows = rows();
            for (Row row : rows) {
                if (!row.masterKeyId().equals(oldKey.id())) {
                    throw new IllegalStateException("data key " + row.id() + " is wrapped by master key "
                            + row.masterKeyId() + ", not by the current " + oldKey.id() + "; nothing was changed");
                }
                KeysetHandle keys = unwrap(row, oldKey);
                db.sql("update data_key set wrapped = ?, master_key_id = ? where id = ?")
                        .params(wrap(keys, row.id(), row.purpose(), newKey), newKey.id(), row.id()).update();
            }
            inSameTransaction.run();
            bump();
            return rows.size();
        });
        return count == null ? 0 : count;
    }

    private Loaded current() {
        Loaded now = loaded;
        if (now == null || System.currentTimeMillis() - now.checkedAt() > RECHECK_MILLIS) {
            synchronized (this) {
                now = loaded;
                if (now == null) {
                    loaded = now = load();
                } else if (System.currentTimeMillis() - now.checkedAt() > RECHECK_MILLIS) {
                    loaded = now = generation() == now.generation() ? touched(now) : load();
                }
            }
        }
        return now;
    }

    private Loaded load() {
        MasterKey key = master.key();
        long generation = generation();
        List<Row> rows = rows();
        for (Purpose purpose : Purpose.values()) {
            if (rows.stream().noneMatch(r -> r.primary() && r.purpose().equals(purpose.code))) {
                ensureKeys(key);
                return load();
            }
        }
        List<Row> ours = rows.stream().filter(r -> r.masterKeyId().equals(key.id())).toList();
        if (ours.isEmpty()) {
            Loaded previous = loaded;
            if (previous != null) {
                // Re-wrapped under a new master key by another process: what we hold still works until restart.
                log.warn("The data keys are now wrapped by another master key; restart with the new master key");
                return touched(previous);
            }
            throw new IllegalStateException("Wrong master key: the data keys were wrapped by master key "
                    + rows.getFirst().masterKeyId() + ", but " + master.origin() + " gives " + key.id());
        }
        try {
            KeysetHandle aeadKeys = combine(ours, Purpose.AEAD, key);
            KeysetHandle streamingKeys = combine(ours, Purpose.STREAMING, key);
            return new Loaded(generation, System.currentTimeMillis(),
                    aeadKeys.getPrimitive(RegistryConfiguration.get(), Aead.class),
                    streamingKeys.getPrimitive(RegistryConfiguration.get(), StreamingAead.class),
                    aeadKeys, streamingKeys);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use the data keys", e);
        }
    }

    private KeysetHandle combine(List<Row> rows, Purpose purpose, MasterKey key) throws GeneralSecurityException {
        KeysetHandle.Builder builder = KeysetHandle.newBuilder();
        Row newest = null;
        for (Row row : rows) {
            if (row.purpose().equals(purpose.code)) {
                KeysetHandle.Entry entry = unwrap(row, key).getPrimary();
                KeysetHandle.Builder.Entry added = KeysetHandle.importKey(entry.getKey()).withFixedId(entry.getId());
                if (row.primary()) {
                    added.makePrimary();
                }
                builder.addEntry(added);
                newest = row;
            }
        }
        if (newest == null) {
            throw new IllegalStateException("no " + purpose.code + " data key wrapped by master key " + key.id());
        }
        boolean hasPrimary = false;
        for (int i = 0; i < builder.size(); i++) {
            hasPrimary |= builder.getAt(i).isPrimary();
        }
        if (!hasPrimary) {
            // The primary is wrapped by a master key we lack (a re-wrap is under way): seal with our newest.
            builder.getAt(builder.size() - 1).makePrimary();
        }
        return builder.build();
    }

    private void ensureKeys(MasterKey key) {
        transaction.executeWithoutResult(status -> {
            lock();
            boolean changed = false;
            for (Purpose purpose : Purpose.values()) {
                boolean present = db.sql("select exists (select 1 from data_key where purpose = ? and is_primary)")
                        .param(purpose.code).query(Boolean.class).single();
                if (!present) {
                    addPrimary(purpose, key);
                    changed = true;
                }
            }
            if (changed) {
                bump();
            }
        });
    }

    private int addPrimary(Purpose purpose, MasterKey key) {
        try {
            List<Integer> taken = db.sql("select id from data_key").query(Integer.class).list();
            KeysetHandle fresh;
            do {
                fresh = KeysetHandle.newBuilder()
                        .addEntry(KeysetHandle.generateEntryFromParameters(purpose.parameters).withRandomId().makePrimary())
                        .build();
            } while (taken.contains(fresh.getPrimary().getId()));
            int id = fresh.getPrimary().getId();
            db.sql("update data_key set is_primary = false where purpose = ? and is_primary").param(purpose.code).update();
            db.sql("insert into data_key (id, purpose, wrapped, master_key_id, is_primary) values (?, ?, ?, ?, true)")
                    .params(id, purpose.code, wrap(fresh, id, purpose.code, key), key.id()).update();
            log.info("New primary {} data key {}", purpose.code, id);
            return id;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a data key", e);
        }
    }

    static byte[] wrap(KeysetHandle keys, int id, String purpose, MasterKey key) {
        try {
            return TinkProtoKeysetFormat.serializeEncryptedKeyset(keys, key.aead(), associatedData(id, purpose));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap data key " + id, e);
        }
    }

    private static KeysetHandle unwrap(Row row, MasterKey key) {
        return unwrap(row.wrapped(), row.id(), row.purpose(), key);
    }

    static KeysetHandle unwrap(byte[] wrapped, int id, String purpose, MasterKey key) {
        try {
            return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, key.aead(), associatedData(id, purpose));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("data key " + id + " does not open with master key " + key.id()
                    + ": it was altered, or wrapped by another key", e);
        }
    }

    // Binds each wrapped key to its row: a wrapped key copied onto another row does not open.
    private static byte[] associatedData(int id, String purpose) {
        return ("tocsin.data-key:" + id + ":" + purpose).getBytes(StandardCharsets.UTF_8);
    }

    private List<Row> rows() {
        return db.sql("select id, purpose, wrapped, master_key_id, is_primary as \"primary\" from data_key order by created_at, id")
                .query(Row.class).list();
    }

    private long generation() {
        return db.sql("select generation from keyring where id = 1").query(Long.class).single();
    }

    private void bump() {
        db.sql("update keyring set generation = generation + 1 where id = 1").update();
    }

    // Serialises key changes between instances and command-line runs.
    private void lock() {
        db.sql("select pg_advisory_xact_lock(hashtext('tocsin.keyring'))").query().singleValue();
    }

    private static Loaded touched(Loaded loaded) {
        return new Loaded(loaded.generation(), System.currentTimeMillis(), loaded.aead(), loaded.streaming(),
                loaded.aeadKeys(), loaded.streamingKeys());
    }
}
