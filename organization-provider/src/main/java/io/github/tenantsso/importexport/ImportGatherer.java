package io.github.tenantsso.importexport;

import io.github.tenantsso.connection.ConnectionBinding;
import io.github.tenantsso.domain.DomainClaim;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.InvalidDomainException;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.signin.SessionLimits;
import io.github.tenantsso.signin.TenantPolicy;
import io.github.tenantsso.trust.OrganizationGroups;
import io.github.tenantsso.trust.Trust;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.organization.OrganizationProvider;

/**
 * Reads what an import touches with one query per kind and per chunk of keys, never one per entry: organizations and
 * identity providers straight from Keycloak's tables by alias (Keycloak's per-organization model costs queries per
 * organization), the pack's claims, bindings, trusts and memberships through its stores, which read them for a bulk
 * job: a persistence context holding 100,000 claims would make every later query's automatic flush check all of them.
 */
final class ImportGatherer {

    /** Keys per IN list: well inside every supported database's bind-parameter limit. */
    static final int CHUNK = 1000;

    /** The stored bindings the document names, by alias. */
    final Map<String, ConnectionBinding> connections = new HashMap<>();

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
        boolean sharingEnds = policy.crossTenantDomainSharing()
                && document.policy() != null
                && Boolean.FALSE.equals(document.policy().crossTenantDomainSharing());
        List<String> shared = sharingEnds ? model.claims(realm).sharedVerifiedDomains() : List.of();
        if (!realm.isOrganizationsEnabled()) {
            return new ImportInput(
                    document,
                    false,
                    policy,
                    shared,
                    Map.of(),
                    Map.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    Map.of(),
                    Map.of(),
                    Map.of(),
                    Set.of(),
                    List.of(),
                    List.of(),
                    Map.of(),
                    realmSessions(),
                    now);
        }

        Set<String> aliases = new LinkedHashSet<>();
        document.domains().forEach(d -> aliases.add(d.tenant()));
        document.connections().forEach(c -> aliases.add(c.tenant()));
        document.trusts().forEach(t -> aliases.add(t.tenant()));
        document.memberships().forEach(m -> aliases.add(m.tenant()));
        document.activeTenants().forEach(a -> aliases.add(a.tenant()));
        document.tenantPolicies().forEach(p -> aliases.add(p.tenant()));
        Map<String, String> tenantIds = new HashMap<>();
        // Beyond one IN list, one read of all the realm's aliases is cheaper than lists H2 checks row by row.
        List<Object[]> organizations = aliases.size() <= CHUNK
                ? inChunks(
                        aliases,
                        chunk -> em.createQuery(
                                        "select o.alias, o.id from OrganizationEntity o"
                                                + " where o.realmId = :realmId and o.alias in :aliases",
                                        Object[].class)
                                .setParameter("realmId", realm.getId())
                                .setParameter("aliases", chunk)
                                .getResultList())
                : em.createQuery(
                                "select o.alias, o.id from OrganizationEntity o where o.realmId = :realmId",
                                Object[].class)
                        .setParameter("realmId", realm.getId())
                        .getResultList();
        organizations.forEach(row -> tenantIds.put((String) row[0], (String) row[1]));

        Set<String> idpAliases = new LinkedHashSet<>();
        document.connections().forEach(c -> idpAliases.add(c.alias()));
        Map<String, ImportInput.IdentityProvider> identityProviders = new HashMap<>();
        inChunks(
                        idpAliases,
                        chunk -> em.createQuery(
                                        "select i.alias, i.organizationId from IdentityProviderEntity i"
                                                + " where i.realmId = :realmId and i.alias in :aliases",
                                        Object[].class)
                                .setParameter("realmId", realm.getId())
                                .setParameter("aliases", chunk)
                                .getResultList())
                .forEach(row -> identityProviders.put(
                        (String) row[0], new ImportInput.IdentityProvider((String) row[0], (String) row[1])));

        Set<String> domains = new LinkedHashSet<>();
        for (PackDocument.Domain domain : document.domains()) {
            try {
                domains.add(DomainName.parse(domain.domain()).value());
            } catch (InvalidDomainException e) {
                // The decision names the entry.
            }
        }
        List<DomainClaim> claims =
                inChunks(domains, chunk -> model.claims(realm).ofDomains(chunk));

        Set<String> connectionAliases = new LinkedHashSet<>(idpAliases);
        document.trusts().forEach(t -> connectionAliases.add(t.connection()));
        document.memberships().forEach(m -> connectionAliases.add(m.provisionedBy()));
        inChunks(connectionAliases, chunk -> model.connections(realm).ofAliases(chunk))
                .forEach(binding -> connections.put(binding.idpAlias(), binding));
        List<Trust> trusts = new ArrayList<>();
        if (!document.trusts().isEmpty() || document.memberships().stream().anyMatch(m -> m.provisionedBy() != null)) {
            Set<String> connectionIds = new LinkedHashSet<>();
            connections.values().forEach(binding -> connectionIds.add(binding.id()));
            trusts.addAll(inChunks(connectionIds, chunk -> model.trusts(realm).ofConnections(chunk)));
        }

        // Groups are few per trust; Keycloak's group model is the one place that knows which organization owns one.
        Map<String, String> groupOwners = new HashMap<>();
        document.trusts().stream()
                .filter(t -> t.groupIds() != null)
                .flatMap(t -> t.groupIds().stream())
                .distinct()
                .forEach(groupId -> OrganizationGroups.ownerOf(session, realm, groupId)
                        .ifPresent(owner -> groupOwners.put(groupId, owner)));

        // Paths are per organization and few per trust, like the ids above; Keycloak resolves them as its own mappers
        // do.
        Map<String, String> groupsByPath = new HashMap<>();
        OrganizationProvider organizationProvider = session.getProvider(OrganizationProvider.class);
        for (PackDocument.Trust trust : document.trusts()) {
            String tenantId = trust.tenant() == null ? null : tenantIds.get(trust.tenant());
            if (tenantId == null || trust.groups() == null) {
                continue;
            }
            OrganizationModel organization = null;
            for (String path : trust.groups()) {
                String key = ImportInput.groupKey(tenantId, path);
                if (path == null || groupsByPath.containsKey(key)) {
                    continue;
                }
                organization = organization == null ? organizationProvider.getById(tenantId) : organization;
                GroupModel group = KeycloakModelUtils.findGroupByPath(session, realm, organization, path);
                if (group != null) {
                    groupsByPath.put(key, group.getId());
                }
            }
        }

        Set<String> usernames = new LinkedHashSet<>();
        document.memberships().forEach(m -> usernames.add(m.user()));
        document.activeTenants().forEach(a -> usernames.add(a.user()));
        Map<String, String> users = new HashMap<>();
        inChunks(
                        usernames,
                        chunk -> em.createQuery(
                                        "select u.username, u.id from UserEntity u where u.realmId = :realmId and u.username in :usernames",
                                        Object[].class)
                                .setParameter("realmId", realm.getId())
                                .setParameter("usernames", chunk)
                                .getResultList())
                .forEach(row -> users.put((String) row[0], (String) row[1]));
        // Keycloak keeps an organization's members in the organization's own group.
        Set<String> members = new HashSet<>();
        inChunks(
                        users.values(),
                        chunk -> em.createQuery(
                                        "select m.user.id, o.id from UserGroupMembershipEntity m, OrganizationEntity o"
                                                + " where o.groupId = m.groupId and o.realmId = :realmId and m.user.id in :ids",
                                        Object[].class)
                                .setParameter("realmId", realm.getId())
                                .setParameter("ids", chunk)
                                .getResultList())
                .forEach(row -> members.add(ImportInput.memberKey((String) row[0], (String) row[1])));
        List<ImportInput.StoredMembership> memberships =
                inChunks(users.values(), chunk -> model.memberships().ofUsers(chunk)).stream()
                        .map(m -> new ImportInput.StoredMembership(
                                m.id(), m.userId(), m.organizationId(), m.joinedAt(), m.trustId()))
                        .toList();
        List<ImportInput.StoredActiveTenant> activeTenants =
                inChunks(users.values(), chunk -> model.memberships().activeTenantsOf(chunk)).stream()
                        .map(a -> new ImportInput.StoredActiveTenant(a.userId(), a.organizationId(), a.updatedAt()))
                        .toList();

        Map<String, TenantPolicy> tenantPolicies = new HashMap<>();
        if (!document.tenantPolicies().isEmpty()) {
            model.tenantPolicies(realm).all().forEach(p -> tenantPolicies.put(p.tenantId(), p));
        }

        return new ImportInput(
                document,
                true,
                policy,
                shared,
                tenantIds,
                identityProviders,
                claims.stream().map(ImportGatherer::row).toList(),
                connections.values().stream()
                        .map(c -> new ImportInput.StoredConnection(
                                c.id(),
                                c.idpAlias(),
                                c.organizationId(),
                                c.enabled(),
                                c.jitEnabled(),
                                c.createdAt(),
                                c.createdBy()))
                        .toList(),
                trusts.stream()
                        .map(t -> new ImportInput.StoredTrust(
                                t.id(),
                                t.trustingOrganizationId(),
                                t.connectionId(),
                                t.jitEnabled(),
                                t.groupIds(),
                                t.createdAt(),
                                t.createdBy()))
                        .toList(),
                groupOwners,
                groupsByPath,
                users,
                members,
                memberships,
                activeTenants,
                tenantPolicies,
                realmSessions(),
                now);
    }

    private SessionLimits realmSessions() {
        return new SessionLimits(realm.getSsoSessionMaxLifespan(), realm.getSsoSessionIdleTimeout());
    }

    private static ImportInput.StoredClaim row(DomainClaim c) {
        return new ImportInput.StoredClaim(
                c.id(),
                c.organizationId(),
                c.domain(),
                c.includeSubdomains(),
                c.verified(),
                c.verificationMethod(),
                c.verificationToken(),
                c.createdAt(),
                c.verifiedAt(),
                c.createdBy(),
                c.verifiedBy());
    }

    private static <T> List<T> inChunks(Collection<String> keys, Function<List<String>, List<T>> query) {
        List<String> all = keys.stream().filter(key -> key != null).toList();
        List<T> results = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            results.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return results;
    }
}
