package org.tocsin.security.backup;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.tocsin.security.crypto.ArchiveKeys;

/**
 * Writes an archive: the clear header, then, sealed with the archive's streaming AEAD (the header
 * as associated data), every table as COPY text in dependency order, the sequences, the data
 * files and an end record. Reads the database in one repeatable-read snapshot, so the tables
 * agree with each other.
 */
final class ArchiveWriter {

    static final byte TABLE = 'T';
    static final byte SEQUENCE = 'S';
    static final byte FILE = 'F';
    static final byte END = 'E';

    /** What went into an archive. */
    record Summary(String schemaVersion, int tables, long rows, int files) {
    }

    private ArchiveWriter() {
    }

    static Summary write(Connection connection, Path dataDir, List<Path> excluded, ArchiveKeys.Sealing sealing,
                         OutputStream sink) throws IOException, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            String version = Catalog.schemaVersion(connection);
            if (version == null) {
                throw new ArchiveException("the database has no schema yet: nothing to back up");
            }
            ArchiveHeader header = new ArchiveHeader(Instant.now(), version, sealing.reference());
            byte[] headerBytes = header.encode();
            sink.write(headerBytes);
            Summary summary;
            try (OutputStream sealed = sealing.aead().newEncryptingStream(sink, headerBytes);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(sealed, Chunks.MAX))) {
                summary = writeContent(connection, version, dataDir, excluded, out);
            } catch (GeneralSecurityException e) {
                throw new ArchiveException("cannot seal the archive", e);
            }
            connection.commit();
            return summary;
        } finally {
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Summary writeContent(Connection connection, String version, Path dataDir, List<Path> excluded,
                                        DataOutputStream out) throws IOException, SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<String> tables = Catalog.tablesInDependencyOrder(connection);
        long rows = 0;
        for (String table : tables) {
            List<String> columns = Catalog.columns(connection, table);
            out.writeByte(TABLE);
            out.writeUTF(table);
            out.writeInt(columns.size());
            for (String column : columns) {
                out.writeUTF(column);
            }
            long count;
            try (Chunks.Writer data = new Chunks.Writer(out)) {
                count = copy.copyOut("copy " + Catalog.qualified(table) + " (" + Catalog.columnList(columns)
                        + ") to stdout (format text, encoding 'UTF8')", data);
            }
            out.writeLong(count);
            rows += count;
        }
        Map<String, Long> sequences = Catalog.sequences(connection);
        for (Map.Entry<String, Long> sequence : sequences.entrySet()) {
            out.writeByte(SEQUENCE);
            out.writeUTF(sequence.getKey());
            out.writeBoolean(sequence.getValue() != null);
            out.writeLong(sequence.getValue() == null ? 0 : sequence.getValue());
        }
        List<Path> files = dataFiles(dataDir, excluded);
        for (Path file : files) {
            out.writeByte(FILE);
            out.writeUTF(DataFiles.name(dataDir, file));
            try (Chunks.Writer data = new Chunks.Writer(out); InputStream in = Files.newInputStream(file)) {
                in.transferTo(data);
                data.close();
                out.writeLong(data.total());
            }
        }
        out.writeByte(END);
        out.writeInt(tables.size());
        out.writeInt(sequences.size());
        out.writeInt(files.size());
        return new Summary(version, tables.size(), rows, files.size());
    }

    private static List<Path> dataFiles(Path dataDir, List<Path> excluded) throws IOException {
        Path root = dataDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> DataFiles.isData(root, p, excluded))
                    .sorted()
                    .toList();
        }
    }
}
