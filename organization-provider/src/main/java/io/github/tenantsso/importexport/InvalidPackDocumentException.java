package io.github.tenantsso.importexport;

/**
 * A pack document that cannot be applied, saying which entry and why; nothing of it is applied.
 */
public final class InvalidPackDocumentException extends IllegalArgumentException {

    InvalidPackDocumentException(String message) {
        super(message);
    }
}
