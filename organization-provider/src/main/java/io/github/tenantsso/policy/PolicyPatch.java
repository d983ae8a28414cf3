package io.github.tenantsso.policy;

/**
 * A partial change of a routing policy, as the admin API, the import document and the admin console tab give one: a
 * field left {@code null} keeps its current value.
 */
public record PolicyPatch(
        Boolean crossTenantDomainSharing, String ambiguousNewUser, Boolean activeTenantLogin, String hintParameter) {

    /** @throws InvalidPolicyException naming the field, for a value the policy cannot take */
    public RoutingPolicy applyTo(RoutingPolicy current) {
        return new RoutingPolicy(
                crossTenantDomainSharing == null ? current.crossTenantDomainSharing() : crossTenantDomainSharing,
                ambiguousNewUser == null
                        ? current.ambiguousNewUser()
                        : RoutingPolicy.parseAmbiguousNewUser(ambiguousNewUser),
                activeTenantLogin == null ? current.activeTenantLogin() : activeTenantLogin,
                hintParameter == null ? current.hintParameter() : hintParameter);
    }
}
