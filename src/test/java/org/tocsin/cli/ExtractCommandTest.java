package org.tocsin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CommandLine.Outcome run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsOneJsonObjectAndNothingElse() throws Exception {
        Path file = Files.writeString(dir.resolve("ua.txt"), "URGENT ACTION\nACTIVIST DETAINED\nPLEASE SEND APPEALS BEFORE 12 MAY 2016 TO:\n");
        assertThat(run("extract", file.toString())).isEqualTo(CommandLine.Outcome.DONE);
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("deadline").asString()).isEqualTo("2016-05-12");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void unreadableFilesGiveOneLineOnStandardErrorAndStatusTwo() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        CommandLine.Outcome outcome = run("extract", empty.toString());
        assertThat(outcome.exitStatus()).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("tocsin extract: ").containsOnlyOnce("\n").contains("empty");
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        assertThat(run("extract").exitStatus()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: tocsin extract FILE");
    }
}
