package io.github.tenantsso.importexport;

import io.github.tenantsso.connection.ConnectionBinding;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.signin.Mfa;
import io.github.tenantsso.trust.Trust;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Writes a realm's pack data as a {@link PackDocument}. The order of every list depends only on what the document
 * says, never on ids, so the same data exports to the same document on any server.
 */
public final class PackExporter {

    private PackExporter() {}

    public static PackDocument export(KeycloakSession session, RealmModel realm) {
        TenantSso model = session.getProvider(TenantSso.class);
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        // One projection query: Keycloak's organization model would cost queries per organization.
        Map<String, String> tenantAliases = realm.isOrganizationsEnabled()
                ? em.createQuery(
                                "select o.id, o.alias from OrganizationEntity o where o.realmId = :realmId",
                                Object[].class)
                        .setParameter("realmId", realm.getId())
                        .getResultStream()
                        .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]))
                : Map.of();
        RoutingPolicy policy = model.policies().get(realm.getId());
        List<ConnectionBinding> bindings = model.connections(realm).all();
        Map<String, String> connectionAliases =
                bindings.stream().collect(Collectors.toMap(ConnectionBinding::id, ConnectionBinding::idpAlias));

        List<PackDocument.Domain> domains = model.claims(realm).all().stream()
                .filter(claim -> tenantAliases.containsKey(claim.organizationId()))
                .map(claim -> {
                    boolean verified = claim.verified();
                    return new PackDocument.Domain(
                            tenantAliases.get(claim.organizationId()),
                            claim.domain(),
                            claim.includeSubdomains(),
                            verified,
                            verified ? claim.verificationMethod() : null,
                            claim.verificationToken(),
                            claim.createdAt(),
                            verified ? claim.verifiedAt() : null,
                            claim.createdBy(),
                            verified ? claim.verifiedBy() : null);
                })
                .sorted(Comparator.comparing(PackDocument.Domain::domain)
                        .thenComparing(PackDocument.Domain::createdAt)
                        .thenComparing(PackDocument.Domain::tenant))
                .toList();
        List<PackDocument.Connection> connections = bindings.stream()
                .filter(binding -> tenantAliases.containsKey(binding.organizationId()))
                .map(binding -> new PackDocument.Connection(
                        binding.idpAlias(),
                        tenantAliases.get(binding.organizationId()),
                        binding.enabled(),
                        binding.jitEnabled(),
                        binding.createdAt(),
                        binding.createdBy()))
                .toList();
        Map<String, String> groupPaths = new HashMap<>();
        List<Trust> storedTrusts = model.trusts(realm).all().stream()
                .filter(trust -> tenantAliases.containsKey(trust.trustingOrganizationId())
                        && connectionAliases.containsKey(trust.connectionId()))
                .toList();
        Map<String, String> trustConnections = storedTrusts.stream()
                .collect(Collectors.toMap(Trust::id, trust -> connectionAliases.get(trust.connectionId())));
        List<PackDocument.Trust> trusts = storedTrusts.stream()
                .map(trust -> new PackDocument.Trust(
                        tenantAliases.get(trust.trustingOrganizationId()),
                        connectionAliases.get(trust.connectionId()),
                        trust.jitEnabled(),
                        trust.groupIds().stream()
                                .map(id -> groupPaths.computeIfAbsent(id, groupId -> path(session, realm, groupId)))
                                .filter(Objects::nonNull)
                                .toList(),
                        null,
                        trust.createdAt(),
                        trust.createdBy()))
                .sorted(Comparator.comparing(PackDocument.Trust::createdAt)
                        .thenComparing(PackDocument.Trust::tenant)
                        .thenComparing(PackDocument.Trust::connection))
                .toList();

        // Users by username, as Keycloak's own export names them; the join is Keycloak's user table.
        List<PackDocument.Membership> memberships = em.createQuery(
                        "select u.username, m.organizationId, m.joinedAt, m.trustId"
                                + " from MembershipEntity m, UserEntity u where u.id = m.userId and m.realmId = :realmId",
                        Object[].class)
                .setParameter("realmId", realm.getId())
                .getResultStream()
                .filter(row -> tenantAliases.containsKey((String) row[1]))
                .map(row -> new PackDocument.Membership(
                        (String) row[0],
                        tenantAliases.get((String) row[1]),
                        (Long) row[2],
                        row[3] == null ? null : trustConnections.get((String) row[3])))
                .sorted(Comparator.comparing(PackDocument.Membership::user)
                        .thenComparing(PackDocument.Membership::joinedAt)
                        .thenComparing(PackDocument.Membership::tenant))
                .toList();
        List<PackDocument.ActiveTenant> activeTenants = em.createQuery(
                        "select u.username, a.organizationId, a.updatedAt"
                                + " from ActiveTenantEntity a, UserEntity u where u.id = a.userId and a.realmId = :realmId",
                        Object[].class)
                .setParameter("realmId", realm.getId())
                .getResultStream()
                .filter(row -> tenantAliases.containsKey((String) row[1]))
                .map(row -> new PackDocument.ActiveTenant(
                        (String) row[0], tenantAliases.get((String) row[1]), (Long) row[2]))
                .sorted(Comparator.comparing(PackDocument.ActiveTenant::user))
                .toList();

        return new PackDocument(
                new PackDocument.Policy(
                        policy.crossTenantDomainSharing(),
                        policy.ambiguousNewUser().name(),
                        policy.activeTenantLogin(),
                        policy.hintParameter()),
                domains,
                connections,
                trusts,
                memberships,
                activeTenants,
                model.tenantPolicies(realm).all().stream()
                        .filter(p -> tenantAliases.containsKey(p.tenantId()))
                        .map(p -> new PackDocument.TenantPolicy(
                                tenantAliases.get(p.tenantId()),
                                p.signInMethods().name(),
                                // Left out where it is the default, so documents of tenants without MFA stay as they
                                // were.
                                p.mfa() == Mfa.OFF ? null : p.mfa().name(),
                                p.sessionLimits().maxSessionAgeSeconds(),
                                p.sessionLimits().maxIdleSeconds()))
                        .sorted(Comparator.comparing(PackDocument.TenantPolicy::tenant))
                        .toList());
    }

    /** The organization-relative path Keycloak gives an organization group; {@code null} for a group gone since. */
    private static String path(KeycloakSession session, RealmModel realm, String groupId) {
        GroupModel group = session.groups().getGroupById(realm, groupId);
        return group == null ? null : KeycloakModelUtils.buildGroupPath(group);
    }
}
