package org.tocsin.security.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.tocsin.cli.CommandLine;
import org.tocsin.security.crypto.KeyShares;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;
import org.tocsin.database.JobQueue;
import org.springframework.transaction.PlatformTransactionManager;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tocsin.cases.people.PersonForm;
import org.tocsin.cases.people.Persons;
import org.tocsin.security.crypto.ArchiveKeys;
import org.tocsin.security.crypto.MasterKeyFile;

/**
 * Backup, wipe, restore: the restored database is identical, table by table (row counts and a
 * checksum of every row's text), and so are the data files. A modified archive, a wrong key or
 * a database that is not empty are refused with nothing written. Restores go into a separate
 * embedded PostgreSQL, one fresh database each, so the shared test database is never touched.
 */
@ExtendWith(OutputCaptureExtension.class)
class BackupRestoreTest extends IntegrationTest {

    @TempDir
    static Path temp;
    static EmbeddedPostgres other;
    static final AtomicInteger databases = new AtomicInteger();

    @Autowired
    Backups backups;
    @Autowired
    ArchiveKeys keys;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient db;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Persons persons;
    @Autowired
    MockMvc mockMvc;
    @Autowired
    Environment environment;
    @Autowired
    org.tocsin.security.crypto.KeyManagement keyManagement;
    @Value("${tocsin.data-dir}")
    Path dataDir;

    @BeforeAll
    static void startAnotherPostgres() throws IOException {
        other = EmbeddedPostgres.builder().setDataDirectory(temp.resolve("other-postgres")).setCleanDataDirectory(true).start();
    }

    @AfterAll
    static void stopIt() throws IOException {
        if (other != null) {
            other.close();
        }
    }

    @Test
    void backupWipeRestoreGivesIdenticalDataAndFiles() throws Exception {
        String run = UUID.randomUUID().toString();
        persons.create(new PersonForm(List.of(new PersonForm.NameInput("Backup Witness " + run, null)), null, List.of(), null,
                "lives near the market " + run, null, true));
        byte[] evidence = new byte[300_000];
        new SecureRandom().nextBytes(evidence);
        Path upload = dataDir.resolve("uploads").resolve("evidence-" + run + ".bin");
        Files.createDirectories(upload.getParent());
        Files.write(upload, evidence);

        Path archive = temp.resolve("roundtrip-" + run + Backups.SUFFIX);
        Map<String, String> before = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            // Another test's background work could change a table meanwhile: retry until the snapshot is quiet.
            before = fingerprint(dataSource);
            try (Connection connection = dataSource.getConnection(); OutputStream out = Files.newOutputStream(archive)) {
                ArchiveWriter.write(connection, dataDir, List.of(), keys.forNewArchive(), out);
            }
            if (before.equals(fingerprint(dataSource))) {
                break;
            }
        }
        assertThat(Files.readString(archive, StandardCharsets.ISO_8859_1)).doesNotContain(run).doesNotContain("Backup Witness");

        DataSource restored = freshDatabase();
        Path restoredDir = temp.resolve("restored-" + run);
        ArchiveRestore.Restored result = new ArchiveRestore(restored, restoredDir, masterKey()).restore(archive);

        assertThat(fingerprint(restored)).isEqualTo(before);
        assertThat(result.tables()).isEqualTo(before.keySet().stream().filter(k -> !k.startsWith("sequence ")).count());
        assertThat(Files.readAllBytes(restoredDir.resolve("uploads").resolve(upload.getFileName()))).isEqualTo(evidence);
        assertThat(restoredDir.resolve("master.key")).doesNotExist();
        assertThat(restoredDir.resolve("postgres")).doesNotExist();
    }

    @Test
    void aModifiedArchiveIsRefusedAndNothingIsWritten() throws Exception {
        Path archive = archive();
        byte[] original = Files.readAllBytes(archive);
        int headerLength = ArchiveHeader.read(Files.newInputStream(archive)).bytes().length;
        for (int position : new int[] {headerLength - 3, headerLength + 40, original.length / 2, original.length - 5}) {
            byte[] flipped = original.clone();
            flipped[position] ^= 0x01;
            assertRefusedWithNothingWritten(flipped, "modified or damaged");
        }
        assertRefusedWithNothingWritten(java.util.Arrays.copyOf(original, original.length - 100), "modified or damaged");
    }

    @Test
    void anotherMasterKeyFailsCleanly() throws Exception {
        Path archive = archive();
        DataSource fresh = freshDatabase();
        String otherKey = MasterKeyFile.encode(MasterKeyFile.generate());
        Path dir = temp.resolve("wrong-key-" + UUID.randomUUID());
        assertThatThrownBy(() -> new ArchiveRestore(fresh, dir, name -> name.equals("TOCSIN_MASTER_KEY") ? otherKey : null)
                .restore(archive))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining("this archive was made under another key");
        assertEmpty(fresh, dir);
    }

    @Test
    void aValidArchiveWhoseDataTheDatabaseRefusesMidwayLeavesNothing() throws Exception {
        // A database with the same schema, but one row its check constraint would refuse; its archive is valid.
        DataSource source = freshDatabase();
        Path sourceDir = temp.resolve("refused-source-" + UUID.randomUUID());
        new ArchiveRestore(source, sourceDir, masterKey()).restore(archive());
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("alter table incident drop constraint incident_type_check");
            statement.execute("insert into incident (case_id, title, occurred_on, type)"
                    + " values ((select min(id) from case_file), 'refused', date '2015-01-01', 'not a type')");
        }
        Files.createDirectories(sourceDir.resolve("uploads"));
        Files.writeString(sourceDir.resolve("uploads").resolve("evidence.txt"), "a file after the tables");
        Path archive = temp.resolve("refused-" + UUID.randomUUID() + Backups.SUFFIX);
        try (Connection connection = source.getConnection(); OutputStream out = Files.newOutputStream(archive)) {
            ArchiveWriter.write(connection, sourceDir, List.of(), keys.forNewArchive(), out);
        }

        DataSource target = freshDatabase();
        Path targetDir = temp.resolve("refused-target-" + UUID.randomUUID());
        assertThatThrownBy(() -> new ArchiveRestore(target, targetDir, masterKey()).restore(archive))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining("the database refused the archive's data")
                .hasMessageContaining("incident_type_check");
        assertEmpty(target, targetDir);
    }

    @Test
    void aDatabaseThatRefusesTheSchemaIsLeftEmpty() throws Exception {
        Path archive = archive();
        DataSource target = freshDatabase();
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("alter database " + connection.getCatalog() + " set default_transaction_read_only = on");
        }
        Path dir = temp.resolve("read-only-" + UUID.randomUUID());
        assertThatThrownBy(() -> new ArchiveRestore(target, dir, masterKey()).restore(archive))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining("the database refused the schema")
                .hasMessageContaining("read-only")
                .hasMessageContaining("nothing was restored");
        assertEmpty(target, dir);
    }

    @Test
    void aDatabaseThatIsNotEmptyIsRefused() throws Exception {
        Path archive = archive();
        long runs = db.sql("select count(*) from backup_run").query(Long.class).single();
        assertThatThrownBy(() -> new ArchiveRestore(dataSource, temp.resolve("unused"), masterKey()).restore(archive))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining("not empty").hasMessageContaining("never merges");
        assertThat(db.sql("select count(*) from backup_run").query(Long.class).single()).isEqualTo(runs);
    }

    @Test
    void retentionKeepsTheNewestArchivesAndRecordsEachRun() throws Exception {
        Path directory = temp.resolve("kept-" + UUID.randomUUID());
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("notes.txt"), "not an archive: never removed");
        String target = directory.toString();
        List<Backups.Made> made = List.of(backups.backup(target, 2, Backups.Trigger.COMMAND),
                backups.backup(target, 2, Backups.Trigger.COMMAND), backups.backup(target, 2, Backups.Trigger.COMMAND));
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("notes.txt", made.get(1).archive(), made.get(2).archive());
        }
        assertThat(made.get(2).removed()).containsExactly(made.get(0).archive());
        assertThat(db.sql("select outcome from backup_run where archive = ?").param(made.get(2).archive())
                .query(String.class).single()).isEqualTo("succeeded");
        assertThat(db.sql("select size_bytes from backup_run where archive = ?").param(made.get(2).archive())
                .query(Long.class).single()).isEqualTo(Files.size(directory.resolve(made.get(2).archive())));
    }

    @Test
    void aFailedRunIsRecorded() {
        assertThatThrownBy(() -> backups.backup("ftp://example.org/backups", 0, Backups.Trigger.COMMAND))
                .isInstanceOf(ArchiveException.class);
        assertThat(db.sql("select outcome from backup_run where target = 'ftp://example.org/backups' order by id desc limit 1")
                .query(String.class).single()).isEqualTo("failed");
    }

    @Test
    void theScheduledBackupRunsFromTheJobQueueOnceAcrossInstances() throws Exception {
        Path directory = temp.resolve("scheduled-" + UUID.randomUUID());
        JobQueue.Settings settings = new JobQueue.Settings(20, 1, 3, 60_000, 300, false);
        JobQueue instanceA = new JobQueue(db, transactions, List.of(new BackupSchedule(backups, "0 0 3 * * *", directory.toString(), 3)), settings);
        JobQueue instanceB = new JobQueue(db, transactions, List.of(new BackupSchedule(backups, "0 0 3 * * *", directory.toString(), 3)), settings);
        db.sql("delete from scheduled_job where kind = ?").param(BackupSchedule.KIND).update();
        try {
            instanceA.scheduleRecurring();
            instanceB.scheduleRecurring();
            // The 03:00 run is due (or was missed while the service was down).
            db.sql("update scheduled_job set run_at = now() - interval '1 minute' where kind = ? and status = 'pending'")
                    .param(BackupSchedule.KIND).update();
            ExecutorService both = Executors.newFixedThreadPool(2);
            try {
                Future<Boolean> a = both.submit(instanceA::runNext);
                Future<Boolean> b = both.submit(instanceB::runNext);
                assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(true, false);
            } finally {
                both.shutdownNow();
            }
            try (Stream<Path> files = Files.list(directory)) {
                assertThat(files.filter(p -> p.toString().endsWith(Backups.SUFFIX)).count()).isEqualTo(1);
            }
            assertThat(db.sql("select outcome from backup_run where trigger = 'schedule' and target = ?").param(directory.toString())
                    .query(String.class).list()).containsExactly("succeeded");
            assertThat(db.sql("select status from scheduled_job where kind = ? order by id").param(BackupSchedule.KIND)
                    .query(String.class).list()).as("done, and the next 03:00 pending").containsExactly("done", "pending");
        } finally {
            db.sql("delete from scheduled_job where kind = ?").param(BackupSchedule.KIND).update();
        }
    }

    @Test
    void sftpWithAKnownHostKeyRefusesAnUnknownOneAndKeepsN() throws Exception {
        Path root = Files.createDirectories(temp.resolve("sftp-root-" + UUID.randomUUID()));
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(temp.resolve("host-key-" + UUID.randomUUID())));
        server.setPasswordAuthenticator((user, password, session) -> "backup".equals(user) && "off-site secret".equals(password));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        try {
            int port = server.getPort();
            URI address = URI.create("sftp://backup@127.0.0.1:" + port + "/offsite/tocsin");
            KeyPair hostKey = server.getKeyPairProvider().loadKeys(null).iterator().next();
            Path knownHosts = temp.resolve("known_hosts-" + UUID.randomUUID());
            Files.writeString(knownHosts, "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");

            List<Backups.Made> made = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                try (SftpTarget target = new SftpTarget(address, new SftpTarget.Settings("off-site secret", null, knownHosts, false))) {
                    made.add(backups.backup(target, 2, Backups.Trigger.COMMAND));
                }
            }
            Path offsite = root.resolve("offsite").resolve("tocsin");
            try (Stream<Path> files = Files.list(offsite)) {
                assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                        .containsExactly(made.get(1).archive(), made.get(2).archive());
            }
            assertThat(made.get(2).target()).isEqualTo("sftp://backup@127.0.0.1:" + port + "/offsite/tocsin");
            // What went off-site restores.
            DataSource fresh = freshDatabase();
            new ArchiveRestore(fresh, temp.resolve("from-sftp-" + UUID.randomUUID()), masterKey())
                    .restore(offsite.resolve(made.get(2).archive()));
            assertThat(JdbcClient.create(fresh).sql("select count(*) from backup_run").query(Long.class).single()).isPositive();

            Path strangers = temp.resolve("known_hosts-empty-" + UUID.randomUUID());
            Files.writeString(strangers, "");
            assertThatThrownBy(() -> new SftpTarget(address, new SftpTarget.Settings("off-site secret", null, strangers, false)))
                    .isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("host key of 127.0.0.1:" + port + " is not in");
            assertThat(Files.readString(strangers)).isEmpty();

            try (SftpTarget trusting = new SftpTarget(address, new SftpTarget.Settings("off-site secret", null, strangers, true))) {
                assertThat(trusting.archives()).hasSize(2);
            }
            assertThat(Files.readString(strangers)).contains(String.valueOf(port));

            assertThatThrownBy(() -> new SftpTarget(address, new SftpTarget.Settings("wrong", null, knownHosts, false)))
                    .isInstanceOf(ArchiveException.class).hasMessageContaining("cannot log in")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong"));
        } finally {
            server.stop(true);
        }
    }

    @Test
    void theRunsPageIsForAdministratorsInEnglishAndRussian() throws Exception {
        Path directory = temp.resolve("page-" + UUID.randomUUID());
        backups.backup(directory.toString(), 0, Backups.Trigger.COMMAND);
        mockMvc.perform(get("/admin/backups").with(user("admin").roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Backups")))
                .andExpect(content().string(Matchers.containsString(directory.toString())))
                .andExpect(content().string(Matchers.containsString("succeeded")))
                .andExpect(content().string(Matchers.containsString("Scheduled jobs")))
                .andExpect(content().string(Matchers.containsString("weekly digest")));
        mockMvc.perform(get("/admin/backups").locale(Locale.forLanguageTag("ru")).with(user("admin").roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Резервные копии")))
                .andExpect(content().string(Matchers.containsString("еженедельная сводка")))
                .andExpect(content().string(Matchers.containsString("успешно")));
        mockMvc.perform(get("/admin/backups").with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRestoreCommandTakesKeySharesAndSaysOneLineOnAModifiedArchive(CapturedOutput output) throws Exception {
        Path archive = archive();
        byte[] key = masterKeyBytes();
        List<String> shares = KeyShares.split(key, 3, 2);
        String name = "restore_cli_" + databases.incrementAndGet();
        try (Connection connection = other.getPostgresDatabase().getConnection();
             PreparedStatement create = connection.prepareStatement("create database " + name)) {
            create.execute();
        }
        Path dir = temp.resolve("cli-" + UUID.randomUUID());
        String[] database = {"--tocsin.database.url=" + other.getJdbcUrl("postgres", name), "--tocsin.database.user=postgres",
                "--tocsin.data-dir=" + dir};

        byte[] tampered = Files.readAllBytes(archive);
        tampered[tampered.length / 2] ^= 0x10;
        Path bad = temp.resolve("cli-tampered" + Backups.SUFFIX);
        Files.write(bad, tampered);
        String[] badArgs = Stream.concat(Stream.of("restore", bad.toString(), "--share", shares.get(0), "--share", shares.get(2)),
                Stream.of(database)).toArray(String[]::new);
        assertThat(CommandLine.run(badArgs)).isEqualTo(CommandLine.Outcome.FAILED);
        assertThat(output.getErr()).contains("tocsin restore: this archive was modified or damaged");
        assertThat(JdbcClient.create(other.getDatabase("postgres", name))
                .sql("select count(*) from pg_tables where schemaname = 'public'").query(Long.class).single()).isZero();

        String[] goodArgs = Stream.concat(Stream.of("restore", archive.toString(), "--share", shares.get(0), "--share", shares.get(2)),
                Stream.of(database)).toArray(String[]::new);
        assertThat(CommandLine.run(goodArgs)).as(output.getErr()).isEqualTo(CommandLine.Outcome.DONE);
        assertThat(output.getOut()).contains("Restored ").contains(" tables (");
        assertThat(JdbcClient.create(other.getDatabase("postgres", name)).sql("select count(*) from data_key")
                .query(Long.class).single()).isPositive();
        assertThat(CommandLine.run(goodArgs)).isEqualTo(CommandLine.Outcome.FAILED);
        assertThat(output.getErr()).contains("not empty");
    }

    @Test
    void theBackupCommandWritesAnArchive(CapturedOutput output) throws Exception {
        Path directory = temp.resolve("cli-backup-" + UUID.randomUUID());
        String url = ((com.zaxxer.hikari.HikariDataSource) dataSource).getJdbcUrl();
        Path keyFile = temp.resolve("cli-master-" + UUID.randomUUID() + ".key");
        MasterKeyFile.write(keyFile, masterKeyBytes());
        assertThat(CommandLine.run(new String[] {"backup", "--to", directory.toString(), "--tocsin.database.url=" + url,
                "--tocsin.database.user=postgres", "--TOCSIN_MASTER_KEY_FILE=" + keyFile, "--tocsin.data-dir=" + temp.resolve("cli-data")}))
                .as(output.getErr()).isEqualTo(CommandLine.Outcome.DONE);
        assertThat(output.getOut()).contains("Wrote tocsin-").contains("opens only with the master key");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.filter(p -> p.toString().endsWith(Backups.SUFFIX)).count()).isEqualTo(1);
        }
        assertThat(CommandLine.run(new String[] {"backup"})).isIn(CommandLine.Outcome.USAGE_ERROR, CommandLine.Outcome.FAILED);
    }

    private byte[] masterKeyBytes() throws IOException {
        UnaryOperator<String> settings = masterKey();
        if (settings.apply("TOCSIN_MASTER_KEY") != null) {
            return MasterKeyFile.decode(settings.apply("TOCSIN_MASTER_KEY"));
        }
        return MasterKeyFile.read(Path.of(settings.apply("TOCSIN_MASTER_KEY_FILE")));
    }

    private void assertRefusedWithNothingWritten(byte[] bytes, String message) throws Exception {
        Path tampered = temp.resolve("tampered-" + UUID.randomUUID() + Backups.SUFFIX);
        Files.write(tampered, bytes);
        DataSource fresh = freshDatabase();
        Path dir = temp.resolve("tampered-data-" + UUID.randomUUID());
        assertThatThrownBy(() -> new ArchiveRestore(fresh, dir, masterKey()).restore(tampered))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining(message);
        assertEmpty(fresh, dir);
    }

    private static void assertEmpty(DataSource database, Path dir) throws Exception {
        try (Connection connection = database.getConnection()) {
            assertThat(Catalog.relations(connection)).isEmpty();
        }
        assertThat(dir).doesNotExist();
    }

    private Path archive() throws Exception {
        Path archive = temp.resolve("archive-" + UUID.randomUUID() + Backups.SUFFIX);
        try (Connection connection = dataSource.getConnection(); OutputStream out = Files.newOutputStream(archive)) {
            ArchiveWriter.write(connection, dataDir, List.of(), keys.forNewArchive(), out);
        }
        return archive;
    }

    /**
     * The master key as this test's service has it: from the environment, or its key file. The
     * test data directory has a random name per use, so the key file is found by its id.
     */
    private UnaryOperator<String> masterKey() throws IOException {
        Path keyFile;
        try (Stream<Path> dirs = Files.list(Path.of("target/test-data"))) {
            keyFile = dirs.map(d -> d.resolve("master.key")).filter(Files::exists).filter(f -> {
                try {
                    return MasterKeyFile.fingerprint(MasterKeyFile.read(f)).equals(keyManagement.masterKeyId());
                } catch (IOException e) {
                    return false;
                }
            }).findFirst().orElse(Path.of("no-master-key-file"));
        }
        return name -> {
            String value = environment.getProperty(name);
            if (value == null && name.equals("TOCSIN_MASTER_KEY_FILE") && environment.getProperty("TOCSIN_MASTER_KEY") == null
                    && environment.getProperty("TOCSIN_MASTER_PASSPHRASE") == null && Files.exists(keyFile)) {
                return keyFile.toString();
            }
            return value;
        };
    }

    private static DataSource freshDatabase() throws Exception {
        String name = "restore_" + databases.incrementAndGet();
        try (Connection connection = other.getPostgresDatabase().getConnection();
             PreparedStatement create = connection.prepareStatement("create database " + name)) {
            create.execute();
        }
        return other.getDatabase("postgres", name);
    }

    /** Per table: the row count and the md5 of its rows' text in order; per sequence: its last value. */
    static Map<String, String> fingerprint(DataSource database) throws Exception {
        Map<String, String> result = new LinkedHashMap<>();
        try (Connection connection = database.getConnection()) {
            List<String> tables = Catalog.tablesInDependencyOrder(connection);
            assertThat(tables).contains("flyway_schema_history", "person", "audit_entry", "data_key", "backup_run");
            for (String table : tables.stream().sorted().toList()) {
                try (PreparedStatement statement = connection.prepareStatement("select count(*), md5(coalesce(string_agg(t::text, "
                        + "E'\\n' order by t::text), '')) from " + Catalog.qualified(table) + " t");
                     ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    result.put(table, rows.getLong(1) + " rows, md5 " + rows.getString(2));
                }
            }
            for (Map.Entry<String, Long> sequence : Catalog.sequences(connection).entrySet()) {
                result.put("sequence " + sequence.getKey(), String.valueOf(sequence.getValue()));
            }
        }
        return result;
    }
}
