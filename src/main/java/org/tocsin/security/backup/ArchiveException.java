package org.tocsin.security.backup;

/** An archive that cannot be made, read or restored; the message is one line for the person at the console. */
public class ArchiveException extends RuntimeException {

    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
