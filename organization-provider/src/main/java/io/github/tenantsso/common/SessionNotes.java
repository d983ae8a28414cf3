package io.github.tenantsso.common;

import java.util.Arrays;
import java.util.Set;

/**
 * The user-session notes that tie a Keycloak session to a tenant: written when a broker login lands and when the
 * session switches tenant, read by the token mapper, the session API and revocation.
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
    /**
     * Tenants (ids, comma-separated) the user left while the session lived: session exchange never provisions the
     * user into them again through this session.
     */
    public static final String LEFT = "tenant-sso.left";

    private SessionNotes() {}

    public static String withTenant(String tenants, String tenantId) {
        return tenants == null || tenants.isEmpty()
                ? tenantId
                : contains(tenants, tenantId) ? tenants : tenants + "," + tenantId;
    }

    public static boolean contains(String tenants, String tenantId) {
        return tenants(tenants).contains(tenantId);
    }

    /** The tenant ids of a note of {@link #TENANTS} or {@link #LEFT}; empty for no note. */
    public static Set<String> tenants(String note) {
        return note == null || note.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(note.split(",")));
    }
}
