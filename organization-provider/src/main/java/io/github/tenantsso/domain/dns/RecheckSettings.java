package io.github.tenantsso.domain.dns;

import java.time.Duration;

/**
 * How often DNS-verified claims are looked up again, and how long a claim whose record is gone stays verified.
 *
 * @param interval how often the cluster re-checks; zero turns re-checking off
 * @param grace    how long a record may be gone before its claim lapses
 */
public record RecheckSettings(Duration interval, Duration grace) {

    /** Config property: seconds between two re-checks by the cluster, 0 for none. */
    public static final String INTERVAL_PROPERTY = "dns-recheck-interval-seconds";
    /** Config property: seconds a verified claim's record may be gone before the claim lapses. */
    public static final String GRACE_PROPERTY = "dns-lapse-grace-seconds";

    public static final Duration DEFAULT_INTERVAL = Duration.ofHours(6);
    public static final Duration DEFAULT_GRACE = Duration.ofHours(72);
    private static final long MAX_SECONDS = Duration.ofDays(365).toSeconds();

    public boolean enabled() {
        return !interval.isZero();
    }

    /**
     * @throws IllegalArgumentException naming the setting and what is wrong with it
     */
    public static RecheckSettings parse(String intervalSeconds, String graceSeconds) {
        return new RecheckSettings(
                seconds(INTERVAL_PROPERTY, intervalSeconds, DEFAULT_INTERVAL, 0),
                seconds(GRACE_PROPERTY, graceSeconds, DEFAULT_GRACE, 1));
    }

    private static Duration seconds(String property, String value, Duration fallback, long min) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String digits = value.strip();
        if (digits.length() <= 9 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long seconds = Long.parseLong(digits);
            if (seconds >= min && seconds <= MAX_SECONDS) {
                return Duration.ofSeconds(seconds);
            }
        }
        throw new IllegalArgumentException("spi-tenant-sso--default--" + property + " '" + digits
                + "': must be a whole number of seconds from " + min + " to " + MAX_SECONDS);
    }
}
