package io.github.tenantsso.routing;

/**
 * An SSO connection (a Keycloak identity provider) bound to the tenant that owns it. {@code enabled} is false when
 * either the binding or the identity provider itself is disabled.
 *
 * <p>A null or blank alias or owner tenant id is rejected with an {@link IllegalArgumentException} when the row is
 * made.
 */
public record ConnectionRow(String alias, String ownerTenantId, boolean enabled, long createdAt) {

    public ConnectionRow {
        RowFields.requireText(alias, "connection", "alias");
        RowFields.requireText(ownerTenantId, "connection", "ownerTenantId");
    }
}
