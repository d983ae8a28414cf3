package io.github.tenantsso.policy;

import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderEvent;

/**
 * Published to Keycloak's provider listeners whenever a realm's routing policy is stored, in the storing session's
 * transaction; the admin console tab keeps its copy of the policy in step through it.
 */
public record RoutingPolicyStored(KeycloakSession session, String realmId, RoutingPolicy policy)
        implements ProviderEvent {}
