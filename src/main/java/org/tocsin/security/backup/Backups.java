package org.tocsin.security.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tocsin.security.crypto.ArchiveKeys;

/**
 * Makes backups: one encrypted archive of the whole database and the data files, sent to a
 * directory or an SFTP server, then the oldest archives there beyond the retention count
 * removed (only once the new one is complete). Every run is recorded in {@code backup_run}.
 */
@Service
public class Backups {

    static final String PREFIX = "tocsin-";
    static final String SUFFIX = ".tocsin-backup";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'");
    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    public enum Trigger { SCHEDULE, COMMAND }

    /** A finished backup. {@code removed} are the older archives retention deleted. */
    public record Made(String target, String archive, long sizeBytes, String schemaVersion, int tables, long rows,
                       int files, List<String> removed) {
    }

    /** A recorded run, for the administrators' page. */
    public record Run(long id, OffsetDateTime startedAt, OffsetDateTime finishedAt, String trigger, String target,
                      String archive, Long sizeBytes, String outcome, String message) {
    }

    public record Runs(List<Run> items, long total) {
    }

    private final DataSource dataSource;
    private final JdbcClient db;
    private final ArchiveKeys keys;
    private final Environment environment;
    private final Path dataDir;

    Backups(DataSource dataSource, JdbcClient db, ArchiveKeys keys, Environment environment,
            @Value("${tocsin.data-dir}") Path dataDir) {
        this.dataSource = dataSource;
        this.db = db;
        this.keys = keys;
        this.environment = environment;
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Backs up to a directory or {@code sftp://user@host:port/path}; keeps the newest {@code keep} archives there (0: all). */
    public Made backup(String target, int keep, Trigger trigger) {
        long run = start(trigger, displayOf(target));
        try (BackupTarget opened = open(target)) {
            return backup(opened, keep, run);
        } catch (IOException | RuntimeException e) {
            String message = e instanceof ArchiveException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            finish(run, "failed", null, null, message);
            if (e instanceof ArchiveException archive) {
                throw archive;
            }
            throw new ArchiveException("the backup failed: " + message, e);
        }
    }

    /** For tests and the schedule: a target already open. */
    Made backup(BackupTarget target, int keep, Trigger trigger) {
        long run = start(trigger, target.display());
        try {
            return backup(target, keep, run);
        } catch (RuntimeException e) {
            finish(run, "failed", null, null, e.getMessage());
            throw e;
        }
    }

    public Runs runs(int offset, int limit) {
        List<Run> items = db.sql("""
                        select id, started_at, finished_at, trigger, target, archive, size_bytes, outcome, message
                        from backup_run order by started_at desc, id desc offset ? limit ?""")
                .params(offset, limit).query(Run.class).list();
        long total = db.sql("select count(*) from backup_run").query(Long.class).single();
        return new Runs(items, total);
    }

    BackupTarget open(String target) throws IOException {
        if (target == null || target.isBlank()) {
            throw new ArchiveException("no target: give a directory or sftp://user@host:port/path");
        }
        if (target.startsWith("sftp://")) {
            return new SftpTarget(URI.create(target), sftpSettings());
        }
        if (target.contains("://")) {
            throw new ArchiveException("a target is a directory or sftp://user@host:port/path; not " + displayOf(target));
        }
        return new DirectoryTarget(Path.of(target));
    }

    private Made backup(BackupTarget target, int keep, long run) throws ArchiveException {
        String name = PREFIX + NAME_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)) + SUFFIX;
        List<Path> excluded = target instanceof DirectoryTarget directory ? List.of(directory.directory()) : List.of();
        BackupTarget.Upload upload = null;
        try (Connection connection = dataSource.getConnection()) {
            upload = target.begin(name);
            Counting counted = new Counting(upload.stream());
            ArchiveWriter.Summary summary = ArchiveWriter.write(connection, dataDir, excluded, keys.forNewArchive(), counted);
            upload.complete();
            upload = null;
            List<String> removed = retain(target, keep, name);
            finish(run, "succeeded", name, counted.count,
                    removed.isEmpty() ? null : "removed by retention: " + String.join(", ", removed));
            log.info("Backup {} written to {} ({} bytes)", name, target.display(), counted.count);
            return new Made(target.display(), name, counted.count, summary.schemaVersion(), summary.tables(),
                    summary.rows(), summary.files(), removed);
        } catch (IOException | SQLException e) {
            throw new ArchiveException("the backup to " + target.display() + " failed: " + e.getMessage(), e);
        } finally {
            if (upload != null) {
                upload.abandon();
            }
        }
    }

    // Only after the new archive is complete, and never the new one itself.
    private static List<String> retain(BackupTarget target, int keep, String newest) throws IOException {
        if (keep <= 0) {
            return List.of();
        }
        List<String> archives = new ArrayList<>(target.archives());
        if (!archives.contains(newest)) {
            throw new ArchiveException("the new archive " + newest + " is not at " + target.display() + "; nothing removed");
        }
        archives.sort(java.util.Comparator.reverseOrder());
        List<String> removed = new ArrayList<>();
        for (String old : archives.subList(Math.min(keep, archives.size()), archives.size())) {
            if (!old.equals(newest)) {
                target.delete(old);
                removed.add(old);
            }
        }
        return removed;
    }

    private SftpTarget.Settings sftpSettings() {
        String keyFile = setting("TOCSIN_BACKUP_SFTP_KEY_FILE");
        String knownHosts = setting("TOCSIN_BACKUP_SFTP_KNOWN_HOSTS");
        return new SftpTarget.Settings(setting("TOCSIN_BACKUP_SFTP_PASSWORD"), keyFile == null ? null : Path.of(keyFile),
                knownHosts != null ? Path.of(knownHosts) : Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"),
                "true".equalsIgnoreCase(setting("TOCSIN_BACKUP_SFTP_ACCEPT_NEW_HOST_KEY")));
    }

    private String setting(String name) {
        String value = environment.getProperty(name);
        return value == null || value.isBlank() ? null : value;
    }

    // Never record or show a password someone put in the address.
    private static String displayOf(String target) {
        if (target == null) {
            return "";
        }
        return target.replaceFirst("^(sftp://[^:@/]*):[^@/]*@", "$1@");
    }

    private long start(Trigger trigger, String target) {
        return db.sql("insert into backup_run (trigger, target, instance) values (?, ?, ?) returning id")
                .params(trigger.name().toLowerCase(), target, instance()).query(Long.class).single();
    }

    private void finish(long run, String outcome, String archive, Long size, String message) {
        db.sql("update backup_run set finished_at = now(), outcome = ?, archive = ?, size_bytes = ?, message = ? where id = ?")
                .params(outcome, archive, size, message, run).update();
    }

    private static String instance() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (IOException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }

    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
