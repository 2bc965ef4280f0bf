package org.tocsin.security.crypto;

import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stretches a master passphrase into a master key with Argon2id. The salt and cost live in the
 * database (table master_key_kdf) so every instance derives the same key; the passphrase does not.
 */
final class Passphrases {

    /** Argon2id cost for new passphrases: 64 MiB, 3 passes, one lane (RFC 9106's second choice). */
    static final Cost DEFAULT_COST = new Cost(64 * 1024, 3, 1);

    record Cost(int memoryKib, int iterations, int parallelism) {
    }

    record Kdf(byte[] salt, Cost cost) {
    }

    private Passphrases() {
    }

    static byte[] derive(char[] passphrase, Kdf kdf) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(kdf.salt())
                .withMemoryAsKB(kdf.cost().memoryKib())
                .withIterations(kdf.cost().iterations())
                .withParallelism(kdf.cost().parallelism())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] key = new byte[MasterKey.LENGTH];
        generator.generateBytes(passphrase, key);
        return key;
    }

    static Kdf newKdf(Cost cost) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new Kdf(salt, cost);
    }

    /** The stored salt and cost, storing new ones first if there are none (several instances may race: one wins). */
    static Kdf stored(JdbcClient db) {
        Kdf fresh = newKdf(DEFAULT_COST);
        db.sql("""
                        insert into master_key_kdf (id, algorithm, salt, memory_kib, iterations, parallelism)
                        values (1, 'argon2id', ?, ?, ?, ?) on conflict (id) do nothing""")
                .params(fresh.salt(), fresh.cost().memoryKib(), fresh.cost().iterations(), fresh.cost().parallelism())
                .update();
        return db.sql("select salt, memory_kib, iterations, parallelism from master_key_kdf where id = 1")
                .query((rs, n) -> new Kdf(rs.getBytes("salt"),
                        new Cost(rs.getInt("memory_kib"), rs.getInt("iterations"), rs.getInt("parallelism"))))
                .single();
    }

    static void replace(JdbcClient db, Kdf kdf) {
        db.sql("""
                        insert into master_key_kdf (id, algorithm, salt, memory_kib, iterations, parallelism)
                        values (1, 'argon2id', ?, ?, ?, ?)
                        on conflict (id) do update set salt = excluded.salt, memory_kib = excluded.memory_kib,
                            iterations = excluded.iterations, parallelism = excluded.parallelism, created_at = now()""")
                .params(kdf.salt(), kdf.cost().memoryKib(), kdf.cost().iterations(), kdf.cost().parallelism())
                .update();
    }
}
