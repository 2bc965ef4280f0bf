package org.tocsin.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocsin.cli.CommandLine;

class ShamirTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void fieldArithmeticInvertsMultiplication() {
        for (int a = 1; a < 256; a++) {
            for (int b = 1; b < 256; b++) {
                assertThat(Shamir.divide(Shamir.multiply(a, b), b)).isEqualTo(a);
            }
        }
        assertThat(Shamir.multiply(0x57, 0x83)).isEqualTo(0xc1); // FIPS-197's worked example
    }

    @Test
    void everyChoiceOfThresholdSharesGivesTheSecretBack() {
        byte[] secret = MasterKeyFile.generate();
        int count = 5;
        int threshold = 3;
        byte[][] shares = Shamir.split(secret, count, threshold, random);
        for (List<Integer> choice : choices(count, threshold)) {
            int[] xs = choice.stream().mapToInt(i -> i + 1).toArray();
            byte[][] ys = choice.stream().map(i -> shares[i]).toArray(byte[][]::new);
            assertThat(Shamir.combine(xs, ys)).as("shares %s", choice).isEqualTo(secret);
        }
    }

    @Test
    void fewerThanThresholdSharesGiveAWrongKey() {
        byte[] secret = MasterKeyFile.generate();
        byte[][] shares = Shamir.split(secret, 5, 3, random);
        for (List<Integer> choice : choices(5, 2)) {
            int[] xs = choice.stream().mapToInt(i -> i + 1).toArray();
            byte[][] ys = choice.stream().map(i -> shares[i]).toArray(byte[][]::new);
            assertThat(Shamir.combine(xs, ys)).as("shares %s", choice).isNotEqualTo(secret);
        }
        // No single share carries the secret either.
        for (byte[] share : shares) {
            assertThat(share).isNotEqualTo(secret);
        }
    }

    @Test
    void textSharesJoinFromAnyThresholdAndRefuseTooFewOrMixed() {
        byte[] key = MasterKeyFile.generate();
        List<String> shares = KeyShares.split(key, 4, 2);
        assertThat(shares).hasSize(4).allMatch(s -> s.startsWith("tocsin-share.2."));
        assertThat(KeyShares.join(List.of(shares.get(3), shares.get(1)))).isEqualTo(key);
        assertThat(KeyShares.join(List.of(shares.get(0), shares.get(2), shares.get(3)))).isEqualTo(key);

        assertThatThrownBy(() -> KeyShares.join(List.of(shares.get(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need 2");
        assertThatThrownBy(() -> KeyShares.join(List.of(shares.get(0), shares.get(0))))
                .hasMessageContaining("twice");
        List<String> other = KeyShares.split(MasterKeyFile.generate(), 4, 2);
        assertThatThrownBy(() -> KeyShares.join(List.of(shares.get(0), other.get(1))))
                .hasMessageContaining("different keys");
        String damaged = shares.get(1).substring(0, shares.get(1).length() - 3)
                + (shares.get(1).endsWith("AAA") ? "BBB" : "AAA");
        assertThatThrownBy(() -> KeyShares.join(List.of(shares.get(0), damaged)))
                .hasMessageContaining("damaged");
        assertThatThrownBy(() -> KeyShares.join(List.of("hello", "world"))).hasMessageContaining("not a Tocsin key share");
    }

    @Test
    void theJoinCommandWritesAnOwnerOnlyKeyFile(@TempDir Path dir) throws Exception {
        byte[] key = MasterKeyFile.generate();
        List<String> shares = KeyShares.split(key, 5, 3);
        Path out = dir.resolve("joined.key");
        assertThat(CommandLine.run(new String[] {"keys", "join", "--out", out.toString(), shares.get(4), shares.get(0),
                shares.get(2)})).isEqualTo(CommandLine.Outcome.DONE);
        assertThat(MasterKeyFile.read(out)).isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(CommandLine.run(new String[] {"keys", "join", "--out", dir.resolve("two.key").toString(),
                shares.get(1), shares.get(3)})).isEqualTo(CommandLine.Outcome.USAGE_ERROR);
        assertThat(dir.resolve("two.key")).doesNotExist();
    }

    @Test
    void refusesImpossibleSplits() {
        byte[] key = MasterKeyFile.generate();
        assertThatThrownBy(() -> Shamir.split(key, 3, 4, random)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Shamir.split(key, 3, 1, random)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Shamir.split(key, 256, 2, random)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<List<Integer>> choices(int n, int k) {
        List<List<Integer>> all = new ArrayList<>();
        choose(n, k, 0, new ArrayList<>(), all);
        return all;
    }

    private static void choose(int n, int k, int from, List<Integer> current, List<List<Integer>> all) {
        if (current.size() == k) {
            all.add(List.copyOf(current));
            return;
        }
        for (int i = from; i < n; i++) {
            current.add(i);
            choose(n, k, i + 1, current, all);
            current.removeLast();
        }
    }
}
