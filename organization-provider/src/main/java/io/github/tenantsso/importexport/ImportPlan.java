package io.github.tenantsso.importexport;

import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.signin.Mfa;
import io.github.tenantsso.signin.SessionLimits;
import io.github.tenantsso.signin.SignInMethods;
import java.util.List;

/**
 * The writes an accepted import makes; entries that the document leaves as they are stored are not in it.
 *
 * @param policy the policy to store, or {@code null} when it stays as it is
 */
public record ImportPlan(
        RoutingPolicy policy,
        List<ClaimWrite> claims,
        List<ConnectionWrite> connections,
        List<TrustWrite> trusts,
        List<MembershipWrite> memberships,
        List<ActiveTenantWrite> activeTenants,
        List<TenantPolicyWrite> tenantPolicies,
        ImportSummary summary) {

    /** Whether the routing data changes; memberships and active tenants are the users' data, which no index holds. */
    public boolean changesAnything() {
        return policy != null
                || !claims.isEmpty()
                || !connections.isEmpty()
                || !trusts.isEmpty()
                || !tenantPolicies.isEmpty();
    }

    /**
     * A claim's state after the import.
     *
     * @param existingId        the stored claim to update, or {@code null} to create one
     * @param verificationToken {@code null}: make a new one
     * @param exclusiveDomain   the domain while the claim is verified and the realm does not share domains
     * @param createdBy         {@code null}: the importing admin for a new claim, else as stored
     * @param verifiedBy        {@code null}: none, or as stored
     */
    public record ClaimWrite(
            String existingId,
            String organizationId,
            String domain,
            boolean includeSubdomains,
            boolean verified,
            String verificationMethod,
            String verificationToken,
            long createdAt,
            Long verifiedAt,
            String exclusiveDomain,
            String createdBy,
            String verifiedBy) {}

    /**
     * @param existingId the stored binding to update, or {@code null}
     * @param link       Keycloak does not link the identity provider to an organization yet: link it to this one
     * @param move       the stored binding names another organization: bind it to this one (which drops its trusts)
     * @param createdBy  {@code null}: the importing admin for a new or moved binding, else as stored
     */
    public record ConnectionWrite(
            String existingId,
            String alias,
            String organizationId,
            boolean link,
            boolean move,
            boolean enabled,
            boolean jitEnabled,
            long createdAt,
            String createdBy) {}

    /** @param createdBy {@code null}: the importing admin for a new trust, else as stored */
    public record TrustWrite(
            String existingId,
            String trustingOrganizationId,
            String connectionAlias,
            boolean jitEnabled,
            List<String> groupIds,
            long createdAt,
            String createdBy) {}

    /**
     * @param existingId       the stored row to update, or {@code null} to create one for Keycloak's membership
     * @param trustConnection  the connection whose trust (of this organization) provisioned the membership, or
     *                         {@code null} when the row keeps its trust as stored
     */
    public record MembershipWrite(
            String existingId, String userId, String organizationId, long joinedAt, String trustConnection) {}

    public record TenantPolicyWrite(
            String organizationId, SignInMethods signInMethods, Mfa mfa, SessionLimits sessionLimits) {}

    public record ActiveTenantWrite(boolean exists, String userId, String organizationId, long updatedAt) {}
}
