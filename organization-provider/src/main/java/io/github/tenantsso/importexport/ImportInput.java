package io.github.tenantsso.importexport;

import java.util.List;
import java.util.Map;

import io.github.tenantsso.policy.RoutingPolicy;

/**
 * What an import is decided on: the document and the state of the realm it touches, read in bulk beforehand.
 *
 * @param tenantIds             organization id by alias, for the aliases the document names that exist
 * @param identityProviders     identity providers by alias, for the connection aliases the document names that exist
 * @param sharedVerifiedDomains domains verified by more than one organization; read only when the document turns
 *                              domain sharing off, empty otherwise
 * @param claims                stored claims on the domains the document names, of any organization
 * @param connections           stored bindings of the connection aliases the document names
 * @param trusts                stored trusts in those connections
 * @param groupOwners           the organization owning each group id the document's trusts name, for those that are
 *                              organization groups
 */
public record ImportInput(PackDocument document, boolean organizationsEnabled, RoutingPolicy currentPolicy,
                          List<String> sharedVerifiedDomains, Map<String, String> tenantIds,
                          Map<String, IdentityProvider> identityProviders, List<StoredClaim> claims,
                          List<StoredConnection> connections, List<StoredTrust> trusts, Map<String, String> groupOwners,
                          long now) {

    /** @param organizationId the organization Keycloak links it to, or {@code null} */
    public record IdentityProvider(String alias, String organizationId) {
    }

    public record StoredClaim(String id, String organizationId, String domain, boolean includeSubdomains, boolean verified,
                              String verificationMethod, String verificationToken, long createdAt, Long verifiedAt) {
    }

    public record StoredConnection(String id, String alias, String organizationId, boolean enabled, boolean jitEnabled, long createdAt) {
    }

    public record StoredTrust(String id, String trustingOrganizationId, String connectionId, boolean jitEnabled, List<String> groupIds,
                              long createdAt) {
    }
}
