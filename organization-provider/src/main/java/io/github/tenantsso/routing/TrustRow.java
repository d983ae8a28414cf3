package io.github.tenantsso.routing;

/**
 * A tenant's trust in another tenant's SSO connection, which makes that connection a candidate for the trusting
 * tenant's domains.
 *
 * <p>A null or blank trusting tenant id or connection alias is rejected with an {@link IllegalArgumentException}
 * when the row is made.
 */
public record TrustRow(String trustingTenantId, String connectionAlias, long createdAt) {

    public TrustRow {
        RowFields.requireText(trustingTenantId, "trust", "trustingTenantId");
        RowFields.requireText(connectionAlias, "trust", "connectionAlias");
    }
}
