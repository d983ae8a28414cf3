package io.github.tenantsso.signin;

/**
 * A tenant's session limits, in seconds; {@code null} leaves the realm's SSO session limit alone. Keycloak keeps
 * enforcing the realm's own limits, so the shorter one always wins.
 *
 * @param maxSessionAgeSeconds how long a session in the tenant lives after it started, whatever its activity
 * @param maxIdleSeconds       how long a session in the tenant lives without activity (a login or a refresh)
 */
public record SessionLimits(Integer maxSessionAgeSeconds, Integer maxIdleSeconds) {

    public static final SessionLimits REALM = new SessionLimits(null, null);

    static final String MAX_AGE = "maxSessionAgeSeconds";
    static final String MAX_IDLE = "maxIdleSeconds";

    /** The code of a limit longer than the realm's: a tenant may only shorten sessions. */
    public static final String EXCEEDS_REALM = "session_limit_exceeds_realm";

    /**
     * Limits as a request gives them, checked against the realm's SSO session limits.
     *
     * @param realmMaxAge  the realm's SSO session max lifespan, seconds
     * @param realmMaxIdle the realm's SSO session idle timeout, seconds
     * @throws InvalidTenantPolicyException for a limit that is not positive, or longer than the realm's
     */
    public static SessionLimits of(Integer maxAge, Integer maxIdle, int realmMaxAge, int realmMaxIdle) {
        check(MAX_AGE, maxAge, realmMaxAge, "SSO Session Max");
        check(MAX_IDLE, maxIdle, realmMaxIdle, "SSO Session Idle");
        return new SessionLimits(maxAge, maxIdle);
    }

    private static void check(String field, Integer seconds, int realmSeconds, String realmSetting) {
        if (seconds == null) {
            return;
        }
        if (seconds <= 0) {
            throw new InvalidTenantPolicyException(
                    field, "Field '" + field + "' must be a positive number of seconds, or null for the realm's.");
        }
        if (seconds > realmSeconds) {
            throw new InvalidTenantPolicyException(
                    EXCEEDS_REALM,
                    field,
                    "Field '" + field + "' (" + seconds + " s) is longer than the realm's " + realmSetting + " ("
                            + realmSeconds + " s); a tenant may only shorten sessions.");
        }
    }

    public boolean isRealms() {
        return maxSessionAgeSeconds == null && maxIdleSeconds == null;
    }
}
