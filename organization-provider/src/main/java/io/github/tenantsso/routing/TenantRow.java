package io.github.tenantsso.routing;

import io.github.tenantsso.signin.SessionLimits;
import io.github.tenantsso.signin.SignInMethods;

/**
 * A tenant (a Keycloak organization) as loaded for routing.
 *
 * <p>A null or blank id or alias is rejected with an {@link IllegalArgumentException} when the row is made.
 *
 * @param signInMethods the tenant's stored sign-in policy, or {@code null} where it has the default
 * @param sessionLimits the tenant's stored session limits; {@code null} is read as the realm's
 */
public record TenantRow(
        String id, String alias, boolean enabled, SignInMethods signInMethods, SessionLimits sessionLimits) {

    public TenantRow {
        RowFields.requireText(id, "tenant", "id");
        RowFields.requireText(alias, "tenant", "alias");
        sessionLimits = sessionLimits == null ? SessionLimits.REALM : sessionLimits;
    }

    /** A tenant with the realm's session limits. */
    public TenantRow(String id, String alias, boolean enabled, SignInMethods signInMethods) {
        this(id, alias, enabled, signInMethods, SessionLimits.REALM);
    }

    /** A tenant with the default sign-in policy. */
    public TenantRow(String id, String alias, boolean enabled) {
        this(id, alias, enabled, null, SessionLimits.REALM);
    }
}
