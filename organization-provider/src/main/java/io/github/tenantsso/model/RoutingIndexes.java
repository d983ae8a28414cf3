package io.github.tenantsso.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.github.tenantsso.connection.ConnectionBindingEntity;
import io.github.tenantsso.domain.ClaimStatus;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.routing.ConnectionRow;
import io.github.tenantsso.routing.DomainClaimRow;
import io.github.tenantsso.routing.DomainIndex;
import io.github.tenantsso.routing.TenantRow;
import io.github.tenantsso.routing.TrustRow;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * One {@link DomainIndex} per realm in this node's memory, rebuilt from the database when the realm's
 * {@link ModelVersion} differs from the one it was built for. Organizations and identity providers can be disabled
 * through Keycloak without the pack hearing of it, so callers re-check those flags on the few candidates a lookup
 * returns (Keycloak caches both).
 */
final class RoutingIndexes {

    private record Built(String version, DomainIndex index) {
    }

    private final Map<String, Built> byRealm = new ConcurrentHashMap<>();

    DomainIndex get(KeycloakSession session, TenantSso model, RealmModel realm) {
        String version = ModelVersion.of(realm);
        Built built = byRealm.get(realm.getId());
        if (built == null || !built.version().equals(version)) {
            built = new Built(version, build(session, model, realm));
            byRealm.put(realm.getId(), built);
        }
        return built.index();
    }

    void forget(String realmId) {
        byRealm.remove(realmId);
    }

    private static DomainIndex build(KeycloakSession session, TenantSso model, RealmModel realm) {
        if (!realm.isOrganizationsEnabled()) {
            return DomainIndex.build(List.of(), List.of(), List.of(), List.of());
        }
        List<TenantRow> tenants = session.getProvider(OrganizationProvider.class).getAllStream()
                .map(org -> new TenantRow(org.getId(), org.getAlias(), org.isEnabled()))
                .toList();
        List<DomainClaimRow> claims = model.claims(realm).all().stream()
                .map(claim -> new DomainClaimRow(claim.getOrganizationId(), DomainName.parse(claim.getDomain()),
                        claim.isIncludeSubdomains(), ClaimStatus.VERIFIED.name().equals(claim.getStatus()), claim.getCreatedAt()))
                .toList();
        List<ConnectionBindingEntity> bindings = model.connections(realm).all();
        List<ConnectionRow> connections = bindings.stream()
                .map(binding -> new ConnectionRow(binding.getIdpAlias(), binding.getOrganizationId(),
                        binding.isEnabled() && identityProviderEnabled(session, binding.getIdpAlias()), binding.getCreatedAt()))
                .toList();
        Map<String, String> aliases = bindings.stream()
                .collect(Collectors.toMap(ConnectionBindingEntity::getId, ConnectionBindingEntity::getIdpAlias));
        List<TrustRow> trusts = model.trusts(realm).all().stream()
                .filter(trust -> aliases.containsKey(trust.getConnectionId()))
                .map(trust -> new TrustRow(trust.getTrustingOrganizationId(), aliases.get(trust.getConnectionId()), trust.getCreatedAt()))
                .toList();
        return DomainIndex.build(tenants, claims, connections, trusts);
    }

    private static boolean identityProviderEnabled(KeycloakSession session, String alias) {
        IdentityProviderModel idp = session.identityProviders().getByAlias(alias);
        return idp != null && idp.isEnabled();
    }
}
