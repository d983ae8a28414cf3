package io.github.tenantsso.benchmarks.seed;

import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * One tenant of a benchmark as the admin API would take it: the organization (with its domains) and, if given, its
 * identity provider, which is linked to it (the import benchmark's tenants have none).
 */
public record BenchTenant(OrganizationRepresentation organization, IdentityProviderRepresentation identityProvider) {}
