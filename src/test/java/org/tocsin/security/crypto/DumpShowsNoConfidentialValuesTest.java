package org.tocsin.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;
import org.tocsin.cases.people.PersonForm;
import org.tocsin.cases.people.Persons;

/**
 * The proof that encryption at rest works: confidential strings written through the service
 * appear nowhere in a dump of the database or in the files of its data directory, while a
 * non-confidential marker written beside them does (so the search itself is shown to work).
 * Neither does the master key, nor any of it in the console and log output.
 */
@ExtendWith(OutputCaptureExtension.class)
class DumpShowsNoConfidentialValuesTest extends IntegrationTest {

    @Autowired
    Persons persons;
    @Autowired
    JdbcClient db;
    @Autowired
    DataSource dataSource;
    @Autowired
    MockMvc mockMvc;
    @Autowired
    MasterKeySource masterKeySource;
    @Autowired
    KeyManagement keys;

    @Test
    void noConfidentialStringOrKeyInTheDumpTheDataFilesOrTheLog(CapturedOutput output) throws Exception {
        String run = UUID.randomUUID().toString().replace("-", "");
        String publicMarker = "Publicname" + run;
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String secret = "CONFIDENTIAL-" + run + "-" + i + " witness lives at 12 Rosa Luxemburg street, phone +7 928 000 00 " + i;
            secrets.add(secret);
            persons.create(form(publicMarker + " Number" + i, secret, null));
        }
        String viaApi = "CONFIDENTIAL-" + run + "-api свидетель живёт у рынка";
        secrets.add(viaApi);
        mockMvc.perform(post("/api/persons").with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"names\":[{\"name\":\"" + publicMarker + " Api\"}],\"description\":\"" + viaApi + "\",\"confirmNew\":true}"))
                .andExpect(status().isCreated());
        // An update writes a new version of the row: the old one must hold no plaintext either.
        long id = persons.list(publicMarker + " Number0", 0, 1).items().getFirst().id();
        String updated = "CONFIDENTIAL-" + run + "-updated";
        secrets.add(updated);
        persons.update(id, form(publicMarker + " Number0", updated, persons.get(id).version()));
        assertThat(persons.reveal(id).description()).isEqualTo(updated);
        // A member signing up: name, town, postal address and e-mail are confidential too.
        String memberName = "Confidentialmember" + run;
        String memberTown = "Confidentialtown" + run;
        String memberAddress = "Confidentialstreet " + run;
        String memberEmail = "confidential-" + run + "@example.org";
        secrets.addAll(List.of(memberName, memberTown, memberAddress, memberEmail));
        mockMvc.perform(post("/join").with(csrf()).param("email", memberEmail).param("name", memberName)
                        .param("town", memberTown).param("address", memberAddress).param("language", "ru")
                        .param("frequency", "immediate").param("website", ""))
                .andExpect(status().is3xxRedirection());

        // Key operations log what they do: none of it may be key material.
        keys.rotate();
        new MasterKeySource(new MockEnvironment().withProperty("TOCSIN_MASTER_KEY",
                MasterKeyFile.encode(masterKeySource.key().bytes())), db, Path.of("target"), "").key();

        db.sql("checkpoint").update();
        byte[] masterKey = masterKeySource.key().bytes();
        List<String> keyForms = List.of(MasterKeyFile.encode(masterKey), HexFormat.of().formatHex(masterKey),
                new String(masterKey, StandardCharsets.ISO_8859_1));

        String copyDump = copyEveryTable();
        assertThat(copyDump).contains(publicMarker);
        secrets.forEach(secret -> assertThat(copyDump).doesNotContain(secret).doesNotContain(run + "-"));
        keyForms.forEach(form -> assertThat(copyDump).doesNotContain(form));

        Optional<String> pgDump = pgDump();
        pgDump.ifPresent(dump -> {
            assertThat(dump).contains(publicMarker);
            secrets.forEach(secret -> assertThat(dump).doesNotContain(secret).doesNotContain(run + "-"));
            keyForms.forEach(form -> assertThat(dump).doesNotContain(form));
        });

        Path pgData = Path.of(db.sql("show data_directory").query(String.class).single());
        boolean publicSeen = false;
        try (Stream<Path> files = Files.walk(pgData)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = readLenient(file);
                publicSeen |= content.contains(publicMarker);
                for (String secret : secrets) {
                    // The file is read byte for byte as Latin-1, so look for the UTF-8 bytes the same way.
                    String utf8 = new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                    assertThat(content.contains(utf8)).as("%s holds a confidential string", file).isFalse();
                    assertThat(content.contains(run + "-")).as("%s holds part of a confidential string", file).isFalse();
                }
                for (String form : keyForms) {
                    assertThat(content.contains(form)).as("%s holds the master key", file).isFalse();
                }
            }
        }
        assertThat(publicSeen).as("the public marker is in the data files, so the search works").isTrue();

        String log = output.getAll();
        secrets.forEach(secret -> assertThat(log).doesNotContain(secret));
        keyForms.forEach(form -> assertThat(log).doesNotContain(form));
        // CI runs this test once more on Debian's PostgreSQL, whose pg_dump matches: there it must run.
        assertThat(pgDump.isPresent() || System.getenv("TOCSIN_REQUIRE_PG_DUMP") == null)
                .as("a pg_dump for this server").isTrue();
        if (pgDump.isEmpty()) {
            System.out.println("DumpShowsNoConfidentialValuesTest: no pg_dump for this server's major version was found "
                    + "(zonky ships none; Debian's is older); the COPY dump of every table and the data files were checked.");
        }
    }

    @Test
    void plaintextWrittenByPlainSqlIsSealedAndStillReadable() {
        String legacy = "written before encryption " + UUID.randomUUID();
        long id = db.sql("insert into person (description) values (?) returning id").param(legacy).query(Long.class).single();
        assertThat(persons.reveal(id).description()).isEqualTo(legacy);

        assertThat(persons.sealPlaintextDescriptions()).isPositive();

        assertThat(db.sql("select count(*) from person where description is not null").query(Long.class).single()).isZero();
        byte[] sealed = db.sql("select description_sealed from person where id = ?").param(id).query(byte[].class).single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("written before encryption");
        assertThat(persons.reveal(id).description()).isEqualTo(legacy);
        assertThat(persons.get(id).description()).isNull();
    }

    private static PersonForm form(String name, String description, Integer version) {
        return new PersonForm(List.of(new PersonForm.NameInput(name, null)), null, List.of(), null, description, version, true);
    }

    /** What pg_dump writes for the data: every table, as COPY text. */
    private String copyEveryTable() throws Exception {
        List<String> tables = db.sql("select quote_ident(table_name) from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE' order by 1").query(String.class).list();
        StringWriter out = new StringWriter();
        try (Connection connection = dataSource.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (String table : tables) {
                out.write("-- " + table + "\n");
                pg.getCopyAPI().copyOut("copy " + table + " to stdout", out);
            }
        }
        return out.toString();
    }

    /** pg_dump of the whole database, if a pg_dump of at least the server's major version exists here. */
    private Optional<String> pgDump() throws Exception {
        int serverMajor = db.sql("show server_version_num").query(Integer.class).single() / 10000;
        List<Path> candidates = new ArrayList<>();
        for (String root : List.of("/tmp/embedded-pg", "/usr/lib/postgresql")) {
            Path dir = Path.of(root);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> found = Files.walk(dir, 3)) {
                    found.filter(p -> p.getFileName().toString().equals("pg_dump") && Files.isExecutable(p))
                            .forEach(candidates::add);
                }
            }
        }
        for (Path candidate : candidates) {
            if (major(candidate) >= serverMajor) {
                return Optional.of(run(candidate));
            }
        }
        return Optional.empty();
    }

    private String run(Path pgDump) throws Exception {
        String url;
        String user;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        }
        Matcher m = Pattern.compile("//([^:/]+):(\\d+)/([^?]+)").matcher(url);
        assertThat(m.find()).as("a host and port in %s", url).isTrue();
        Path out = Files.createTempFile("tocsin-dump", ".sql");
        try {
            ProcessBuilder dump = new ProcessBuilder(pgDump.toString(), "-h", m.group(1), "-p", m.group(2), "-U", user,
                    "--no-password", "-f", out.toString(), m.group(3)).redirectErrorStream(true);
            String password = System.getenv("TOCSIN_DATABASE_PASSWORD");
            if (password != null && !password.isBlank()) {
                dump.environment().put("PGPASSWORD", password);
            }
            Process process = dump.start();
            String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).as("pg_dump: %s", messages).isZero();
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static int major(Path pgDump) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(pgDump.toString(), "--version").redirectErrorStream(true).start();
        String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        Matcher m = Pattern.compile("(\\d+)\\.").matcher(version);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String readLenient(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            // postmaster.pid and sockets may come and go; nothing confidential lives there.
            return "";
        }
    }
}
