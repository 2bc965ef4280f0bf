package org.tocsin.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.tocsin.database.DatabaseConfiguration;
import org.tocsin.security.backup.ArchiveException;
import org.tocsin.security.backup.ArchiveRestore;
import org.tocsin.security.crypto.KeyShares;
import org.tocsin.security.crypto.MasterKeyFile;

/**
 * {@code tocsin restore ARCHIVE}: rebuilds an empty database from an archive. Starts only the
 * database, not the service: the service would migrate the schema to the newest version and
 * write its first rows, while a restore migrates only to the archive's version and needs the
 * database empty.
 */
final class RestoreCommand {

    static final String HELP = """
              restore ARCHIVE [--key-file FILE | --share SHARE...]
                             rebuild an EMPTY database (and the data files) from an archive; the master
                             key comes from the usual settings, a key file, or K shares""";

    private RestoreCommand() {
    }

    static CommandLine.Outcome run(String[] args, PrintStream out, PrintStream err) {
        Path archive = null;
        String keyFile = null;
        List<String> shares = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--key-file" -> keyFile = i + 1 < args.length ? args[++i] : null;
                case "--share" -> {
                    if (i + 1 < args.length) {
                        shares.add(args[++i]);
                    }
                }
                default -> {
                    if (args[i].startsWith("--") || archive != null) {
                        spring.add(args[i]);
                    } else {
                        archive = Path.of(args[i]);
                    }
                }
            }
        }
        if (archive == null) {
            err.println("Usage:\n" + HELP);
            return CommandLine.Outcome.USAGE_ERROR;
        }
        String masterKey;
        try {
            masterKey = shares.isEmpty() ? null : MasterKeyFile.encode(KeyShares.join(shares));
        } catch (IllegalArgumentException e) {
            err.println("tocsin restore: " + e.getMessage());
            return CommandLine.Outcome.USAGE_ERROR;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DatabaseConfiguration.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=warn", "logging.level.org.tocsin=warn")
                .run(spring.toArray(String[]::new))) {
            Environment environment = context.getEnvironment();
            String givenFile = keyFile;
            ArchiveRestore restore = new ArchiveRestore(context.getBean(DataSource.class),
                    Path.of(environment.getProperty("tocsin.data-dir", "./data")), name -> {
                        if (masterKey != null || givenFile != null) {
                            return name.equals("TOCSIN_MASTER_KEY") ? masterKey
                                    : name.equals("TOCSIN_MASTER_KEY_FILE") ? givenFile
                                    : name.startsWith("TOCSIN_MASTER_") ? null : environment.getProperty(name);
                        }
                        return environment.getProperty(name);
                    });
            out.println("Restoring " + archive + " (" + ArchiveRestore.describe(archive) + ")");
            ArchiveRestore.Restored restored = restore.restore(archive);
            out.println("Restored " + restored.tables() + " tables (" + restored.rows() + " rows), " + restored.sequences()
                    + " sequences and " + restored.files() + " files, schema version " + restored.schemaVersion()
                    + ", from the backup made " + restored.createdAt() + ".");
            out.println("Start the service as usual: it brings the schema up to date. Then run tocsin audit verify.");
            return CommandLine.Outcome.DONE;
        } catch (ArchiveException e) {
            err.println("tocsin restore: " + e.getMessage());
            return CommandLine.Outcome.FAILED;
        } catch (RuntimeException e) {
            err.println("tocsin restore: " + KeysCommand.rootMessage(e));
            return CommandLine.Outcome.FAILED;
        }
    }
}
