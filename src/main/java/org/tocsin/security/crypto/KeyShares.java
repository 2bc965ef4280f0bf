package org.tocsin.security.crypto;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Master key shares as text: {@code tocsin-share.K.X.FINGERPRINT.BASE64URL}, with K the
 * threshold, X the share number, and the fingerprint of the whole key so that a join can
 * tell shares of different keys apart and confirm the result.
 */
public final class KeyShares {

    private static final String PREFIX = "tocsin-share";

    private KeyShares() {
    }

    public static List<String> split(byte[] key, int count, int threshold) {
        byte[][] shares = Shamir.split(key, count, threshold, new SecureRandom());
        String fingerprint = MasterKey.fingerprint(key);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(String.join(".", PREFIX, Integer.toString(threshold), Integer.toString(i + 1), fingerprint,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(shares[i])));
        }
        return texts;
    }

    /** The master key from at least K distinct shares of one key; refuses fewer or mixed shares. */
    public static byte[] join(List<String> texts) {
        List<Share> shares = texts.stream().map(KeyShares::parse).toList();
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("no shares given");
        }
        Share first = shares.getFirst();
        Set<Integer> numbers = new HashSet<>();
        for (Share share : shares) {
            if (!share.fingerprint().equals(first.fingerprint()) || share.threshold() != first.threshold()) {
                throw new IllegalArgumentException("these shares belong to different keys");
            }
            if (!numbers.add(share.x())) {
                throw new IllegalArgumentException("share " + share.x() + " is given twice");
            }
        }
        if (shares.size() < first.threshold()) {
            throw new IllegalArgumentException("these shares need " + first.threshold() + " of them; "
                    + shares.size() + " given");
        }
        List<Share> used = shares.subList(0, first.threshold());
        byte[] key = Shamir.combine(used.stream().mapToInt(Share::x).toArray(),
                used.stream().map(Share::y).toArray(byte[][]::new));
        if (!MasterKey.fingerprint(key).equals(first.fingerprint())) {
            throw new IllegalArgumentException("the shares do not give the key they were made from (a share is damaged)");
        }
        return key;
    }

    record Share(int threshold, int x, String fingerprint, byte[] y) {
    }

    static Share parse(String text) {
        String[] parts = text.strip().split("\\.");
        if (parts.length != 5 || !parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException("not a Tocsin key share: it should look like tocsin-share.K.X.ID.DATA");
        }
        try {
            int threshold = Integer.parseInt(parts[1]);
            int x = Integer.parseInt(parts[2]);
            if (x < 1 || x > 255 || threshold < 2) {
                throw new IllegalArgumentException("not a Tocsin key share: bad numbers");
            }
            return new Share(threshold, x, parts[3], Base64.getUrlDecoder().decode(parts[4]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a Tocsin key share: bad numbers");
        }
    }
}
