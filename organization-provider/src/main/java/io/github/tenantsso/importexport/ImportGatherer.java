package io.github.tenantsso.importexport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import io.github.tenantsso.connection.ConnectionBindingEntity;
import io.github.tenantsso.domain.ClaimStatus;
import io.github.tenantsso.domain.DomainClaimEntity;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.InvalidDomainException;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.trust.OrganizationGroups;
import io.github.tenantsso.trust.TrustEntity;
import io.github.tenantsso.trust.TrustGroups;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Reads what an import touches with one query per kind and per chunk of keys, never one per entry: organizations and
 * identity providers straight from Keycloak's tables by alias (Keycloak's per-organization model costs queries per
 * organization), the pack's claims, bindings and trusts through its stores. What it reads it detaches at once: a
 * persistence context holding 100,000 claims would make every later query's automatic flush check all of them.
 */
final class ImportGatherer {

    /** Keys per IN list: well inside every supported database's bind-parameter limit. */
    static final int CHUNK = 1000;

    /** The stored bindings the document names, by alias; detached, like everything the gatherer reads. */
    final Map<String, ConnectionBindingEntity> connections = new HashMap<>();

    private final KeycloakSession session;
    private final RealmModel realm;
    private final TenantSso model;
    private final EntityManager em;

    ImportGatherer(KeycloakSession session, RealmModel realm, TenantSso model, EntityManager em) {
        this.session = session;
        this.realm = realm;
        this.model = model;
        this.em = em;
    }

    /**
     * Reads with the persistence context flushed once and then queries that do not flush it again: Hibernate's
     * automatic flush before each query walks every entity of the request (Keycloak's too), a cost per query.
     */
    ImportInput gather(PackDocument document, long now) {
        em.flush();
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            return read(document, now);
        } finally {
            em.setFlushMode(flushMode);
        }
    }

    private ImportInput read(PackDocument document, long now) {
        RoutingPolicy policy = model.policies().get(realm.getId());
        boolean sharingEnds = policy.crossTenantDomainSharing() && document.policy() != null
                && Boolean.FALSE.equals(document.policy().crossTenantDomainSharing());
        List<String> shared = sharingEnds ? model.claims(realm).sharedVerifiedDomains() : List.of();
        if (!realm.isOrganizationsEnabled()) {
            return new ImportInput(document, false, policy, shared, Map.of(), Map.of(), List.of(), List.of(), List.of(), Map.of(), now);
        }

        Set<String> aliases = new LinkedHashSet<>();
        document.domains().forEach(d -> aliases.add(d.tenant()));
        document.connections().forEach(c -> aliases.add(c.tenant()));
        document.trusts().forEach(t -> aliases.add(t.tenant()));
        Map<String, String> tenantIds = new HashMap<>();
        // Beyond one IN list, one read of all the realm's aliases is cheaper than lists H2 checks row by row.
        List<Object[]> organizations = aliases.size() <= CHUNK
                ? inChunks(aliases, chunk -> em.createQuery("select o.alias, o.id from OrganizationEntity o"
                        + " where o.realmId = :realmId and o.alias in :aliases", Object[].class)
                .setParameter("realmId", realm.getId()).setParameter("aliases", chunk).getResultList())
                : em.createQuery("select o.alias, o.id from OrganizationEntity o where o.realmId = :realmId", Object[].class)
                .setParameter("realmId", realm.getId()).getResultList();
        organizations.forEach(row -> tenantIds.put((String) row[0], (String) row[1]));

        Set<String> idpAliases = new LinkedHashSet<>();
        document.connections().forEach(c -> idpAliases.add(c.alias()));
        Map<String, ImportInput.IdentityProvider> identityProviders = new HashMap<>();
        inChunks(idpAliases, chunk -> em.createQuery("select i.alias, i.organizationId from IdentityProviderEntity i"
                        + " where i.realmId = :realmId and i.alias in :aliases", Object[].class)
                .setParameter("realmId", realm.getId()).setParameter("aliases", chunk).getResultList())
                .forEach(row -> identityProviders.put((String) row[0], new ImportInput.IdentityProvider((String) row[0], (String) row[1])));

        Set<String> domains = new LinkedHashSet<>();
        for (PackDocument.Domain domain : document.domains()) {
            try {
                domains.add(DomainName.parse(domain.domain()).value());
            } catch (InvalidDomainException e) {
                // The decision names the entry.
            }
        }
        List<DomainClaimEntity> claims = inChunks(domains, chunk -> detached(model.claims(realm).ofDomains(chunk)));

        Set<String> connectionAliases = new LinkedHashSet<>(idpAliases);
        document.trusts().forEach(t -> connectionAliases.add(t.connection()));
        inChunks(connectionAliases, chunk -> detached(model.connections(realm).ofAliases(chunk))).forEach(binding -> connections.put(binding.getIdpAlias(), binding));
        List<TrustEntity> trusts = new ArrayList<>();
        if (!document.trusts().isEmpty()) {
            Set<String> connectionIds = new LinkedHashSet<>();
            connections.values().forEach(binding -> connectionIds.add(binding.getId()));
            trusts.addAll(inChunks(connectionIds, chunk -> detached(model.trusts(realm).ofConnections(chunk))));
        }

        // Groups are few per trust; Keycloak's group model is the one place that knows which organization owns one.
        Map<String, String> groupOwners = new HashMap<>();
        document.trusts().stream()
                .filter(t -> t.groupIds() != null)
                .flatMap(t -> t.groupIds().stream())
                .distinct()
                .forEach(groupId -> OrganizationGroups.ownerOf(session, realm, groupId).ifPresent(owner -> groupOwners.put(groupId, owner)));

        return new ImportInput(document, true, policy, shared, tenantIds, identityProviders,
                claims.stream().map(ImportGatherer::row).toList(),
                connections.values().stream().map(c -> new ImportInput.StoredConnection(c.getId(), c.getIdpAlias(), c.getOrganizationId(),
                        c.isEnabled(), c.isJitEnabled(), c.getCreatedAt())).toList(),
                trusts.stream().map(t -> new ImportInput.StoredTrust(t.getId(), t.getTrustingOrganizationId(), t.getConnectionId(),
                        t.isJitEnabled(), TrustGroups.decode(t.getGroupIds()), t.getCreatedAt())).toList(),
                groupOwners, now);
    }

    private static ImportInput.StoredClaim row(DomainClaimEntity c) {
        return new ImportInput.StoredClaim(c.getId(), c.getOrganizationId(), c.getDomain(), c.isIncludeSubdomains(),
                ClaimStatus.VERIFIED.name().equals(c.getStatus()), c.getVerificationMethod(), c.getVerificationToken(),
                c.getCreatedAt(), c.getVerifiedAt());
    }

    private static <T> List<T> inChunks(Collection<String> keys, Function<List<String>, List<T>> query) {
        List<String> all = keys.stream().filter(key -> key != null).toList();
        List<T> results = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            results.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return results;
    }

    private <T> List<T> detached(List<T> entities) {
        entities.forEach(em::detach);
        return entities;
    }
}
