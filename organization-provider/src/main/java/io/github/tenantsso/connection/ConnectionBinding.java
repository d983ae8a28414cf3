package io.github.tenantsso.connection;

/**
 * A connection's binding as its store reads it: a value, so that the entity stays with the store.
 *
 * @param id             the binding's id, which trusts name
 * @param organizationId the tenant that owns the connection
 * @param createdAt      when it was bound to that tenant, which FIRST_CREATED routing orders by
 */
public record ConnectionBinding(
        String id,
        String idpAlias,
        String organizationId,
        boolean enabled,
        boolean jitEnabled,
        long createdAt,
        String createdBy) {

    /** The same binding with the settings that may change in place. */
    public ConnectionBinding with(boolean enabled, boolean jitEnabled, long createdAt, String createdBy) {
        return new ConnectionBinding(id, idpAlias, organizationId, enabled, jitEnabled, createdAt, createdBy);
    }

    static ConnectionBinding of(ConnectionBindingEntity binding) {
        return new ConnectionBinding(
                binding.getId(),
                binding.getIdpAlias(),
                binding.getOrganizationId(),
                binding.isEnabled(),
                binding.isJitEnabled(),
                binding.getCreatedAt(),
                binding.getCreatedBy());
    }
}
