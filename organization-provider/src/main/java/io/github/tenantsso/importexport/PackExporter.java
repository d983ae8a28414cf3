package io.github.tenantsso.importexport;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.tenantsso.connection.ConnectionBindingEntity;
import io.github.tenantsso.domain.ClaimStatus;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.trust.TrustGroups;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Writes a realm's pack data as a {@link PackDocument}.
 */
public final class PackExporter {

    private PackExporter() {
    }

    public static PackDocument export(KeycloakSession session, RealmModel realm) {
        TenantSso model = session.getProvider(TenantSso.class);
        // One projection query: Keycloak's organization model would cost queries per organization.
        Map<String, String> tenantAliases = realm.isOrganizationsEnabled()
                ? session.getProvider(JpaConnectionProvider.class).getEntityManager()
                        .createQuery("select o.id, o.alias from OrganizationEntity o where o.realmId = :realmId", Object[].class)
                        .setParameter("realmId", realm.getId())
                        .getResultStream()
                        .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]))
                : Map.of();
        RoutingPolicy policy = model.policies().get(realm.getId());
        List<ConnectionBindingEntity> bindings = model.connections(realm).all();
        Map<String, String> connectionAliases = bindings.stream()
                .collect(Collectors.toMap(ConnectionBindingEntity::getId, ConnectionBindingEntity::getIdpAlias));

        List<PackDocument.Domain> domains = model.claims(realm).all().stream()
                .filter(claim -> tenantAliases.containsKey(claim.getOrganizationId()))
                .map(claim -> {
                    boolean verified = ClaimStatus.VERIFIED.name().equals(claim.getStatus());
                    return new PackDocument.Domain(tenantAliases.get(claim.getOrganizationId()), claim.getDomain(),
                            claim.isIncludeSubdomains(), verified, verified ? claim.getVerificationMethod() : null,
                            claim.getVerificationToken(), claim.getCreatedAt(), verified ? claim.getVerifiedAt() : null);
                })
                .toList();
        List<PackDocument.Connection> connections = bindings.stream()
                .filter(binding -> tenantAliases.containsKey(binding.getOrganizationId()))
                .map(binding -> new PackDocument.Connection(binding.getIdpAlias(), tenantAliases.get(binding.getOrganizationId()),
                        binding.isEnabled(), binding.isJitEnabled(), binding.getCreatedAt()))
                .toList();
        List<PackDocument.Trust> trusts = model.trusts(realm).all().stream()
                .filter(trust -> tenantAliases.containsKey(trust.getTrustingOrganizationId()) && connectionAliases.containsKey(trust.getConnectionId()))
                .map(trust -> new PackDocument.Trust(tenantAliases.get(trust.getTrustingOrganizationId()),
                        connectionAliases.get(trust.getConnectionId()), trust.isJitEnabled(),
                        TrustGroups.decode(trust.getGroupIds()), trust.getCreatedAt()))
                .toList();

        return new PackDocument(new PackDocument.Policy(policy.crossTenantDomainSharing(), policy.ambiguousNewUser().name(),
                policy.activeTenantLogin(), policy.hintParameter()), domains, connections, trusts);
    }
}
