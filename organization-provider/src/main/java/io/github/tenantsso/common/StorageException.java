package io.github.tenantsso.common;

/**
 * The database did not store a change for a reason other than the data itself: a lock held by a concurrent change
 * to the same rows ({@link #retryable()}: the same request may succeed a moment later), or a failure of the database.
 * Nothing was changed either way. Kept apart from {@link ConflictException}, which is about the data.
 */
public final class StorageException extends RuntimeException {

    private final boolean retryable;

    StorageException(boolean retryable, Throwable cause) {
        super(
                retryable
                        ? "A concurrent change to the same data held a lock; nothing was changed. Try again."
                        : "The database failed to store the change; nothing was changed.",
                cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
