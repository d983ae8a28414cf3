package io.github.tenantsso.trust;

import io.github.tenantsso.common.ConflictException;
import io.github.tenantsso.common.Flushes;
import io.github.tenantsso.common.Ids;
import io.github.tenantsso.connection.ConnectionBinding;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Trusts of one realm: tenants that accept another tenant's SSO connection.
 */
public final class Trusts {

    private final EntityManager em;
    private final String realmId;

    public Trusts(EntityManager em, String realmId) {
        this.em = em;
        this.realmId = realmId;
    }

    public List<TrustEntity> all() {
        return em.createNamedQuery("tssoTrustsOfRealm", TrustEntity.class)
                .setParameter("realmId", realmId)
                .getResultList();
    }

    /** The trusts in one connection (binding id): an indexed query. */
    public List<TrustEntity> ofConnection(String connectionId) {
        return em.createNamedQuery("tssoTrustsOfConnection", TrustEntity.class)
                .setParameter("connectionId", connectionId)
                .getResultList();
    }

    /** The trusts in one connection (binding id), as the login path reads them. */
    public List<Trust> inConnection(String connectionId) {
        return ofConnection(connectionId).stream().map(Trust::of).toList();
    }

    /** The trusts in these connections (binding ids); callers keep the list to a bounded size. */
    public List<TrustEntity> ofConnections(Collection<String> connectionIds) {
        return em.createQuery(
                        "select t from TrustEntity t where t.realmId = :realmId and t.connectionId in :connectionIds",
                        TrustEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("connectionIds", connectionIds)
                .getResultList();
    }

    /** The trust of a tenant in a connection (binding id), as the login path reads it. */
    public Optional<Trust> trustOf(String trustingOrganizationId, String connectionId) {
        return inConnection(connectionId).stream()
                .filter(trust -> trust.trustingOrganizationId().equals(trustingOrganizationId))
                .findFirst();
    }

    public Optional<TrustEntity> find(String id) {
        return Optional.ofNullable(em.find(TrustEntity.class, id))
                .filter(trust -> trust.getRealmId().equals(realmId));
    }

    public TrustEntity create(
            String trustingOrganizationId,
            ConnectionBinding connection,
            boolean jitEnabled,
            List<String> groupIds,
            String createdBy,
            long now) {
        if (connection.organizationId().equals(trustingOrganizationId)) {
            throw new ConflictException(
                    "own_connection", "An organization cannot trust its own connection " + connection.idpAlias() + ".");
        }
        if (trustOf(trustingOrganizationId, connection.id()).isPresent()) {
            throw duplicate(connection);
        }
        TrustEntity trust = add(
                trustingOrganizationId,
                connection.id(),
                connection.organizationId(),
                jitEnabled,
                TrustGroups.encode(groupIds),
                createdBy,
                now);
        Flushes.flush(em, () -> duplicate(connection));
        return trust;
    }

    /**
     * A new trust, unflushed, for a caller that has checked it (not the owner's own connection, no such trust yet;
     * the database refuses a second one).
     *
     * @param groupIds in the stored form of {@link TrustGroups#encode}
     */
    public TrustEntity add(
            String trustingOrganizationId,
            String connectionId,
            String ownerOrganizationId,
            boolean jitEnabled,
            String groupIds,
            String createdBy,
            long now) {
        TrustEntity trust = new TrustEntity();
        trust.setId(Ids.newId());
        trust.setRealmId(realmId);
        trust.setTrustingOrganizationId(trustingOrganizationId);
        trust.setConnectionId(connectionId);
        trust.setOwnerOrganizationId(ownerOrganizationId);
        trust.setJitEnabled(jitEnabled);
        trust.setGroupIds(groupIds);
        trust.setCreatedAt(now);
        trust.setCreatedBy(createdBy);
        em.persist(trust);
        return trust;
    }

    public void delete(TrustEntity trust) {
        em.remove(trust);
    }

    private static ConflictException duplicate(ConnectionBinding connection) {
        return new ConflictException(
                "trust_exists", "The organization already trusts the connection " + connection.idpAlias() + ".");
    }
}
