package org.tocsin.security.backup;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tocsin.security.crypto.ArchiveKeys;

/**
 * The clear start of an archive: magic, format version, and a few {@code key=value} lines (when
 * it was made, the schema version, which master key and salt give its key). The whole of it is
 * the associated data of the encrypted rest, so a changed header is refused like changed data.
 */
record ArchiveHeader(Instant createdAt, String schemaVersion, ArchiveKeys.KeyReference key) {

    static final byte[] MAGIC = "TOCSIN-BACKUP\n".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT = 1;
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    /** The header as written: its bytes are the associated data. */
    byte[] encode() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("created-at", createdAt.toString());
        fields.put("schema-version", schemaVersion);
        fields.put("master-key-id", key.masterKeyId());
        fields.put("salt", b64(key.salt()));
        ArchiveKeys.PassphraseKdf kdf = key.passphrase();
        if (kdf != null) {
            fields.put("passphrase-kdf", "argon2id");
            fields.put("passphrase-salt", b64(kdf.salt()));
            fields.put("passphrase-memory-kib", Integer.toString(kdf.memoryKib()));
            fields.put("passphrase-iterations", Integer.toString(kdf.iterations()));
            fields.put("passphrase-parallelism", Integer.toString(kdf.parallelism()));
        }
        StringBuilder text = new StringBuilder();
        fields.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeShort(FORMAT);
            out.writeInt(body.length);
            out.write(body);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A header and its exact bytes, read from the start of an archive. */
    record Read(ArchiveHeader header, byte[] bytes) {
    }

    static Read read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        try {
            data.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new ArchiveException("this is not a Tocsin backup archive");
            }
            int format = data.readUnsignedShort();
            if (format != FORMAT) {
                throw new ArchiveException("this archive has format " + format + "; this Tocsin reads format " + FORMAT);
            }
            int length = data.readInt();
            if (length < 0 || length > MAX_HEADER_BYTES) {
                throw new ArchiveException("this archive was modified or damaged: its header cannot be read");
            }
            byte[] body = new byte[length];
            data.readFully(body);
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(all);
            out.write(MAGIC);
            out.writeShort(format);
            out.writeInt(length);
            out.write(body);
            return new Read(parse(new String(body, StandardCharsets.UTF_8)), all.toByteArray());
        } catch (EOFException e) {
            throw new ArchiveException("this archive is cut short or not a Tocsin backup archive");
        }
    }

    private static ArchiveHeader parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        try {
            ArchiveKeys.PassphraseKdf kdf = fields.containsKey("passphrase-salt")
                    ? new ArchiveKeys.PassphraseKdf(unb64(fields.get("passphrase-salt")),
                    Integer.parseInt(fields.get("passphrase-memory-kib")), Integer.parseInt(fields.get("passphrase-iterations")),
                    Integer.parseInt(fields.get("passphrase-parallelism")))
                    : null;
            return new ArchiveHeader(Instant.parse(required(fields, "created-at")), required(fields, "schema-version"),
                    new ArchiveKeys.KeyReference(required(fields, "master-key-id"), unb64(required(fields, "salt")), kdf));
        } catch (RuntimeException e) {
            throw new ArchiveException("this archive was modified or damaged: its header cannot be read");
        }
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new ArchiveException("this archive's header lacks " + name);
        }
        return value;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] unb64(String text) {
        return Base64.getDecoder().decode(text);
    }
}
