package org.tocsin.security.crypto;

import java.security.SecureRandom;

/**
 * Shamir's secret sharing over GF(256), byte by byte: any {@code threshold} shares give the
 * secret back, fewer give a value that is no better than random. Share x-coordinates are
 * 1..n; the secret is the polynomial's value at 0.
 */
public final class Shamir {

    private static final int[] EXP = new int[512];
    private static final int[] LOG = new int[256];

    static {
        // Powers of the generator 3 in GF(2^8) with the AES polynomial x^8 + x^4 + x^3 + x + 1.
        int value = 1;
        for (int i = 0; i < 255; i++) {
            EXP[i] = value;
            LOG[value] = i;
            value ^= (value << 1) ^ ((value & 0x80) != 0 ? 0x11b : 0);
            value &= 0xff;
        }
        for (int i = 255; i < 512; i++) {
            EXP[i] = EXP[i - 255];
        }
    }

    private Shamir() {
    }

    /** Shares 1..{@code count} of {@code secret}: {@code shares[i]} is the share at x = i + 1. */
    public static byte[][] split(byte[] secret, int count, int threshold, SecureRandom random) {
        if (threshold < 2 || threshold > count || count > 255) {
            throw new IllegalArgumentException("need 2 <= threshold <= shares <= 255");
        }
        byte[][] shares = new byte[count][secret.length];
        int[] coefficients = new int[threshold];
        for (int b = 0; b < secret.length; b++) {
            coefficients[0] = secret[b] & 0xff;
            for (int c = 1; c < threshold; c++) {
                coefficients[c] = random.nextInt(256);
            }
            for (int s = 0; s < count; s++) {
                shares[s][b] = (byte) evaluate(coefficients, s + 1);
            }
        }
        return shares;
    }

    /** The secret from shares at the given x-coordinates (distinct, 1..255), by Lagrange interpolation at 0. */
    public static byte[] combine(int[] xs, byte[][] shares) {
        if (xs.length != shares.length || xs.length == 0) {
            throw new IllegalArgumentException("one x-coordinate per share");
        }
        int length = shares[0].length;
        for (byte[] share : shares) {
            if (share.length != length) {
                throw new IllegalArgumentException("the shares differ in length: one of them is damaged");
            }
        }
        byte[] secret = new byte[length];
        for (int b = 0; b < length; b++) {
            int sum = 0;
            for (int i = 0; i < xs.length; i++) {
                int basis = 1;
                for (int j = 0; j < xs.length; j++) {
                    if (i != j) {
                        if (xs[i] == xs[j]) {
                            throw new IllegalArgumentException("the same share twice");
                        }
                        basis = multiply(basis, divide(xs[j], xs[i] ^ xs[j]));
                    }
                }
                sum ^= multiply(shares[i][b] & 0xff, basis);
            }
            secret[b] = (byte) sum;
        }
        return secret;
    }

    private static int evaluate(int[] coefficients, int x) {
        int result = 0;
        for (int c = coefficients.length - 1; c >= 0; c--) {
            result = multiply(result, x) ^ coefficients[c];
        }
        return result;
    }

    static int multiply(int a, int b) {
        return a == 0 || b == 0 ? 0 : EXP[LOG[a] + LOG[b]];
    }

    static int divide(int a, int b) {
        if (b == 0) {
            throw new ArithmeticException("division by zero in GF(256)");
        }
        return a == 0 ? 0 : EXP[LOG[a] + 255 - LOG[b]];
    }
}
