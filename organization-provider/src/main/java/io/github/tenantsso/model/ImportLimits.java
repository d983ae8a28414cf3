package io.github.tenantsso.model;

import io.github.tenantsso.common.Excerpt;

/**
 * How large a pack document the pack accepts, from the Keycloak options {@code spi-tenant-sso--default--import-max-bytes}
 * and {@code spi-tenant-sso--default--import-max-entries}.
 *
 * @param maxBytes   the document's size in bytes (UTF-8)
 * @param maxEntries domains, connections, trusts, memberships, active tenants and tenant policies together
 */
public record ImportLimits(long maxBytes, int maxEntries) {

    /** Config property: the largest document, in bytes. */
    public static final String MAX_BYTES_PROPERTY = "import-max-bytes";
    /** Config property: the most entries (domains, connections, trusts, memberships, active tenants and tenant policies together) of one document. */
    public static final String MAX_ENTRIES_PROPERTY = "import-max-entries";

    /**
     * Just under Keycloak's own HTTP body limit (Quarkus's {@code quarkus.http.limits.max-body-size}, 10240 KiB), so
     * that a larger document meets the pack's answer rather than the HTTP layer's bare 413. 100,000 claims without
     * tokens and dates (about 75 bytes each) fit.
     */
    public static final long DEFAULT_MAX_BYTES = 10_000_000;

    public static final int DEFAULT_MAX_ENTRIES = 200_000;
    public static final ImportLimits DEFAULTS = new ImportLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES);

    static final long MAX_MAX_BYTES = 1L << 30;
    static final int MAX_MAX_ENTRIES = 10_000_000;

    public ImportLimits {
        if (maxBytes < 1 || maxBytes > MAX_MAX_BYTES || maxEntries < 1 || maxEntries > MAX_MAX_ENTRIES) {
            throw new IllegalArgumentException(
                    "import limits out of range: " + maxBytes + " bytes, " + maxEntries + " entries");
        }
    }

    /**
     * Reads the two properties as configured; {@code null} or blank means the default.
     *
     * @throws IllegalArgumentException naming the setting and what is wrong with it
     */
    public static ImportLimits parse(String maxBytes, String maxEntries) {
        return new ImportLimits(number(MAX_BYTES_PROPERTY, maxBytes, DEFAULT_MAX_BYTES, MAX_MAX_BYTES), (int)
                number(MAX_ENTRIES_PROPERTY, maxEntries, DEFAULT_MAX_ENTRIES, MAX_MAX_ENTRIES));
    }

    private static long number(String property, String value, long defaultValue, long max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        String given = value.strip();
        if (given.length() <= 10 && given.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long number = Long.parseLong(given);
            if (number >= 1 && number <= max) {
                return number;
            }
        }
        throw new IllegalArgumentException("spi-tenant-sso--default--" + property + " '" + Excerpt.of(given)
                + "': must be a whole number from 1 to " + max);
    }
}
