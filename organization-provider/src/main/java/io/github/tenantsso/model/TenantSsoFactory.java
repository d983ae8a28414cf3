package io.github.tenantsso.model;

import org.keycloak.provider.ProviderFactory;

public interface TenantSsoFactory extends ProviderFactory<TenantSso> {}
