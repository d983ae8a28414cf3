package io.github.tenantsso.importexport;

import java.util.List;

import io.github.tenantsso.policy.RoutingPolicy;

/**
 * The writes an accepted import makes; entries that the document leaves as they are stored are not in it.
 *
 * @param policy the policy to store, or {@code null} when it stays as it is
 */
public record ImportPlan(RoutingPolicy policy, List<ClaimWrite> claims, List<ConnectionWrite> connections,
                         List<TrustWrite> trusts, ImportSummary summary) {

    public boolean changesAnything() {
        return policy != null || !claims.isEmpty() || !connections.isEmpty() || !trusts.isEmpty();
    }

    /**
     * A claim's state after the import.
     *
     * @param existingId        the stored claim to update, or {@code null} to create one
     * @param verificationToken {@code null}: make a new one
     * @param exclusiveDomain   the domain while the claim is verified and the realm does not share domains
     */
    public record ClaimWrite(String existingId, String organizationId, String domain, boolean includeSubdomains,
                             boolean verified, String verificationMethod, String verificationToken, long createdAt,
                             Long verifiedAt, String exclusiveDomain) {
    }

    /**
     * @param existingId the stored binding to update, or {@code null}
     * @param link       Keycloak does not link the identity provider to an organization yet: link it to this one
     * @param move       the stored binding names another organization: bind it to this one (which drops its trusts)
     */
    public record ConnectionWrite(String existingId, String alias, String organizationId, boolean link, boolean move,
                                  boolean enabled, boolean jitEnabled, long createdAt) {
    }

    public record TrustWrite(String existingId, String trustingOrganizationId, String connectionAlias, boolean jitEnabled,
                             List<String> groupIds, long createdAt) {
    }
}
