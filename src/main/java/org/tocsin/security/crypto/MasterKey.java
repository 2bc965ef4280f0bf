package org.tocsin.security.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that wraps the data keys: 32 raw bytes used as a one-key Tink AES-256-GCM keyset.
 * Its {@link #id()} (a keyed hash, not the key) tells which master key wrapped a data key.
 */
final class MasterKey {

    static final int LENGTH = 32;

    private final byte[] bytes;
    private final Aead aead;
    private final String id;

    MasterKey(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a master key has 32 bytes, this one " + bytes.length);
        }
        this.bytes = bytes.clone();
        this.aead = aead(this.bytes);
        this.id = fingerprint(this.bytes);
    }

    Aead aead() {
        return aead;
    }

    String id() {
        return id;
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** 16 hex digits of HMAC-SHA256 keyed by the key: names the key without revealing it. */
    static String fingerprint(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal("tocsin master key id".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Aead aead(byte[] key) {
        try {
            Crypto.register();
            AesGcmParameters parameters = AesGcmParameters.builder().setKeySizeBytes(LENGTH).setIvSizeBytes(12)
                    .setTagSizeBytes(16).setVariant(AesGcmParameters.Variant.NO_PREFIX).build();
            AesGcmKey aesKey = AesGcmKey.builder().setParameters(parameters)
                    .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get())).build();
            return KeysetHandle.newBuilder().addEntry(KeysetHandle.importKey(aesKey).withRandomId().makePrimary())
                    .build().getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use the master key", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
