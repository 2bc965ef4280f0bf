package org.tocsin.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.tocsin.security.backup.ArchiveException;
import org.tocsin.security.backup.Backups;

/** {@code tocsin backup [--to DIR|sftp://user@host:port/path] [--keep N]}: one encrypted archive of everything. */
final class BackupCommand {

    static final String HELP = """
              backup [--to DIR | --to sftp://user@host:port/path] [--keep N]
                             write one encrypted archive of the database and the data files (default
                             target: TOCSIN_BACKUP_TARGET); with --keep, remove all but the newest N there""";

    private BackupCommand() {
    }

    static CommandLine.Outcome run(String[] args, PrintStream out, PrintStream err) {
        String target = System.getenv("TOCSIN_BACKUP_TARGET");
        int keep = 0;
        List<String> spring = new ArrayList<>();
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--to" -> target = value(args, ++i);
                    case "--keep" -> keep = Integer.parseInt(value(args, ++i));
                    default -> spring.add(args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("tocsin backup: " + (e instanceof NumberFormatException ? "--keep needs a number" : e.getMessage()));
            return CommandLine.Outcome.USAGE_ERROR;
        }
        if (target == null || target.isBlank()) {
            err.println("tocsin backup: give --to DIR or --to sftp://user@host:port/path (or set TOCSIN_BACKUP_TARGET)");
            return CommandLine.Outcome.USAGE_ERROR;
        }
        try (ConfigurableApplicationContext context = ServiceContext.start(spring.toArray(String[]::new))) {
            Backups.Made made = context.getBean(Backups.class).backup(target, keep, Backups.Trigger.COMMAND);
            out.println("Wrote " + made.archive() + " to " + made.target() + ": " + made.sizeBytes() + " bytes, "
                    + made.tables() + " tables (" + made.rows() + " rows), " + made.files() + " files, schema version "
                    + made.schemaVersion() + ".");
            if (!made.removed().isEmpty()) {
                out.println("Removed " + made.removed().size() + " older archives: " + String.join(", ", made.removed()));
            }
            out.println("It opens only with the master key: keep that apart from the archive.");
            return CommandLine.Outcome.DONE;
        } catch (ArchiveException e) {
            err.println("tocsin backup: " + e.getMessage());
            return CommandLine.Outcome.FAILED;
        } catch (RuntimeException e) {
            err.println("tocsin backup: " + KeysCommand.rootMessage(e));
            return CommandLine.Outcome.FAILED;
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
