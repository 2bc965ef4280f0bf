package org.tocsin.cli;

import java.io.PrintStream;
import java.util.Arrays;
import org.springframework.context.ConfigurableApplicationContext;
import org.tocsin.security.audit.AuditLog;

/** {@code tocsin audit verify}: walks the hash chain; exit status 1 at the first wrong entry. */
final class AuditCommand {

    static final String HELP = """
              audit verify   check the audit log's hash chain; names the first altered or missing entry""";

    private AuditCommand() {
    }

    static CommandLine.Outcome run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !args[1].equals("verify")) {
            err.println("Usage:\n" + HELP);
            return CommandLine.Outcome.USAGE_ERROR;
        }
        try (ConfigurableApplicationContext context = ServiceContext.start(Arrays.copyOfRange(args, 2, args.length),
                "tocsin.keyring.open-at-start=false")) {
            return report(context.getBean(AuditLog.class).verify(), out, err);
        } catch (RuntimeException e) {
            err.println("tocsin audit verify: " + KeysCommand.rootMessage(e));
            return CommandLine.Outcome.FAILED;
        }
    }

    static CommandLine.Outcome report(AuditLog.Verification verification, PrintStream out, PrintStream err) {
        if (verification.ok()) {
            out.println("OK: " + verification.checked() + " entries, chain head " + verification.headHash());
            return CommandLine.Outcome.DONE;
        }
        err.println("TAMPERED at entry " + verification.brokenAt() + ": " + verification.problem()
                + " (entries 1.." + verification.checked() + " are intact)");
        return CommandLine.Outcome.FAILED;
    }
}
