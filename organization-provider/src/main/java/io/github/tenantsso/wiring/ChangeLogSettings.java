package io.github.tenantsso.wiring;

/**
 * How nodes read the routing change log.
 *
 * @param windowMillis    how far before its last read a node reads the log again: longer than a write transaction
 *                        may take to commit after writing its row, plus the clock skew between nodes
 * @param retentionMillis how long rows are kept; a node whose last read is older than this minus the window builds
 *                        its index in full instead of patching it
 */
record ChangeLogSettings(long windowMillis, long retentionMillis) {

    static final String WINDOW_PROPERTY = "change-log-window-ms";
    static final String RETENTION_PROPERTY = "change-log-retention-ms";
    static final long DEFAULT_WINDOW_MILLIS = 10 * 60 * 1000L;
    static final long DEFAULT_RETENTION_MILLIS = 7 * 24 * 60 * 60 * 1000L;

    ChangeLogSettings {
        if (windowMillis < 1_000) {
            throw new IllegalArgumentException("spi-tenant-sso--default--" + WINDOW_PROPERTY
                    + " must be at least 1000 ms, got " + windowMillis + ".");
        }
        if (retentionMillis < 2 * windowMillis) {
            throw new IllegalArgumentException(
                    "spi-tenant-sso--default--" + RETENTION_PROPERTY + " must be at least twice " + WINDOW_PROPERTY
                            + " (" + 2 * windowMillis + " ms), got " + retentionMillis + ".");
        }
    }
}
