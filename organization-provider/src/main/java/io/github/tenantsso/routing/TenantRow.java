package io.github.tenantsso.routing;

import io.github.tenantsso.signin.SignInMethods;

/**
 * A tenant (a Keycloak organization) as loaded for routing.
 *
 * <p>A null or blank id or alias is rejected with an {@link IllegalArgumentException} when the row is made.
 *
 * @param signInMethods the tenant's stored sign-in policy, or {@code null} where it has the default
 */
public record TenantRow(String id, String alias, boolean enabled, SignInMethods signInMethods) {

    public TenantRow {
        RowFields.requireText(id, "tenant", "id");
        RowFields.requireText(alias, "tenant", "alias");
    }

    /** A tenant with the default sign-in policy. */
    public TenantRow(String id, String alias, boolean enabled) {
        this(id, alias, enabled, null);
    }
}
