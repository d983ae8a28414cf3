package io.github.tenantsso.connection;

import io.github.tenantsso.common.Ids;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * SSO connection bindings of one realm, kept in step with Keycloak's own link between identity provider and
 * organization.
 */
public final class ConnectionBindings {

    private final EntityManager em;
    private final String realmId;
    private final Consumer<ConnectionBindingEntity> severTrusts;

    /** @param severTrusts revokes the trusts in a binding before it is deleted or moved (see {@code TrustRevocation}) */
    public ConnectionBindings(EntityManager em, String realmId, Consumer<ConnectionBindingEntity> severTrusts) {
        this.em = em;
        this.realmId = realmId;
        this.severTrusts = severTrusts;
    }

    public List<ConnectionBindingEntity> all() {
        return em.createNamedQuery("tssoConnectionsOfRealm", ConnectionBindingEntity.class)
                .setParameter("realmId", realmId)
                .getResultList();
    }

    public List<ConnectionBindingEntity> ofTenant(String organizationId) {
        return em.createNamedQuery("tssoConnectionsOfTenant", ConnectionBindingEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("organizationId", organizationId)
                .getResultList();
    }

    /** The binding with this id, by primary key. */
    public Optional<ConnectionBindingEntity> byId(String id) {
        return Optional.ofNullable(em.find(ConnectionBindingEntity.class, id))
                .filter(binding -> binding.getRealmId().equals(realmId));
    }

    /** The bindings of these identity provider aliases; callers keep the list to a bounded size. */
    public List<ConnectionBindingEntity> ofAliases(Collection<String> idpAliases) {
        return em.createQuery(
                        "select c from ConnectionBindingEntity c where c.realmId = :realmId and c.idpAlias in :aliases",
                        ConnectionBindingEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("aliases", idpAliases)
                .getResultList();
    }

    /** The binding of a connection, as the login path reads it. */
    public Optional<ConnectionBinding> binding(String idpAlias) {
        return find(idpAlias).map(ConnectionBinding::of);
    }

    public Optional<ConnectionBindingEntity> find(String idpAlias) {
        return em.createNamedQuery("tssoConnectionByAlias", ConnectionBindingEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("alias", idpAlias)
                .getResultStream()
                .findFirst();
    }

    /**
     * Binds the connection to its owning tenant, or moves it to a new owner. Moving severs the trusts in it: they were
     * given to the previous owner's connection.
     */
    public ConnectionBindingEntity bind(String idpAlias, String organizationId, String createdBy, long now) {
        Optional<ConnectionBindingEntity> existing = find(idpAlias);
        if (existing.isPresent()) {
            ConnectionBindingEntity binding = existing.get();
            if (!binding.getOrganizationId().equals(organizationId)) {
                severTrusts.accept(binding);
                binding.setOrganizationId(organizationId);
                binding.setCreatedAt(now);
                binding.setCreatedBy(createdBy);
            }
            return binding;
        }
        return add(idpAlias, organizationId, createdBy, now);
    }

    /** A new binding, for a caller that knows the alias is not bound yet (the database refuses a second binding). */
    public ConnectionBindingEntity add(String idpAlias, String organizationId, String createdBy, long now) {
        ConnectionBindingEntity binding = new ConnectionBindingEntity();
        binding.setId(Ids.newId());
        binding.setRealmId(realmId);
        binding.setIdpAlias(idpAlias);
        binding.setOrganizationId(organizationId);
        binding.setEnabled(true);
        binding.setJitEnabled(false);
        binding.setCreatedAt(now);
        binding.setCreatedBy(createdBy);
        em.persist(binding);
        return binding;
    }

    public void unbind(String idpAlias) {
        find(idpAlias).ifPresent(binding -> {
            severTrusts.accept(binding);
            em.remove(binding);
        });
    }
}
