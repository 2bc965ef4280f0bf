package org.tocsin.security.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * Which files under the data directory a backup holds: the data (uploads and the like), not
 * the embedded database's own files (the tables are in the archive), not the master key (an
 * archive must be useless without it), not backups or half-written files.
 */
final class DataFiles {

    static final String PARTIAL = ".partial";
    static final String RESTORING = ".restoring";

    private DataFiles() {
    }

    static boolean isData(Path root, Path file, List<Path> excluded) {
        Path relative = root.relativize(file.toAbsolutePath().normalize());
        String first = relative.getName(0).toString();
        String name = file.getFileName().toString();
        if (first.equals("postgres") || first.equals("backups") || relative.toString().equals("master.key")) {
            return false;
        }
        if (name.endsWith(PARTIAL) || name.endsWith(RESTORING) || name.endsWith(Backups.SUFFIX)) {
            return false;
        }
        return excluded.stream().map(p -> p.toAbsolutePath().normalize()).noneMatch(p -> file.toAbsolutePath().normalize().startsWith(p));
    }

    /** The file's name in the archive: relative, with forward slashes. */
    static String name(Path root, Path file) {
        Path relative = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return String.join("/", java.util.stream.StreamSupport.stream(relative.spliterator(), false).map(Path::toString).toList());
    }

    /** Where a name from an archive goes under the data directory; refuses names that would leave it. */
    static Path resolve(Path root, String name) {
        Path base = root.toAbsolutePath().normalize();
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")) {
            throw new ArchiveException("this archive names a file outside the data directory: " + name);
        }
        Path target = base.resolve(name).normalize();
        if (!target.startsWith(base) || target.equals(base) || !isData(base, target, List.of())) {
            throw new ArchiveException("this archive names a file outside the data directory: " + name);
        }
        return target;
    }
}
