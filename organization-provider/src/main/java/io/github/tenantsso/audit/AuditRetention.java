package io.github.tenantsso.audit;

import java.time.Duration;

/**
 * How long audit events are kept; zero keeps them until removed with their realm.
 */
public record AuditRetention(Duration period) {

    /** Config property: days an audit event is kept, 0 for no purge. */
    public static final String PROPERTY = "audit-retention-days";

    public static final Duration DEFAULT = Duration.ofDays(90);
    private static final long MAX_DAYS = 36_500;

    public boolean purges() {
        return !period.isZero();
    }

    /** @throws IllegalArgumentException naming the setting and what is wrong with it */
    public static AuditRetention parse(String days) {
        if (days == null || days.isBlank()) {
            return new AuditRetention(DEFAULT);
        }
        String digits = days.strip();
        if (digits.length() <= 5 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long value = Long.parseLong(digits);
            if (value <= MAX_DAYS) {
                return new AuditRetention(Duration.ofDays(value));
            }
        }
        throw new IllegalArgumentException("spi-tenant-sso--default--" + PROPERTY + " '" + digits
                + "': must be a whole number of days from 0 to " + MAX_DAYS);
    }
}
