package org.tocsin.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import org.tocsin.intake.ExtractionJson;
import org.tocsin.intake.UnreadableDocumentException;
import org.tocsin.intake.UrgentActionExtractor;

/**
 * {@code tocsin extract FILE}: prints the extracted urgent action as one JSON object and
 * nothing else on standard output, without starting Spring or a database.
 */
final class ExtractCommand {

    private ExtractCommand() {
    }

    static CommandLine.Outcome run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("tocsin extract: give exactly one file (usage: tocsin extract FILE)");
            return CommandLine.Outcome.USAGE_ERROR;
        }
        PrintStream originalOut = System.out;
        // a library that prints instead of logging must not corrupt the JSON on standard output
        System.setOut(err);
        try {
            String json = ExtractionJson.write(new UrgentActionExtractor().extract(Path.of(args[1])));
            out.print(json);
            out.flush();
            return CommandLine.Outcome.DONE;
        } catch (UnreadableDocumentException e) {
            err.println("tocsin extract: " + e.getMessage());
            return CommandLine.Outcome.USAGE_ERROR;
        } catch (RuntimeException | StackOverflowError e) {
            err.println("tocsin extract: " + args[1] + " could not be processed (" + e.getClass().getSimpleName() + ")");
            return CommandLine.Outcome.USAGE_ERROR;
        } finally {
            System.setOut(originalOut);
        }
    }

    /**
     * Tika, PDFBox and POI log through SLF4J, commons-logging, log4j-api and JUL. Without
     * Spring's logging set-up Logback would print DEBUG lines to standard output, so SLF4J is
     * pointed at its no-operation provider (the others route into SLF4J) and JUL is closed.
     */
    static void silenceLibraryLogging() {
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
        System.setProperty("log4j2.level", "OFF");
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
    }
}
