package org.tocsin.security.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/** Archives in a directory: written as NAME.partial, renamed when complete. */
final class DirectoryTarget implements BackupTarget {

    private final Path directory;

    DirectoryTarget(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path directory() {
        return directory;
    }

    @Override
    public Upload begin(String name) throws IOException {
        Files.createDirectories(directory);
        Path partial = directory.resolve(name + DataFiles.PARTIAL);
        try {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(partial);
        }
        OutputStream stream = Files.newOutputStream(partial);
        return new Upload() {
            @Override
            public OutputStream stream() {
                return stream;
            }

            @Override
            public void complete() throws IOException {
                stream.close();
                Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            }

            @Override
            public void abandon() {
                try {
                    stream.close();
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // best effort: a left-over .partial file is never taken for an archive
                }
            }
        };
    }

    @Override
    public List<String> archives() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(BackupTarget::isArchiveName).sorted().toList();
        }
    }

    @Override
    public void delete(String name) throws IOException {
        Files.deleteIfExists(directory.resolve(name));
    }

    @Override
    public String display() {
        return directory.toString();
    }

    @Override
    public void close() {
        // nothing held open
    }
}
