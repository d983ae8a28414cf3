package io.github.tenantsso.importexport;

import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.signin.SessionLimits;
import io.github.tenantsso.signin.TenantPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds decision inputs for the tests: a realm's stored state, and a document applied to it.
 */
final class ImportInputs {

    static final long NOW = 1_700_000_000_000L;
    /** Keycloak's defaults: ten hours' lifespan, thirty minutes idle. */
    static final SessionLimits REALM_SESSIONS = new SessionLimits(36_000, 1_800);

    final Map<String, String> tenants = new HashMap<>();
    final Map<String, ImportInput.IdentityProvider> identityProviders = new HashMap<>();
    final List<ImportInput.StoredClaim> claims = new ArrayList<>();
    final List<ImportInput.StoredConnection> connections = new ArrayList<>();
    final List<ImportInput.StoredTrust> trusts = new ArrayList<>();
    final Map<String, String> groupOwners = new HashMap<>();
    final Map<String, String> groupsByPath = new HashMap<>();
    final Map<String, String> users = new HashMap<>();
    final Set<String> members = new HashSet<>();
    final List<ImportInput.StoredMembership> memberships = new ArrayList<>();
    final List<ImportInput.StoredActiveTenant> activeTenants = new ArrayList<>();
    final Map<String, TenantPolicy> tenantPolicies = new HashMap<>();
    final List<String> sharedVerifiedDomains = new ArrayList<>();
    RoutingPolicy policy = RoutingPolicy.DEFAULT;
    boolean organizationsEnabled = true;

    ImportInputs tenant(String alias) {
        tenants.put(alias, id(alias));
        return this;
    }

    ImportInputs idp(String alias, String ownerAlias) {
        identityProviders.put(
                alias, new ImportInput.IdentityProvider(alias, ownerAlias == null ? null : id(ownerAlias)));
        return this;
    }

    ImportInputs verifiedClaim(String tenantAlias, String domain) {
        claims.add(new ImportInput.StoredClaim(
                "claim-" + tenantAlias + "-" + domain,
                id(tenantAlias),
                domain,
                false,
                true,
                "ADMIN",
                "tokentokentokentoken",
                NOW - 1000,
                NOW - 500,
                "admin-a",
                "admin-b"));
        return this;
    }

    ImportInputs binding(String alias, String ownerAlias) {
        connections.add(new ImportInput.StoredConnection(
                "binding-" + alias, alias, id(ownerAlias), true, false, NOW - 1000, "admin-a"));
        return this;
    }

    ImportInputs trust(String trustingAlias, String connectionAlias) {
        trusts.add(new ImportInput.StoredTrust(
                "trust-" + trustingAlias + "-" + connectionAlias,
                id(trustingAlias),
                "binding-" + connectionAlias,
                true,
                null,
                NOW - 1000,
                "admin-a"));
        return this;
    }

    ImportInputs user(String username) {
        users.put(username, "user-" + username);
        return this;
    }

    /** A member as Keycloak knows it, with the row the pack keeps for it (joined at {@code joinedAt}, without a trust). */
    ImportInputs member(String username, String tenantAlias, long joinedAt) {
        members.add(ImportInput.memberKey("user-" + username, id(tenantAlias)));
        memberships.add(new ImportInput.StoredMembership(
                "membership-" + username + "-" + tenantAlias, "user-" + username, id(tenantAlias), joinedAt, null));
        return this;
    }

    ImportInputs active(String username, String tenantAlias, long updatedAt) {
        activeTenants.add(new ImportInput.StoredActiveTenant("user-" + username, id(tenantAlias), updatedAt));
        return this;
    }

    ImportInput apply(PackDocument document) {
        return new ImportInput(
                document,
                organizationsEnabled,
                policy,
                sharedVerifiedDomains,
                tenants,
                identityProviders,
                claims,
                connections,
                trusts,
                groupOwners,
                groupsByPath,
                users,
                members,
                memberships,
                activeTenants,
                tenantPolicies,
                REALM_SESSIONS,
                NOW);
    }

    static String id(String alias) {
        return "org-" + alias;
    }

    static PackDocument domains(PackDocument.Domain... domains) {
        return new PackDocument(null, List.of(domains), null, null, null, null);
    }

    static PackDocument.Domain domain(String tenant, String domain, Boolean verified) {
        return new PackDocument.Domain(tenant, domain, null, verified, null, null, null, null, null, null);
    }

    static PackDocument memberships(
            List<PackDocument.Membership> memberships, List<PackDocument.ActiveTenant> activeTenants) {
        return new PackDocument(null, null, null, null, memberships, activeTenants);
    }
}
