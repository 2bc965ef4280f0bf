package org.tocsin.security.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The master key as text: the base64 of its 32 raw bytes, the same in {@code TOCSIN_MASTER_KEY}
 * and in a key file (where lines starting with {@code #} are comments).
 */
public final class MasterKeyFile {

    private MasterKeyFile() {
    }

    /** A new random master key. */
    public static byte[] generate() {
        byte[] key = new byte[MasterKey.LENGTH];
        new SecureRandom().nextBytes(key);
        return key;
    }

    public static byte[] decode(String text) {
        StringBuilder base64 = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!line.strip().startsWith("#")) {
                base64.append(line.strip());
            }
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a master key is the base64 of 32 bytes; this is not base64");
        }
        if (key.length != MasterKey.LENGTH) {
            throw new IllegalArgumentException("a master key is the base64 of 32 bytes; this has " + key.length);
        }
        return key;
    }

    public static String encode(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }

    public static byte[] read(Path file) throws IOException {
        return decode(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Writes a new key file readable by its owner only; refuses to overwrite one. */
    public static void write(Path file, byte[] key) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String text = "# Tocsin master key " + MasterKey.fingerprint(key) + ". Keep a copy apart from the database.\n"
                + encode(key) + "\n";
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(file + " exists; Tocsin does not overwrite a key file");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** The id Tocsin shows for a key (a keyed hash, not the key). */
    public static String fingerprint(byte[] key) {
        return MasterKey.fingerprint(key);
    }
}
