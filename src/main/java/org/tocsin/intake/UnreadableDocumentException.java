package org.tocsin.intake;

/** A document whose text cannot be read: missing, empty, encrypted, corrupt or of an unsupported type. The message is one line for the user. */
public class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String message) {
        super(message);
    }
}
