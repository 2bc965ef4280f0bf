package org.tocsin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.tocsin.cli.CommandLine;

/** Starts the service, or runs one of the commands that need no service (see {@link CommandLine}). */
@SpringBootApplication
public class TocsinApplication {

    public static void main(String[] args) {
        CommandLine.Outcome outcome = CommandLine.run(args);
        if (outcome == CommandLine.Outcome.SERVE) {
            SpringApplication.run(TocsinApplication.class, CommandLine.serviceArguments(args));
        } else {
            System.exit(outcome.exitStatus());
        }
    }
}
