package io.github.tenantsso.connection;

/**
 * What the login path reads of a connection's binding: a value, so that the entity stays with its store.
 *
 * @param id             the binding's id, which trusts name
 * @param organizationId the tenant that owns the connection
 */
public record ConnectionBinding(
        String id, String idpAlias, String organizationId, boolean enabled, boolean jitEnabled) {

    public static ConnectionBinding of(ConnectionBindingEntity binding) {
        return new ConnectionBinding(
                binding.getId(),
                binding.getIdpAlias(),
                binding.getOrganizationId(),
                binding.isEnabled(),
                binding.isJitEnabled());
    }
}
