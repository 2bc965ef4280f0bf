package org.tocsin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.tocsin.intake.UnreadableDocumentException;
import org.tocsin.intake.review.Imports;

/**
 * {@code tocsin import FILE...}: each document becomes an import (status new) in the service's
 * database, to review on its page. Files are read before the service starts, so a missing one
 * costs no start-up and creates nothing.
 */
final class ImportCommand {

    static final String HELP = """
              import FILE... store documents as imports to review (one line per file: its import and
                             review address; the existing import for a document imported before)""";

    private ImportCommand() {
    }

    static CommandLine.Outcome run(String[] args, PrintStream out, PrintStream err) {
        List<String> springArgs = new ArrayList<>();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                springArgs.add(args[i]);
                continue;
            }
            Path file = Path.of(args[i]);
            try {
                if (Files.isDirectory(file)) {
                    err.println("tocsin import: " + file + " is a directory, not a document");
                    return CommandLine.Outcome.USAGE_ERROR;
                }
                files.put(file, Files.readAllBytes(file));
            } catch (IOException e) {
                err.println("tocsin import: " + file + " cannot be read");
                return CommandLine.Outcome.USAGE_ERROR;
            }
        }
        if (files.isEmpty()) {
            err.println("Usage:\n" + HELP);
            return CommandLine.Outcome.USAGE_ERROR;
        }
        try (ConfigurableApplicationContext context = ServiceContext.start(springArgs.toArray(String[]::new))) {
            Imports imports = context.getBean(Imports.class);
            String base = address(context);
            CommandLine.Outcome outcome = CommandLine.Outcome.DONE;
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                try {
                    Imports.Stored stored = imports.upload(file.getKey().getFileName().toString(), file.getValue(), "command line");
                    long id = stored.documentImport().id();
                    out.println(file.getKey() + "\timport " + id + (stored.existing() ? " (imported before)" : "")
                            + "\t" + base + "/imports/" + id);
                } catch (UnreadableDocumentException e) {
                    err.println("tocsin import: " + e.getMessage());
                    outcome = CommandLine.Outcome.USAGE_ERROR;
                }
            }
            return outcome;
        } catch (RuntimeException e) {
            err.println("tocsin import: " + KeysCommand.rootMessage(e));
            return CommandLine.Outcome.FAILED;
        }
    }

    private static String address(ConfigurableApplicationContext context) {
        String base = context.getEnvironment().getProperty("tocsin.base-url", "");
        if (base.isBlank()) {
            base = "http://localhost:" + context.getEnvironment().getProperty("server.port", "8080");
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
