package org.tocsin.intake.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.tocsin.IntegrationTest;
import org.tocsin.cli.CommandLine;

/** {@code tocsin import} against this test's database, as against a running service's. */
class ImportCommandTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    Imports imports;

    @Value("${tocsin.data-dir}")
    Path dataDir;

    @TempDir
    Path dir;

    @Test
    void importsEachFileOnceAndRefusesAnUnreadableOne() throws Exception {
        Path file = dir.resolve("cli-ua.txt");
        Files.writeString(file, ReviewDocuments.urgentAction("UA 908/16", "Zinaida Klitova", UUID.randomUUID().toString()));
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        String[] service = {"--tocsin.database.url=" + url, "--tocsin.database.user=postgres",
                "--TOCSIN_MASTER_KEY_FILE=" + dataDir.resolve("master.key").toAbsolutePath()};
        String first = run(service, file.toString());
        assertThat(first).matches("(?s).*cli-ua.txt\\timport \\d+\\thttp://localhost:8080/imports/\\d+\\s*");
        long id = Long.parseLong(first.replaceAll("(?s).*import (\\d+).*", "$1"));
        assertThat(imports.get(id).status()).isEqualTo("new");
        assertThat(run(service, file.toString())).contains("import " + id + " (imported before)");

        PrintStream err = System.err;
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            CommandLine.Outcome outcome = CommandLine.run(new String[]{"import", dir.resolve("missing.pdf").toString()});
            assertThat(outcome.exitStatus()).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        assertThat(errors.toString(StandardCharsets.UTF_8).strip()).isEqualTo("tocsin import: " + dir.resolve("missing.pdf") + " cannot be read");
    }

    private static String run(String[] service, String file) {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            String[] args = new String[service.length + 2];
            args[0] = "import";
            args[1] = file;
            System.arraycopy(service, 0, args, 2, service.length);
            assertThat(CommandLine.run(args)).isEqualTo(CommandLine.Outcome.DONE);
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
