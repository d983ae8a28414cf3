package io.github.tenantsso.importexport;

import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.signin.SessionLimits;
import io.github.tenantsso.signin.TenantPolicy;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * @param groupsByPath          group id by {@link #groupKey organization id and path}, for the paths the document's
 *                              trusts name that exist
 * @param users                 the users the document names: user id by username, for those that exist
 * @param members               Keycloak's organization memberships of those users, as {@link #memberKey keys}
 * @param memberships           the pack's stored membership rows of those users
 * @param activeTenants         their stored active tenants
 * @param tenantPolicies        the stored sign-in policies of the tenants the document's tenant policies name, by
 *                              organization id
 * @param realmSessions         the realm's SSO session max lifespan and idle timeout, the bounds of a tenant's limits
 */
public record ImportInput(
        PackDocument document,
        boolean organizationsEnabled,
        RoutingPolicy currentPolicy,
        List<String> sharedVerifiedDomains,
        Map<String, String> tenantIds,
        Map<String, IdentityProvider> identityProviders,
        List<StoredClaim> claims,
        List<StoredConnection> connections,
        List<StoredTrust> trusts,
        Map<String, String> groupOwners,
        Map<String, String> groupsByPath,
        Map<String, String> users,
        Set<String> members,
        List<StoredMembership> memberships,
        List<StoredActiveTenant> activeTenants,
        Map<String, TenantPolicy> tenantPolicies,
        SessionLimits realmSessions,
        long now) {

    public static String groupKey(String organizationId, String path) {
        return organizationId + '\n' + path;
    }

    public static String memberKey(String userId, String organizationId) {
        return userId + '\n' + organizationId;
    }

    /** @param organizationId the organization Keycloak links it to, or {@code null} */
    public record IdentityProvider(String alias, String organizationId) {}

    public record StoredClaim(
            String id,
            String organizationId,
            String domain,
            boolean includeSubdomains,
            boolean verified,
            String verificationMethod,
            String verificationToken,
            long createdAt,
            Long verifiedAt,
            String createdBy,
            String verifiedBy) {}

    public record StoredConnection(
            String id,
            String alias,
            String organizationId,
            boolean enabled,
            boolean jitEnabled,
            long createdAt,
            String createdBy) {}

    public record StoredTrust(
            String id,
            String trustingOrganizationId,
            String connectionId,
            boolean jitEnabled,
            List<String> groupIds,
            long createdAt,
            String createdBy) {}

    /** @param trustId the trust that provisioned it, or {@code null} */
    public record StoredMembership(String id, String userId, String organizationId, long joinedAt, String trustId) {}

    public record StoredActiveTenant(String userId, String organizationId, long updatedAt) {}
}
