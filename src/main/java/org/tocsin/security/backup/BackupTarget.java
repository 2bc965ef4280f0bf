package org.tocsin.security.backup;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Where archives go: a directory or an SFTP server. An archive appears under its name only when complete. */
interface BackupTarget extends Closeable {

    /** Starts writing an archive under a temporary name. */
    Upload begin(String name) throws IOException;

    /** The names of the archives there, Tocsin's only. */
    List<String> archives() throws IOException;

    void delete(String name) throws IOException;

    /** The target as shown and recorded: never a password. */
    String display();

    /** An archive being written. */
    interface Upload {
        OutputStream stream();

        /** Closes the stream and gives the archive its name. */
        void complete() throws IOException;

        /** Removes what was written; never throws. */
        void abandon();
    }

    static boolean isArchiveName(String name) {
        return name.startsWith(Backups.PREFIX) && name.endsWith(Backups.SUFFIX);
    }
}
