package org.tocsin.security.backup;

import com.google.crypto.tink.StreamingAead;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.tocsin.security.crypto.ArchiveKeys;

/**
 * Rebuilds an empty database (and the data files) from an archive. Never merges: a database
 * with any table is refused before anything is written.
 *
 * <p>Nothing is written until the whole archive has been decrypted and authenticated once, in
 * memory and streamed, with no plaintext on disk. Only then are the migrations run up to the
 * archive's schema version and the data loaded, all in one transaction, reading the archive a
 * second time (again authenticated). Should that second reading or the load fail (the file
 * changed in between, a disk error), the transaction rolls back and the schema the restore
 * created is removed again, so the database is left as empty as it was found.
 */
public final class ArchiveRestore {

    /** What a restore brought back. */
    public record Restored(Instant createdAt, String schemaVersion, int tables, long rows, int sequences, int files) {
    }

    private record Table(String name, List<String> columns, long rows) {
    }

    private record Contents(List<Table> tables, Map<String, Long> sequences, List<String> files) {
    }

    private final DataSource database;
    private final Path dataDir;
    private final UnaryOperator<String> settings;

    /** {@code settings} give the master key (TOCSIN_MASTER_KEY, ..._FILE, ..._PASSPHRASE); files go under {@code dataDir}. */
    public ArchiveRestore(DataSource database, Path dataDir, UnaryOperator<String> settings) {
        this.database = database;
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.settings = settings;
    }

    public Restored restore(Path archive) {
        ArchiveHeader.Read header = readHeader(archive);
        StreamingAead aead;
        try {
            aead = ArchiveKeys.forArchive(header.header().key(), settings, dataDir);
        } catch (ArchiveKeys.WrongKeyException e) {
            throw new ArchiveException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ArchiveException("the master key given is not usable: " + e.getMessage());
        }
        String version = header.header().schemaVersion();
        Flyway flyway = Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion(version)).cleanDisabled(false).load();
        requireKnownVersion(flyway, version);
        requireEmpty();
        Contents contents = read(archive, header, aead, null);
        for (String file : contents.files()) {
            if (Files.exists(DataFiles.resolve(dataDir, file))) {
                throw new ArchiveException("the file " + file + " exists in " + dataDir + "; restore never overwrites: "
                        + "move it away first");
            }
        }
        migrate(flyway);
        Loader loader = new Loader();
        try {
            loader.load(archive, header, aead, contents);
        } catch (RuntimeException e) {
            loader.removeFiles();
            flyway.clean();
            throw e;
        }
        loader.placeFiles();
        long rows = contents.tables().stream().mapToLong(Table::rows).sum();
        return new Restored(header.header().createdAt(), version, contents.tables().size(), rows,
                contents.sequences().size(), contents.files().size());
    }

    /** Builds the archive's schema; a database that refuses it is left as empty as it was found. */
    private static void migrate(Flyway flyway) {
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            try {
                flyway.clean();
            } catch (RuntimeException cleanFailed) {
                e.addSuppressed(cleanFailed);
            }
            throw new ArchiveException("the database refused the schema (" + rootMessage(e) + "); nothing was restored", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    /** The header, for a command that wants to say what an archive is before restoring it. */
    public static String describe(Path archive) {
        ArchiveHeader h = readHeader(archive).header();
        return "made " + h.createdAt() + ", schema version " + h.schemaVersion() + ", master key " + h.key().masterKeyId();
    }

    private static ArchiveHeader.Read readHeader(Path archive) {
        try (InputStream in = Files.newInputStream(archive)) {
            return ArchiveHeader.read(in);
        } catch (NoSuchFileException e) {
            throw new ArchiveException("no such archive: " + archive);
        } catch (IOException e) {
            throw new ArchiveException("cannot read " + archive + ": " + e.getMessage());
        }
    }

    private static void requireKnownVersion(Flyway flyway, String version) {
        MigrationVersion wanted = MigrationVersion.fromVersion(version);
        boolean known = false;
        for (MigrationInfo info : flyway.info().all()) {
            known |= info.getVersion() != null && info.getVersion().equals(wanted);
        }
        if (!known) {
            throw new ArchiveException("this archive has schema version " + version
                    + ", which this Tocsin does not know: restore it with the Tocsin version that made it, or a newer one");
        }
    }

    private void requireEmpty() {
        try (Connection connection = database.getConnection()) {
            List<String> relations = Catalog.relations(connection);
            if (!relations.isEmpty()) {
                throw new ArchiveException("the database is not empty (" + relations.size() + " tables or sequences, e.g. "
                        + relations.getFirst() + "): restore only rebuilds an empty database and never merges");
            }
        } catch (SQLException e) {
            throw new ArchiveException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    /** Reads the whole archive, authenticating it; with a loader, also loads it. */
    private static Contents read(Path archive, ArchiveHeader.Read header, StreamingAead aead, Loader loader) {
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive), Chunks.MAX)) {
            file.skipNBytes(header.bytes().length);
            try (InputStream plain = aead.newDecryptingStream(file, header.bytes());
                 DataInputStream in = new DataInputStream(new BufferedInputStream(plain, Chunks.MAX))) {
                return contents(in, loader);
            }
        } catch (ArchiveException e) {
            throw e;
        } catch (EOFException e) {
            throw new ArchiveException("this archive is cut short; nothing was restored");
        } catch (IOException | GeneralSecurityException e) {
            throw new ArchiveException("this archive was modified or damaged (it fails authentication); nothing was restored");
        } catch (SQLException e) {
            throw new ArchiveException("the database refused the archive's data: " + e.getMessage(), e);
        }
    }

    private static Contents contents(DataInputStream in, Loader loader) throws IOException, SQLException {
        List<Table> tables = new ArrayList<>();
        Map<String, Long> sequences = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        while (true) {
            byte kind = in.readByte();
            switch (kind) {
                case ArchiveWriter.TABLE -> {
                    String name = in.readUTF();
                    int count = in.readInt();
                    List<String> columns = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        columns.add(in.readUTF());
                    }
                    Chunks.Reader data = new Chunks.Reader(in);
                    long loaded = loader == null ? -1 : loader.table(name, columns, data);
                    data.drain();
                    long rows = in.readLong();
                    if (loader != null && loaded != rows) {
                        throw new ArchiveException("table " + name + ": " + loaded + " rows loaded, the archive holds " + rows);
                    }
                    tables.add(new Table(name, columns, rows));
                }
                case ArchiveWriter.SEQUENCE -> {
                    String name = in.readUTF();
                    boolean used = in.readBoolean();
                    long value = in.readLong();
                    sequences.put(name, used ? value : null);
                    if (loader != null && used) {
                        loader.sequence(name, value);
                    }
                }
                case ArchiveWriter.FILE -> {
                    String name = in.readUTF();
                    DataFiles.resolve(Path.of("/"), name); // refuses names that would leave the data directory
                    Chunks.Reader data = new Chunks.Reader(in);
                    if (loader != null) {
                        loader.file(name, data);
                    }
                    data.drain();
                    in.readLong();
                    files.add(name);
                }
                case ArchiveWriter.END -> {
                    if (in.readInt() != tables.size() || in.readInt() != sequences.size() || in.readInt() != files.size()) {
                        throw new ArchiveException("this archive's contents do not match its end record");
                    }
                    if (in.read() != -1) {
                        throw new ArchiveException("this archive has data after its end record");
                    }
                    return new Contents(tables, sequences, files);
                }
                default -> throw new ArchiveException("this archive is damaged (unknown record " + kind + ")");
            }
        }
    }

    /** The second reading: loads the tables in one transaction and writes the files under temporary names. */
    private final class Loader {
        private final List<Path> written = new ArrayList<>();
        private Connection connection;
        private CopyManager copy;

        void load(Path archive, ArchiveHeader.Read header, StreamingAead aead, Contents expected) {
            try (Connection c = database.getConnection()) {
                connection = c;
                c.setAutoCommit(false);
                copy = c.unwrap(PGConnection.class).getCopyAPI();
                try (Statement statement = c.createStatement()) {
                    statement.execute("set constraints all deferred");
                }
                emptySeededTables(expected);
                Contents loaded = read(archive, header, aead, this);
                verify(expected, loaded);
                c.commit();
            } catch (SQLException e) {
                throw new ArchiveException("the restore failed and was undone: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                rollback();
                throw e;
            }
        }

        long table(String name, List<String> columns, InputStream data) throws SQLException, IOException {
            if (!Catalog.exists(connection, name)) {
                throw new ArchiveException("the archive holds table " + name + ", which the migrations did not create");
            }
            return copy.copyIn("copy " + Catalog.qualified(name) + " (" + Catalog.columnList(columns)
                    + ") from stdin (format text, encoding 'UTF8')", data);
        }

        void sequence(String name, long value) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement("select setval(?::regclass, ?, true)")) {
                statement.setString(1, Catalog.qualified(name));
                statement.setLong(2, value);
                statement.execute();
            }
        }

        void file(String name, InputStream data) throws IOException {
            Path target = DataFiles.resolve(dataDir, name);
            Path temporary = target.resolveSibling(target.getFileName() + DataFiles.RESTORING);
            Files.createDirectories(target.getParent());
            written.add(temporary);
            try (OutputStream out = Files.newOutputStream(temporary)) {
                data.transferTo(out);
            }
        }

        void placeFiles() {
            for (Path temporary : written) {
                String name = temporary.getFileName().toString();
                Path target = temporary.resolveSibling(name.substring(0, name.length() - DataFiles.RESTORING.length()));
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new ArchiveException("the database is restored, but the file " + target + " could not be placed: "
                            + e.getMessage() + " (it is in " + temporary + ")");
                }
            }
        }

        void removeFiles() {
            for (Path temporary : written) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // best effort: a .restoring file is never taken for data
                }
            }
        }

        // The migrations insert a few rows (singletons, Flyway's own history): the archive's replace them.
        private void emptySeededTables(Contents expected) throws SQLException {
            List<String> tables = expected.tables().stream().map(Table::name).toList();
            Map<String, Long> counts = Catalog.counts(connection, tables.stream().filter(t -> {
                try {
                    return Catalog.exists(connection, t);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).toList());
            for (int i = tables.size() - 1; i >= 0; i--) {
                if (counts.getOrDefault(tables.get(i), 0L) > 0) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("delete from " + Catalog.qualified(tables.get(i)));
                    }
                }
            }
        }

        private void verify(Contents expected, Contents loaded) throws SQLException {
            if (!expected.equals(loaded)) {
                throw new ArchiveException("the archive changed while it was being restored; nothing was restored");
            }
            Map<String, Long> counts = Catalog.counts(connection, expected.tables().stream().map(Table::name).toList());
            for (Table table : expected.tables()) {
                if (counts.get(table.name()) != table.rows()) {
                    throw new ArchiveException("table " + table.name() + " holds " + counts.get(table.name())
                            + " rows after the restore; the archive holds " + table.rows());
                }
            }
        }

        private void rollback() {
            try {
                if (connection != null && !connection.isClosed()) {
                    connection.rollback();
                }
            } catch (SQLException ignored) {
                // the connection is closed next, which rolls back as well
            }
        }
    }
}
