package org.tocsin.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The commands of {@code bin/tocsin}. Commands that need no database run here, before
 * Spring starts, so that they answer at once.
 */
public final class CommandLine {

    public enum Outcome {
        SERVE(0), DONE(0), FAILED(1), USAGE_ERROR(2);

        private final int exitStatus;

        Outcome(int exitStatus) {
            this.exitStatus = exitStatus;
        }

        public int exitStatus() {
            return exitStatus;
        }
    }

    private CommandLine() {
    }

    public static Outcome run(String[] args) {
        if (args.length > 0 && args[0].equals("extract")) {
            // only in a real command-line run: in a test JVM, Spring still needs Logback and JUL
            ExtractCommand.silenceLibraryLogging();
        }
        return run(args, System.out, System.err);
    }

    static Outcome run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 || args[0].startsWith("-") ? "serve" : args[0];
        return switch (command) {
            case "serve" -> Outcome.SERVE;
            case "extract" -> ExtractCommand.run(args, out, err);
            case "keys" -> KeysCommand.run(args, out, err);
            case "audit" -> AuditCommand.run(args, out, err);
            case "import" -> ImportCommand.run(args, out, err);
            case "backup" -> BackupCommand.run(args, out, err);
            case "restore" -> RestoreCommand.run(args, out, err);
            case "help", "--help", "-h" -> {
                printHelp(out);
                yield Outcome.DONE;
            }
            default -> {
                err.println("tocsin: unknown command '" + command + "' (try: tocsin help)");
                yield Outcome.USAGE_ERROR;
            }
        };
    }

    /** The arguments Spring sees: everything after the {@code serve} word. */
    public static String[] serviceArguments(String[] args) {
        return args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
    }

    private static void printHelp(PrintStream out) {
        String more = Stream.of(KeysCommand.HELP, AuditCommand.HELP, ImportCommand.HELP, BackupCommand.HELP, RestoreCommand.HELP)
                .map(help -> help.indent(2).stripTrailing())
                .collect(Collectors.joining("\n"));
        out.println("""
                Usage: tocsin [COMMAND] [ARGS]

                Commands:
                  serve          run the service (the default); Spring options such as --server.port=8081 may follow
                  extract FILE   print the urgent action in FILE (PDF, DOCX, HTML or text) as JSON; no service needed
                  help           show this list
                %s

                Settings come from environment variables; see README.md.""".formatted(more));
    }
}
