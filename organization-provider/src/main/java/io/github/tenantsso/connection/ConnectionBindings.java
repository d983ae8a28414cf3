package io.github.tenantsso.connection;

import io.github.tenantsso.common.BulkWrites;
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
    private final Consumer<ConnectionBinding> severTrusts;

    /** @param severTrusts revokes the trusts in a binding before it is deleted or moved (see {@code TrustRevocation}) */
    public ConnectionBindings(EntityManager em, String realmId, Consumer<ConnectionBinding> severTrusts) {
        this.em = em;
        this.realmId = realmId;
        this.severTrusts = severTrusts;
    }

    public List<ConnectionBinding> all() {
        return views(em.createNamedQuery("tssoConnectionsOfRealm", ConnectionBindingEntity.class)
                .setParameter("realmId", realmId)
                .getResultList());
    }

    public List<ConnectionBinding> ofTenant(String organizationId) {
        return views(em.createNamedQuery("tssoConnectionsOfTenant", ConnectionBindingEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("organizationId", organizationId)
                .getResultList());
    }

    /** The binding with this id, by primary key. */
    public Optional<ConnectionBinding> byId(String id) {
        return Optional.ofNullable(em.find(ConnectionBindingEntity.class, id))
                .filter(binding -> binding.getRealmId().equals(realmId))
                .map(ConnectionBinding::of);
    }

    /**
     * The bindings of these identity provider aliases, read for a bulk job ({@link BulkWrites#detached}); callers keep
     * the list to a bounded size.
     */
    public List<ConnectionBinding> ofAliases(Collection<String> idpAliases) {
        return BulkWrites.detached(
                em,
                em.createQuery(
                                "select c from ConnectionBindingEntity c where c.realmId = :realmId and c.idpAlias in :aliases",
                                ConnectionBindingEntity.class)
                        .setParameter("realmId", realmId)
                        .setParameter("aliases", idpAliases)
                        .getResultList(),
                ConnectionBinding::of);
    }

    /** The binding of a connection. */
    public Optional<ConnectionBinding> find(String idpAlias) {
        return findEntity(idpAlias).map(ConnectionBinding::of);
    }

    /**
     * Binds the connection to its owning tenant, or moves it to a new owner. Moving severs the trusts in it: they were
     * given to the previous owner's connection.
     */
    public ConnectionBinding bind(String idpAlias, String organizationId, String createdBy, long now) {
        Optional<ConnectionBindingEntity> existing = findEntity(idpAlias);
        if (existing.isPresent()) {
            ConnectionBindingEntity binding = existing.get();
            if (!binding.getOrganizationId().equals(organizationId)) {
                severTrusts.accept(ConnectionBinding.of(binding));
                binding.setOrganizationId(organizationId);
                binding.setCreatedAt(now);
                binding.setCreatedBy(createdBy);
            }
            return ConnectionBinding.of(binding);
        }
        return add(idpAlias, organizationId, createdBy, now);
    }

    /** A new binding, for a caller that knows the alias is not bound yet (the database refuses a second binding). */
    public ConnectionBinding add(String idpAlias, String organizationId, String createdBy, long now) {
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
        return ConnectionBinding.of(binding);
    }

    /** Stores what may change in place of a binding: whether it routes and provisions, when and by whom it was made. */
    public ConnectionBinding update(ConnectionBinding binding) {
        ConnectionBindingEntity stored = em.find(ConnectionBindingEntity.class, binding.id());
        settings(stored, binding);
        return ConnectionBinding.of(stored);
    }

    /** {@link #update} for the many bindings of an import ({@link BulkWrites#upsert}); each one is stored already. */
    public void updateAll(List<ConnectionBinding> bindings) {
        BulkWrites.upsert(
                em,
                ConnectionBindingEntity.class,
                "id",
                bindings,
                ConnectionBinding::id,
                // Made in this transaction and not flushed yet: the persistence context has it.
                binding -> Optional.ofNullable(em.find(ConnectionBindingEntity.class, binding.id()))
                        .orElseThrow(() -> new IllegalStateException(
                                "Connection binding " + binding.idpAlias() + " is not stored.")),
                ConnectionBindings::settings);
    }

    public void unbind(String idpAlias) {
        findEntity(idpAlias).ifPresent(binding -> {
            severTrusts.accept(ConnectionBinding.of(binding));
            em.remove(binding);
        });
    }

    private Optional<ConnectionBindingEntity> findEntity(String idpAlias) {
        return em.createNamedQuery("tssoConnectionByAlias", ConnectionBindingEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("alias", idpAlias)
                .getResultStream()
                .findFirst();
    }

    private static void settings(ConnectionBindingEntity stored, ConnectionBinding binding) {
        stored.setEnabled(binding.enabled());
        stored.setJitEnabled(binding.jitEnabled());
        stored.setCreatedAt(binding.createdAt());
        stored.setCreatedBy(binding.createdBy());
    }

    private static List<ConnectionBinding> views(List<ConnectionBindingEntity> bindings) {
        return bindings.stream().map(ConnectionBinding::of).toList();
    }
}
