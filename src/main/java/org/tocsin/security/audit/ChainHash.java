package org.tocsin.security.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The hash of an entry: SHA-256 of the previous entry's hash and the entry's canonical content.
 * Each field is written with its length first, so that no two different entries share a content.
 */
final class ChainHash {

    static final byte[] GENESIS = new byte[32];
    private static final String VERSION = "tocsin-audit-1";

    private ChainHash() {
    }

    static byte[] of(byte[] previous, AuditEntry entry) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous);
            sha256.update(canonical(entry));
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] canonical(AuditEntry entry) {
        StringBuilder text = new StringBuilder();
        field(text, VERSION);
        field(text, Long.toString(entry.id()));
        field(text, Long.toString(micros(entry.at().toInstant())));
        field(text, entry.actor());
        field(text, entry.action());
        field(text, entry.recordKind());
        field(text, entry.recordId());
        List<String> fields = entry.fields();
        field(text, Integer.toString(fields.size()));
        fields.forEach(f -> field(text, f));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** PostgreSQL keeps microseconds: the hash covers exactly what the database stores. */
    static Instant toMicros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-1:");
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('\n');
    }
}
