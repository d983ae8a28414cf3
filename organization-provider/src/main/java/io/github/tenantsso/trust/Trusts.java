package io.github.tenantsso.trust;

import io.github.tenantsso.common.BulkWrites;
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

    public List<Trust> all() {
        return views(em.createNamedQuery("tssoTrustsOfRealm", TrustEntity.class)
                .setParameter("realmId", realmId)
                .getResultList());
    }

    /** The trusts in one connection (binding id): an indexed query. */
    public List<Trust> inConnection(String connectionId) {
        return views(em.createNamedQuery("tssoTrustsOfConnection", TrustEntity.class)
                .setParameter("connectionId", connectionId)
                .getResultList());
    }

    /**
     * The trusts in these connections (binding ids), read for a bulk job ({@link BulkWrites#detached}); callers keep
     * the list to a bounded size.
     */
    public List<Trust> ofConnections(Collection<String> connectionIds) {
        return BulkWrites.detached(
                em,
                em.createQuery(
                                "select t from TrustEntity t where t.realmId = :realmId and t.connectionId in :connectionIds",
                                TrustEntity.class)
                        .setParameter("realmId", realmId)
                        .setParameter("connectionIds", connectionIds)
                        .getResultList(),
                Trust::of);
    }

    /** The trust of a tenant in a connection (binding id). */
    public Optional<Trust> trustOf(String trustingOrganizationId, String connectionId) {
        return inConnection(connectionId).stream()
                .filter(trust -> trust.trustingOrganizationId().equals(trustingOrganizationId))
                .findFirst();
    }

    public Optional<Trust> find(String id) {
        return Optional.ofNullable(em.find(TrustEntity.class, id))
                .filter(trust -> trust.getRealmId().equals(realmId))
                .map(Trust::of);
    }

    /** @param groupIds accepted by {@link TrustGroups#check} */
    public Trust create(
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
        TrustEntity trust = entity(new Trust(
                Ids.newId(),
                trustingOrganizationId,
                connection.id(),
                connection.organizationId(),
                jitEnabled,
                groupIds,
                now,
                createdBy));
        em.persist(trust);
        Flushes.flush(em, () -> duplicate(connection));
        return Trust.of(trust);
    }

    /**
     * Writes trusts as an import decided ({@link BulkWrites#upsert}), each checked (not the owner's own connection,
     * groups accepted by {@link TrustGroups#check}); the database refuses a second trust of a tenant in a connection.
     * A stored trust keeps its tenants and connection.
     */
    public void restore(List<Trust> trusts) {
        BulkWrites.upsert(em, TrustEntity.class, "id", trusts, Trust::id, this::entity, (trust, restored) -> {
            trust.setJitEnabled(restored.jitEnabled());
            trust.setGroupIds(TrustGroups.encode(restored.groupIds()));
            trust.setCreatedAt(restored.createdAt());
            trust.setCreatedBy(restored.createdBy());
        });
    }

    public void delete(Trust trust) {
        em.remove(em.find(TrustEntity.class, trust.id()));
    }

    private TrustEntity entity(Trust trust) {
        TrustEntity entity = new TrustEntity();
        entity.setId(trust.id());
        entity.setRealmId(realmId);
        entity.setTrustingOrganizationId(trust.trustingOrganizationId());
        entity.setConnectionId(trust.connectionId());
        entity.setOwnerOrganizationId(trust.ownerOrganizationId());
        entity.setJitEnabled(trust.jitEnabled());
        entity.setGroupIds(TrustGroups.encode(trust.groupIds()));
        entity.setCreatedAt(trust.createdAt());
        entity.setCreatedBy(trust.createdBy());
        return entity;
    }

    private static List<Trust> views(List<TrustEntity> trusts) {
        return trusts.stream().map(Trust::of).toList();
    }

    private static ConflictException duplicate(ConnectionBinding connection) {
        return new ConflictException(
                "trust_exists", "The organization already trusts the connection " + connection.idpAlias() + ".");
    }
}
