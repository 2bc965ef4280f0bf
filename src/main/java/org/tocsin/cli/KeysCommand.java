package org.tocsin.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.tocsin.security.crypto.KeyManagement;
import org.tocsin.security.crypto.KeyShares;
import org.tocsin.security.crypto.MasterKeyFile;

/**
 * {@code tocsin keys rotate|split|join|list}. See docs/threat-model.md for what each does.
 * {@code join} needs no database; the others start the service without its web server.
 */
final class KeysCommand {

    static final String HELP = """
              keys list      list the data keys (ids, purpose, primary, which master key wraps them)
              keys rotate [--new-key-file FILE | --new-passphrase]
                             make new primary data keys; with an option, also re-wrap every data key
                             under a new master key (a new FILE is generated; the passphrase is read
                             from TOCSIN_NEW_MASTER_PASSPHRASE or the terminal)
              keys split --shares N --threshold K
                             print N shares of the master key; any K of them rebuild it
              keys join [--out FILE] SHARE...
                             rebuild the master key from K shares into a key file (default ./master.key)""";

    private KeysCommand() {
    }

    static CommandLine.Outcome run(String[] args, PrintStream out, PrintStream err) {
        String sub = args.length > 1 ? args[1] : "";
        String[] rest = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : new String[0];
        try {
            return switch (sub) {
                case "join" -> join(rest, out);
                case "list", "rotate", "split" -> withService(sub, rest, out, err);
                default -> usage(err);
            };
        } catch (IllegalArgumentException e) {
            err.println("tocsin keys: " + e.getMessage());
            return CommandLine.Outcome.USAGE_ERROR;
        } catch (IOException | RuntimeException e) {
            err.println("tocsin keys " + sub + ": " + rootMessage(e));
            return CommandLine.Outcome.FAILED;
        }
    }

    private static CommandLine.Outcome withService(String sub, String[] rest, PrintStream out, PrintStream err) {
        Options options = Options.parse(rest);
        if (sub.equals("split") && (options.shares == null || options.threshold == null)) {
            throw new IllegalArgumentException("split needs --shares N --threshold K");
        }
        char[] newPassphrase = options.newPassphrase ? readNewPassphrase() : null;
        try (ConfigurableApplicationContext context = ServiceContext.start(options.springArgs)) {
            KeyManagement keys = context.getBean(KeyManagement.class);
            switch (sub) {
                case "list" -> list(keys, out);
                case "rotate" -> rotate(keys, options, newPassphrase, out);
                default -> split(keys, options, out);
            }
        }
        return CommandLine.Outcome.DONE;
    }

    private static void list(KeyManagement keys, PrintStream out) {
        out.println("master key " + keys.masterKeyId() + " from " + keys.masterKeyOrigin());
        for (KeyManagement.DataKeyInfo key : keys.dataKeys()) {
            out.printf("%-11d %-9s %-7s wrapped by %s  created %s%n", Integer.toUnsignedLong(key.id()), key.purpose(),
                    key.primary() ? "primary" : "", key.masterKeyId(), key.createdAt());
        }
    }

    private static void rotate(KeyManagement keys, Options options, char[] newPassphrase, PrintStream out) {
        KeyManagement.Rotation rotation;
        if (options.newKeyFile != null) {
            rotation = keys.rotateToKeyFile(options.newKeyFile);
        } else if (newPassphrase != null) {
            rotation = keys.rotateToPassphrase(newPassphrase);
            Arrays.fill(newPassphrase, '\0');
        } else {
            rotation = keys.rotate();
        }
        out.println("New primary data keys: " + Integer.toUnsignedLong(rotation.newAeadKeyId()) + " (values), "
                + Integer.toUnsignedLong(rotation.newStreamingKeyId()) + " (files). Nothing was re-encrypted: "
                + "older values stay readable under their own keys.");
        if (rotation.newMasterKeyId() != null) {
            out.println("Re-wrapped " + rotation.rewrapped() + " data keys: master key " + rotation.masterKeyId()
                    + " -> " + rotation.newMasterKeyId() + ".");
            out.println("Restart every instance with the new master key"
                    + (options.newKeyFile != null ? " (TOCSIN_MASTER_KEY_FILE=" + options.newKeyFile + ")" : "")
                    + ". Running instances keep working with the keys they hold until then.");
        }
    }

    private static void split(KeyManagement keys, Options options, PrintStream out) {
        List<String> shares = keys.split(options.shares, options.threshold);
        out.println("Master key " + keys.masterKeyId() + " in " + options.shares + " shares; any "
                + options.threshold + " rebuild it (tocsin keys join). Give each keeper one share:");
        shares.forEach(out::println);
    }

    private static CommandLine.Outcome join(String[] rest, PrintStream out) throws IOException {
        Path file = Path.of("master.key");
        List<String> shares = new java.util.ArrayList<>();
        for (int i = 0; i < rest.length; i++) {
            if (rest[i].equals("--out") && i + 1 < rest.length) {
                file = Path.of(rest[++i]);
            } else {
                shares.add(rest[i]);
            }
        }
        byte[] key = KeyShares.join(shares);
        MasterKeyFile.write(file, key);
        Arrays.fill(key, (byte) 0);
        out.println("Wrote the master key " + MasterKeyFile.fingerprint(MasterKeyFile.read(file)) + " to " + file
                + " (mode 600). Start with TOCSIN_MASTER_KEY_FILE=" + file.toAbsolutePath());
        return CommandLine.Outcome.DONE;
    }

    private static char[] readNewPassphrase() {
        String fromEnvironment = System.getenv("TOCSIN_NEW_MASTER_PASSPHRASE");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no terminal: set TOCSIN_NEW_MASTER_PASSPHRASE");
        }
        char[] first = console.readPassword("New master passphrase: ");
        char[] second = console.readPassword("Again: ");
        if (first == null || !Arrays.equals(first, second) || first.length < 12) {
            throw new IllegalArgumentException("the passphrases differ or are shorter than 12 characters");
        }
        return first;
    }

    private static CommandLine.Outcome usage(PrintStream err) {
        err.println("Usage:\n" + HELP);
        return CommandLine.Outcome.USAGE_ERROR;
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    /** Options of rotate and split; anything starting with -- that we do not know goes to Spring. */
    private static final class Options {
        Integer shares;
        Integer threshold;
        Path newKeyFile;
        boolean newPassphrase;
        String[] springArgs = new String[0];

        static Options parse(String[] args) {
            Options options = new Options();
            List<String> spring = new java.util.ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--shares" -> options.shares = number(args, ++i);
                    case "--threshold" -> options.threshold = number(args, ++i);
                    case "--new-key-file" -> options.newKeyFile = Path.of(value(args, ++i));
                    case "--new-passphrase" -> options.newPassphrase = true;
                    default -> spring.add(args[i]);
                }
            }
            options.springArgs = spring.toArray(String[]::new);
            return options;
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }

        private static int number(String[] args, int i) {
            try {
                return Integer.parseInt(value(args, i));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(args[i - 1] + " needs a number");
            }
        }
    }
}
