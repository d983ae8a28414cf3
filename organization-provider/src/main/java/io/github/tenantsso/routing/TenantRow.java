package io.github.tenantsso.routing;

/**
 * A tenant (a Keycloak organization) as loaded for routing.
 *
 * <p>A null or blank id or alias is rejected with an {@link IllegalArgumentException} when the row is made.
 */
public record TenantRow(String id, String alias, boolean enabled) {

    public TenantRow {
        RowFields.requireText(id, "tenant", "id");
        RowFields.requireText(alias, "tenant", "alias");
    }
}
