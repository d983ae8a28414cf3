package io.github.tenantsso.landing;

import java.util.Arrays;

/**
 * The user-session notes that tie a Keycloak session to a tenant: written when a broker login lands and when the
 * session switches tenant, read by the token mapper, the session API and the revocation of a severed trust.
 */
public final class SessionNotes {

    /** The session's current tenant (id). */
    public static final String TENANT = "tenant-sso.tenant";
    /** Alias of the connection the session signed in through. */
    public static final String CONNECTION = "tenant-sso.connection";
    /**
     * Every tenant (ids, comma-separated) the session has been in: severing a trust must also end a session that
     * switched on to another tenant, since its refresh token was once issued for the trusting one.
     */
    public static final String TENANTS = "tenant-sso.tenants";

    private SessionNotes() {
    }

    public static String withTenant(String tenants, String tenantId) {
        return tenants == null || tenants.isEmpty() ? tenantId : contains(tenants, tenantId) ? tenants : tenants + "," + tenantId;
    }

    public static boolean contains(String tenants, String tenantId) {
        return tenants != null && Arrays.asList(tenants.split(",")).contains(tenantId);
    }
}
