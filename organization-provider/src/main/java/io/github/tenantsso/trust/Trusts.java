package io.github.tenantsso.trust;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import io.github.tenantsso.connection.ConnectionBindingEntity;
import io.github.tenantsso.model.ConflictException;
import io.github.tenantsso.model.Flushes;
import io.github.tenantsso.model.Ids;

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

    /** Aliases of the connections a tenant trusts: one indexed query, for the login path. */
    public Set<String> connectionAliasesTrustedBy(String organizationId) {
        return Set.copyOf(em.createQuery("select c.idpAlias from TrustEntity t, ConnectionBindingEntity c"
                        + " where t.connectionId = c.id and t.realmId = :realmId and t.trustingOrganizationId = :organizationId", String.class)
                .setParameter("realmId", realmId)
                .setParameter("organizationId", organizationId)
                .getResultList());
    }

    /** The trusts in one connection: an indexed query, for the login path. */
    public List<TrustEntity> ofConnection(ConnectionBindingEntity connection) {
        return em.createNamedQuery("tssoTrustsOfConnection", TrustEntity.class)
                .setParameter("connectionId", connection.getId())
                .getResultList();
    }

    /** The trusts in these connections (binding ids); callers keep the list to a bounded size. */
    public List<TrustEntity> ofConnections(Collection<String> connectionIds) {
        return em.createQuery("select t from TrustEntity t where t.realmId = :realmId and t.connectionId in :connectionIds", TrustEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("connectionIds", connectionIds)
                .getResultList();
    }

    public Optional<TrustEntity> find(String trustingOrganizationId, ConnectionBindingEntity connection) {
        return ofConnection(connection).stream()
                .filter(trust -> trust.getTrustingOrganizationId().equals(trustingOrganizationId))
                .findFirst();
    }

    public Optional<TrustEntity> find(String id) {
        return Optional.ofNullable(em.find(TrustEntity.class, id)).filter(trust -> trust.getRealmId().equals(realmId));
    }

    public TrustEntity create(String trustingOrganizationId, ConnectionBindingEntity connection, boolean jitEnabled,
                              List<String> groupIds, String createdBy, long now) {
        if (connection.getOrganizationId().equals(trustingOrganizationId)) {
            throw new ConflictException("own_connection", "An organization cannot trust its own connection " + connection.getIdpAlias() + ".");
        }
        if (find(trustingOrganizationId, connection).isPresent()) {
            throw duplicate(connection);
        }
        TrustEntity trust = add(trustingOrganizationId, connection.getId(), connection.getOrganizationId(), jitEnabled,
                TrustGroups.encode(groupIds), createdBy, now);
        Flushes.flush(em, () -> duplicate(connection));
        return trust;
    }

    /**
     * A new trust, unflushed, for a caller that has checked it (not the owner's own connection, no such trust yet;
     * the database refuses a second one).
     *
     * @param groupIds in the stored form of {@link TrustGroups#encode}
     */
    public TrustEntity add(String trustingOrganizationId, String connectionId, String ownerOrganizationId, boolean jitEnabled,
                           String groupIds, String createdBy, long now) {
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

    private static ConflictException duplicate(ConnectionBindingEntity connection) {
        return new ConflictException("trust_exists", "The organization already trusts the connection " + connection.getIdpAlias() + ".");
    }
}
